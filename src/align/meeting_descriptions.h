// Each readout says once how the meeting went ("a candid and constructive
// exchange" / "a frank, in-depth and productive conversation"). Those two
// sentences make the same point though they rarely share a word, so when the
// matching left both unlinked, the best-scoring pair of them is linked.
#pragma once

#include <vector>

#include "align/features.h"
#include "align/matching.h"
#include "align/params.h"

namespace readoutdiff::align {

// Adds to matched at most one link between sentences of the two sides that
// characterize the meeting, both still unlinked, scoring at least
// params.description_floor, when at least params.description_evidence of the
// shorter readout's sentences are linked already.
void pair_meeting_descriptions(std::vector<ScoredPair>& matched, const FeatureSpace& space, const AlignerParams& params);

}  // namespace readoutdiff::align
