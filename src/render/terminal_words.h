// Text from the web made safe and shaped for a terminal: words split at
// white space with control characters dropped (an ESC in a readout must not
// drive the terminal), lines wrapped or cut to a display width, labels cut
// with an ellipsis and paths broken only after a '/'.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace readoutdiff::render {

// The words of text: tabs and line ends separate words like spaces; other C0
// controls, DEL and the C1 controls U+0080..U+009F (U+009B is a CSI) are
// dropped, as the HTML report drops them.
std::vector<std::string> terminal_words(std::string_view text);

// The words of text wrapped into lines of at most width columns; a word
// wider than width is split (display_width.h). At least one line.
std::vector<std::string> wrap_to_width(std::string_view text, size_t width);

// The words of text on one line of at most width columns, ending in "…" when cut.
std::string cut_to_width(std::string_view text, size_t width);

// A label (a table's row heading) wrapped into lines of at most width
// columns at spaces; a word wider than width is cut, ending in "…". At
// least one line.
std::vector<std::string> wrap_label(std::string_view text, size_t width);

// A file path in pieces broken right after a '/', never inside a name: the
// first piece at most first columns (empty when the path's first name does
// not fit there), the others at most width. Only a name wider than width
// itself is split, by width.
std::vector<std::string> split_path(std::string_view path, size_t first, size_t width);

}  // namespace readoutdiff::render
