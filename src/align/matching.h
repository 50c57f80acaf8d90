// A global one-to-one assignment over scored candidate pairs: the set of
// links with the largest total gain, where a pair's gain is its score above
// the link threshold. Unlike first-come greedy pairing, a strong pair is not
// lost because an earlier sentence took its partner.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace readoutdiff::align {

struct ScoredPair {
    uint32_t left;
    uint32_t right;
    double gain;  // score - link_threshold: > 0 for every pair the matching may choose
};

// Exact maximum-weight matching (Hungarian method) inside each connected
// component of up to exact_limit sentences a side; larger components, which
// only arise in very long inputs, take the best remaining pair first.
// Returns the chosen pairs sorted by left index.
std::vector<ScoredPair> max_weight_matching(const std::vector<ScoredPair>& pairs, size_t left_count,
                                            size_t right_count, size_t exact_limit);

}  // namespace readoutdiff::align
