// utf8proc gives wcwidth-compatible widths without setlocale; walking
// grapheme clusters keeps "e" + combining accent, and emoji sequences, whole.
#include "render/display_width.h"

#include <algorithm>
#include <utf8proc.h>

namespace readoutdiff::render {
namespace {

struct Cluster {
    size_t bytes;
    size_t width;
};

// The grapheme cluster starting at s[0].
Cluster next_cluster(std::string_view s) {
    utf8proc_int32_t state = 0;
    utf8proc_int32_t previous = -1;
    size_t pos = 0;
    size_t width = 0;
    while (pos < s.size()) {
        utf8proc_int32_t cp = 0;
        auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + pos),
                                  static_cast<utf8proc_ssize_t>(s.size() - pos), &cp);
        if (n <= 0) {  // invalid byte: count it as one column so nothing is lost
            if (pos == 0) return {1, 1};
            break;
        }
        if (previous >= 0 && utf8proc_grapheme_break_stateful(previous, cp, &state)) break;
        if (cp == 0xFE0F) width = 2;  // emoji presentation selector
        else width += static_cast<size_t>(std::max(0, utf8proc_charwidth(cp)));
        previous = cp;
        pos += static_cast<size_t>(n);
    }
    return {pos, width};
}

bool is_printable_ascii(std::string_view s) {
    for (unsigned char c : s) {
        if (c < 0x20 || c >= 0x7F) return false;
    }
    return true;
}

}  // namespace

size_t display_width(std::string_view utf8) {
    if (is_printable_ascii(utf8)) return utf8.size();  // the common case, one column a byte
    size_t width = 0;
    while (!utf8.empty()) {
        Cluster c = next_cluster(utf8);
        width += c.width;
        utf8.remove_prefix(c.bytes);
    }
    return width;
}

std::vector<std::string> split_to_width(std::string_view word, size_t width) {
    if (word.size() <= width && is_printable_ascii(word)) return {std::string(word)};
    std::vector<std::string> pieces(1);
    size_t current = 0;
    auto place = [&](std::string_view text, size_t text_width) {
        if (current + text_width > width && current > 0) {
            pieces.emplace_back();
            current = 0;
        }
        pieces.back() += text;
        current += text_width;
    };
    while (!word.empty()) {
        Cluster c = next_cluster(word);
        std::string_view cluster = word.substr(0, c.bytes);
        word.remove_prefix(c.bytes);
        if (c.width <= width) {
            place(cluster, c.width);
            continue;
        }
        // A cluster wider than the whole width (a long emoji ZWJ sequence, a
        // run of Hangul leading jamo) is cut between its code points: a broken
        // cluster is better than a line past the width. Each code point
        // counts its width alone, which never undercounts the piece.
        while (!cluster.empty()) {
            utf8proc_int32_t cp = 0;
            auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(cluster.data()),
                                      static_cast<utf8proc_ssize_t>(cluster.size()), &cp);
            size_t bytes = n > 0 ? static_cast<size_t>(n) : 1;
            place(cluster.substr(0, bytes), display_width(cluster.substr(0, bytes)));
            cluster.remove_prefix(bytes);
        }
    }
    return pieces;
}

}  // namespace readoutdiff::render
