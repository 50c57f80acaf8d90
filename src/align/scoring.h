// The score of a candidate pair of passages and the evidence behind it.
#pragma once

#include <string>
#include <vector>

#include "align/features.h"
#include "align/params.h"

namespace readoutdiff::align {

// Weighted sum of the signals in AlignerParams, in [0, 1].
double pair_score(const Features& a, const Features& b, const AlignerParams& params);

// Human-readable evidence: shared terms, shared topics and actors, wording
// similarity; the strongest first.
std::vector<std::string> explain(const Features& a, const Features& b, const FeatureSpace& space);

}  // namespace readoutdiff::align
