// Candidate pairs from an inverted index over stems, topics and actors: each
// sentence meets only the sentences it shares a key with, never all of the
// other side, so the cost grows with the input, not with its square.
#pragma once

#include <utility>
#include <vector>

#include "align/features.h"
#include "align/params.h"

namespace readoutdiff::align {

struct Candidate {
    uint32_t left;   // index into FeatureSpace::left
    uint32_t right;  // index into FeatureSpace::right
    double score = 0;  // pair_score, filled by score_candidates
};

// The best params.candidates_per_sentence partners of each sentence, looked
// up from both sides (so swapping the inputs gives the same set), sorted and unique.
std::vector<Candidate> find_candidates(const FeatureSpace& space, const AlignerParams& params);

// Fills each candidate's score (on two threads for long inputs).
void score_candidates(std::vector<Candidate>& candidates, const FeatureSpace& space, const AlignerParams& params);

}  // namespace readoutdiff::align
