// Splitting a file's content into lines: the one splitter every reader of
// line-based files (TSV lexicons, meta.tsv, pairs.tsv, summaries) uses.
#pragma once

#include <string_view>
#include <vector>

namespace readoutdiff::text {

// The lines of content, without their "\n"; a final line needs no "\n", and
// an empty last piece after a final "\n" is not a line. Views into content.
std::vector<std::string_view> lines(std::string_view content);

}  // namespace readoutdiff::text
