// Markdown for GitHub-flavoured tables, shared by the compare report and the
// batch summary: input text escaped so it cannot break a table or inject
// markup, and code spans, which Markdown does not unescape.
#pragma once

#include <string>
#include <string_view>

namespace readoutdiff::render {

// Text for a table cell: Markdown's special characters backslash-escaped,
// line ends made spaces.
std::string markdown_text(std::string_view text);

// A code span for a table cell (a path, a command): the text as it is, in a
// fence of more backticks than any run inside it; '|' is escaped, as a table
// requires even inside code.
std::string markdown_code(std::string_view text);

}  // namespace readoutdiff::render
