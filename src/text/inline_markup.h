// The markup a web page's conversion to Markdown leaves inside a readout's
// text, taken off so that every quote of a sentence is the text as the page
// shows it: backslash escapes, links, emphasis marks, inline HTML tags
// ("21<sup>st</sup>"), autolinks and comments.
#pragma once

#include <string>
#include <string_view>

namespace readoutdiff::text {

// A paragraph (or line) as the page shows it. Plain text passes through unchanged.
std::string strip_inline_markup(std::string_view paragraph);

// The text without its "<!-- ... -->" comments (which may run over lines); one
// left open is kept as text.
std::string without_html_comments(std::string_view text);

}  // namespace readoutdiff::text
