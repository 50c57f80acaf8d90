// The plain word-overlap aligner that readoutdiff must beat: each pair of
// sentences scored by the Jaccard overlap of their words, best pairs first,
// one to one, nothing below a threshold.
#pragma once

#include "align/alignment.h"
#include "analyze/analysis.h"

namespace readoutdiff::eval {

align::Alignment word_overlap_baseline(const analyze::Analysis& left, const analyze::Analysis& right,
                                       double threshold = 0.2);

}  // namespace readoutdiff::eval
