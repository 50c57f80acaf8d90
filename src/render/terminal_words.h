// Text from the web made safe and shaped for a terminal: words split at
// white space with control characters dropped (an ESC in a readout must not
// drive the terminal), lines wrapped or cut to a display width.
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

}  // namespace readoutdiff::render
