// Word-level differences between the two passages of a link, via dtl.
#pragma once

#include <string_view>
#include <vector>

#include "compare/comparison.h"

namespace readoutdiff::compare {

// Diffs whitespace-separated words, equal when their folded forms (case,
// curly quotes, dashes, edge punctuation) agree; shows each side's own spelling.
// Passages over 5,000 words are not diffed: each side is shown whole.
std::vector<DiffSegment> word_diff(std::string_view left, std::string_view right);

}  // namespace readoutdiff::compare
