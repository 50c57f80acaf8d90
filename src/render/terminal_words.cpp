#include "render/terminal_words.h"

#include "render/display_width.h"

namespace readoutdiff::render {

std::vector<std::string> terminal_words(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    auto flush = [&] {
        if (!word.empty()) words.push_back(word);
        word.clear();
    };
    for (size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            flush();
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            ++i;  // a C1 control (C2 80..C2 9F)
        } else if (c >= 0x20 && c != 0x7F) {
            word += text[i];
        }
    }
    flush();
    return words;
}

namespace {

// Words on lines of at most width columns, one space between, greedily; a
// word wider than width stands alone on its line.
std::vector<std::string> pack_lines(const std::vector<std::string>& words, size_t width) {
    std::vector<std::string> lines(1);
    size_t used = 0;
    for (const std::string& word : words) {
        size_t w = display_width(word);
        if (used > 0 && used + 1 + w > width) {
            lines.emplace_back();
            used = 0;
        }
        if (used > 0) lines.back() += ' ', ++used;
        lines.back() += word;
        used += w;
    }
    return lines;
}

}  // namespace

std::vector<std::string> wrap_to_width(std::string_view text, size_t width) {
    std::vector<std::string> pieces;
    for (const std::string& word : terminal_words(text)) {
        for (std::string& piece : split_to_width(word, width)) pieces.push_back(std::move(piece));
    }
    return pack_lines(pieces, width);
}

std::string cut_to_width(std::string_view text, size_t width) {
    std::vector<std::string> lines = wrap_to_width(text, width);
    if (lines.size() == 1 || width < 2) return lines.front();
    // Room for the ellipsis: rewrap one column narrower and keep the first line.
    return wrap_to_width(text, width - 1).front() + "\u2026";
}

std::vector<std::string> wrap_label(std::string_view text, size_t width) {
    std::vector<std::string> words = terminal_words(text);
    for (std::string& word : words) {
        if (display_width(word) > width)
            word = width < 2 ? split_to_width(word, 1).front() : split_to_width(word, width - 1).front() + "\u2026";
    }
    return pack_lines(words, width);
}

std::vector<std::string> split_path(std::string_view path, size_t first, size_t width) {
    // The names, each with the '/' that ends it.
    std::vector<std::string_view> names;
    for (size_t start = 0; start < path.size();) {
        size_t slash = path.find('/', start);
        size_t end = slash == std::string_view::npos ? path.size() : slash + 1;
        names.push_back(path.substr(start, end - start));
        start = end;
    }
    std::vector<std::string> pieces(1);
    size_t used = 0, limit = first;
    for (std::string_view name : names) {
        size_t w = display_width(name);
        if (used + w > limit) {
            if (used > 0 || limit < width) pieces.emplace_back(), used = 0, limit = width;
            if (w > width) {
                std::vector<std::string> parts = split_to_width(name, width);
                for (size_t k = 0; k + 1 < parts.size(); ++k) pieces.back() = parts[k], pieces.emplace_back();
                pieces.back() = parts.back();
                used = display_width(parts.back());
                continue;
            }
        }
        pieces.back() += name;
        used += w;
    }
    return pieces;
}

}  // namespace readoutdiff::render
