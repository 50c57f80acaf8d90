// Splitting text into lines, the one way every line-based file is read
// (manifests, summaries): "\n" ends a line, a "\r" before it is dropped.
#pragma once

#include <string_view>
#include <vector>

namespace readoutdiff::text {

// The lines of text, without their line ends; a final line end does not
// start an empty last line. Views into text.
std::vector<std::string_view> split_lines(std::string_view text);

}  // namespace readoutdiff::text
