// Conversions of the White House pages keep raw HTML for what Markdown cannot
// say (superscript ordinals, underlining) and mark italics with single
// asterisks; a report that quotes "March 18<sup>th</sup>" or "*Roe v. Wade*"
// misquotes the page.
#include "text/inline_markup.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "text/unicode.h"

namespace readoutdiff::text {
namespace {

// Inline HTML the conversions leave: the tag goes, its text stays.
constexpr std::array<std::string_view, 24> kInlineTags = {
    "a",    "abbr", "b",  "br",   "cite",  "del", "div", "em", "figcaption", "figure", "i",   "img",
    "ins",  "mark", "p",  "q",    "s",     "small", "span", "strong", "sub",  "sup",    "u",   "wbr"};
constexpr std::array<std::string_view, 3> kAutolinkSchemes = {"http://", "https://", "mailto:"};

bool is_ascii_punct(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }
bool is_ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool space_before(std::string_view s, size_t i) {
    return i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n' || (i >= 2 && s.substr(i - 2, 2) == kNoBreakSpace);
}
bool space_after(std::string_view s, size_t i) {
    return i + 1 >= s.size() || s[i + 1] == ' ' || s[i + 1] == '\t' || s[i + 1] == '\n' || s.substr(i + 1, 2) == kNoBreakSpace;
}

// The length of an inline HTML tag or autolink starting at `at` ("<sup>",
// "</span>", "<span style=...>", "<https://...>"), or 0; *keep: the part the
// page shows (an autolink's address).
size_t markup_tag_at(std::string_view s, size_t at, std::string_view* keep) {
    if (s[at] != '<') return 0;
    size_t close = s.find('>', at + 1);
    if (close == std::string_view::npos) return 0;
    std::string_view inside = s.substr(at + 1, close - at - 1);
    if (inside.find('<') != std::string_view::npos) return 0;
    *keep = {};
    for (std::string_view scheme : kAutolinkSchemes) {
        if (inside.starts_with(scheme) && inside.find(' ') == std::string_view::npos) {
            *keep = inside;
            return close - at + 1;
        }
    }
    if (inside.starts_with('/')) inside.remove_prefix(1);
    size_t name_end = 0;
    while (name_end < inside.size() && std::isalpha(static_cast<unsigned char>(inside[name_end]))) ++name_end;
    std::string name(inside.substr(0, name_end));
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    bool known = std::find(kInlineTags.begin(), kInlineTags.end(), name) != kInlineTags.end();
    bool ends_name = name_end == inside.size() || inside[name_end] == ' ' || inside[name_end] == '/';
    return known && ends_name ? close - at + 1 : 0;
}

// The single asterisks that open and close emphasis ("*Roe v. Wade*"): an
// opener has no space after it and no letter or digit before it, a closer the
// reverse; one with no partner ("All* Above All") is a character of the text.
std::vector<bool> emphasis_marks(std::string_view s) {
    std::vector<bool> marks(s.size(), false);
    size_t open = std::string_view::npos;  // the pending opener
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\') {
            ++i;  // an escaped character is text
            continue;
        }
        if (s[i] != '*') continue;
        if (i + 1 < s.size() && s[i + 1] == '*') {
            ++i;  // "**", taken off as strong emphasis
            continue;
        }
        bool closes = !space_before(s, i) && (space_after(s, i) || !is_ascii_alnum(s[i + 1]));
        bool opens = !space_after(s, i) && (space_before(s, i) || !is_ascii_alnum(s[i - 1]));
        if (closes && open != std::string_view::npos) {
            marks[open] = marks[i] = true;
            open = std::string_view::npos;
        } else if (opens && open == std::string_view::npos) {
            open = i;
        }
    }
    return marks;
}

}  // namespace

std::string strip_inline_markup(std::string_view paragraph) {
    // Most paragraphs carry no markup at all.
    if (paragraph.find_first_of("\\<]*_") == std::string_view::npos) return std::string(paragraph);
    std::vector<bool> emphasis = emphasis_marks(paragraph);
    std::string out;
    for (size_t i = 0; i < paragraph.size(); ++i) {
        char c = paragraph[i];
        std::string_view keep;
        if (c == '\\' && i + 1 < paragraph.size() && is_ascii_punct(paragraph[i + 1])) {
            out += paragraph[++i];
        } else if (size_t tag = markup_tag_at(paragraph, i, &keep); tag > 0) {
            out += keep;
            i += tag - 1;
        } else if (c == ']' && i + 1 < paragraph.size() && paragraph[i + 1] == '(') {
            // "[text](target)": the text stays, the target goes.
            size_t close = paragraph.find(')', i);
            size_t open = out.rfind('[');
            if (close == std::string_view::npos || open == std::string::npos) {
                out += c;
                continue;
            }
            out.erase(open, 1);
            i = close;
        } else if ((c == '*' || c == '_') && i + 1 < paragraph.size() && paragraph[i + 1] == c) {
            ++i;  // ** or __ emphasis
        } else if (!emphasis[i]) {
            out += c;
        }
    }
    return out;
}

std::string without_html_comments(std::string_view text) {
    std::string out;
    size_t from = 0;
    for (size_t open = text.find("<!--"); open != std::string_view::npos; open = text.find("<!--", from)) {
        size_t close = text.find("-->", open + 4);
        if (close == std::string_view::npos) break;
        out += text.substr(from, open - from);
        from = close + 3;
    }
    out += text.substr(from);
    return out;
}

}  // namespace readoutdiff::text
