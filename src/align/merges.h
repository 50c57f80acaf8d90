// 1-2 and 2-1 links: a sentence left without a counterpart joins a link of
// its neighbour when the merged passage matches the other side better than
// the single sentence did ("one sentence here makes the point of two there").
#pragma once

#include <string>
#include <vector>

#include "align/candidates.h"
#include "align/features.h"
#include "align/matching.h"
#include "align/params.h"

namespace readoutdiff::align {

struct PassageLink {
    std::vector<uint32_t> left;   // indices, ascending
    std::vector<uint32_t> right;  // indices, ascending
    double score;
    std::string point;  // a point every readout makes ("who met whom"); empty for a link of shared content
};

// Grows one-to-one links into 1-2 / 2-1 links where it helps; at most two
// sentences a side. Candidates (scored) give the sentences worth trying.
std::vector<PassageLink> add_merges(const std::vector<ScoredPair>& matched, const std::vector<Candidate>& candidates,
                                    const FeatureSpace& space, const AlignerParams& params);

}  // namespace readoutdiff::align
