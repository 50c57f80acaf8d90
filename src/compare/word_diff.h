// Word-level differences between the two passages of a link, via dtl.
#pragma once

#include <string_view>
#include <vector>

#include "compare/comparison.h"

namespace readoutdiff::compare {

// Diffs whitespace-separated words. Words whose folded forms (case, curly
// quotes, dashes, edge punctuation) agree are lined up, but only identical
// words are common: every segment is exactly what its side wrote, so joining
// a side's segments with single spaces gives back its passage.
// Passages over 5,000 words are not diffed: each side is shown whole.
std::vector<DiffSegment> word_diff(std::string_view left, std::string_view right);

}  // namespace readoutdiff::compare
