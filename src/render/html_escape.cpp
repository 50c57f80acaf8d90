// One escaping function for every context the report uses (content and
// quoted attributes) keeps the rule simple enough to audit; the fuzz and
// browser tests feed it hostile input.
#include "render/html_escape.h"

#include <cstdio>

namespace readoutdiff::render {
namespace {

// The three bytes of U+202A..U+202E are E2 80 AA..AE; U+2066..U+2069 are E2 81 A6..A9.
int bidi_control(std::string_view text, size_t i) {
    if (i + 2 >= text.size() || static_cast<unsigned char>(text[i]) != 0xE2) return -1;
    auto b1 = static_cast<unsigned char>(text[i + 1]), b2 = static_cast<unsigned char>(text[i + 2]);
    if (b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) return 0x2000 + (b2 - 0x80);
    if (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) return 0x2040 + (b2 - 0x80);
    return -1;
}

}  // namespace

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (int code = bidi_control(text, i); code >= 0) {
            char mark[16];
            std::snprintf(mark, sizeof mark, "[U+%04X]", code);
            out += mark;
            i += 2;
            continue;
        }
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') break;
                out += c;
        }
    }
    return out;
}

std::string safe_http_url(std::string_view url) {
    auto starts_with = [&](std::string_view prefix) {
        if (url.size() < prefix.size()) return false;
        for (size_t i = 0; i < prefix.size(); ++i) {
            char c = url[i];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            if (c != prefix[i]) return false;
        }
        return true;
    };
    if (!starts_with("https://") && !starts_with("http://")) return "";
    for (char c : url) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`') return "";
    }
    return escape_html(url);
}

}  // namespace readoutdiff::render
