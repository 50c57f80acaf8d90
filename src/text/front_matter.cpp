// Double-quoted YAML scalars fold line breaks to spaces, a trailing backslash
// joins lines without one, and escapes such as \_ (no-break space) and \u2019
// appear in converted web pages; all three are decoded here.
#include "text/front_matter.h"

#include <vector>

#include "error.h"
#include "text/unicode.h"

namespace readoutdiff::text {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Decodes the inside of a double-quoted scalar whose lines were joined by '\n'.
std::string decode_double_quoted(std::string_view raw) {
    std::string out;
    for (size_t i = 0; i < raw.size(); ++i) {
        char c = raw[i];
        if (c == '\n') {
            while (!out.empty() && out.back() == ' ') out.pop_back();
            out += ' ';
            while (i + 1 < raw.size() && (raw[i + 1] == ' ' || raw[i + 1] == '\t')) ++i;
            continue;
        }
        if (c != '\\' || i + 1 >= raw.size()) {
            out += c;
            continue;
        }
        char e = raw[++i];
        size_t hex_digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
        if (hex_digits > 0 && i + hex_digits < raw.size() + 0) {
            char32_t code = 0;
            bool ok = true;
            for (size_t k = 1; k <= hex_digits && ok; ++k) {
                int v = i + k < raw.size() ? hex_value(raw[i + k]) : -1;
                ok = v >= 0;
                code = code * 16 + static_cast<char32_t>(v);
            }
            if (ok) {
                out += encode_utf8(code);
                i += hex_digits;
                continue;
            }
        }
        switch (e) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case '_': out += "\u00A0"; break;
            case '0': break;
            case '\n':  // escaped line break: join without a space
                while (i + 1 < raw.size() && (raw[i + 1] == ' ' || raw[i + 1] == '\t')) ++i;
                break;
            default: out += e; break;  // \" \\ \/ and "\ " (a kept space)
        }
    }
    return out;
}

std::string decode_single_quoted(std::string_view raw) {
    std::string out;
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\'' && i + 1 < raw.size() && raw[i + 1] == '\'') ++i;
        if (raw[i] == '\n') {
            out += ' ';
            continue;
        }
        out += raw[i];
    }
    return out;
}

// A value may continue on following lines that are indented, or, when it is
// quoted, until the closing quote.
std::string decode_value(std::string_view first, const std::vector<std::string_view>& more) {
    std::string raw(first);
    for (std::string_view line : more) raw += "\n" + std::string(trim(line));
    std::string_view value = trim(raw);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
        return decode_double_quoted(value.substr(1, value.size() - 2));
    }
    if (value.size() >= 2 && value.front() == '\'' && value.back() == '\'') {
        return decode_single_quoted(value.substr(1, value.size() - 2));
    }
    std::string plain;
    for (char c : value) plain += c == '\n' ? ' ' : c;
    return plain;
}

}  // namespace

FrontMatter parse_front_matter(std::string_view text, const std::string& path, std::string_view* body) {
    FrontMatter result;
    *body = text;
    if (text.substr(0, 4) != "---\n") return result;

    std::vector<std::string_view> lines;
    size_t pos = 4;
    size_t close_end = std::string_view::npos;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        std::string_view line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        if (line == "---" || line == "...") {
            close_end = end == std::string_view::npos ? text.size() : end + 1;
            break;
        }
        lines.push_back(line);
        if (end == std::string_view::npos) break;
        pos = end + 1;
    }
    if (close_end == std::string_view::npos) {
        throw Error(path, "front matter opened on this line is never closed with '---'", 1, 1);
    }

    for (size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        if (trim(line).empty() || trim(line).front() == '#') continue;
        if (line.front() == ' ' || line.front() == '\t' || line.front() == '-') continue;  // nested: skipped
        size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0) {
            throw Error(path, "front matter line is not 'key: value'", i + 2, 1);
        }
        std::vector<std::string_view> continuation;
        while (i + 1 < lines.size() && !lines[i + 1].empty() &&
               (lines[i + 1].front() == ' ' || lines[i + 1].front() == '\t')) {
            continuation.push_back(lines[++i]);
        }
        std::string key(trim(line.substr(0, colon)));
        result.fields[key] = decode_value(line.substr(colon + 1), continuation);
    }
    result.body_line = lines.size() + 3;
    *body = text.substr(close_end);
    return result;
}

}  // namespace readoutdiff::text
