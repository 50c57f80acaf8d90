// A readout describes its meeting once or twice, so every pair of the first
// few candidates on each side is tried; the cap keeps a pasted text where every
// sentence is "candid and constructive" from costing a pass per pair.
#include "align/meeting_descriptions.h"

#include <algorithm>

#include "align/scoring.h"

namespace readoutdiff::align {
namespace {

constexpr size_t kMaxDescriptions = 8;  // per side, in text order

// The first unlinked sentences of one side that characterize the meeting.
std::vector<uint32_t> unlinked_descriptions(const std::vector<Features>& side, const std::vector<bool>& linked,
                                            uint32_t role) {
    std::vector<uint32_t> out;
    for (uint32_t i = 0; i < side.size() && out.size() < kMaxDescriptions; ++i) {
        if (!linked[i] && std::binary_search(side[i].roles.begin(), side[i].roles.end(), role)) out.push_back(i);
    }
    return out;
}

}  // namespace

void pair_meeting_descriptions(std::vector<ScoredPair>& matched, const FeatureSpace& space, const AlignerParams& params) {
    // Two readouts of different meetings describe their meetings too: pair the
    // descriptions only when the content already says it is one meeting.
    size_t shorter = std::min(space.left.size(), space.right.size());
    if (static_cast<double>(matched.size()) < params.description_evidence * static_cast<double>(shorter)) return;
    auto it = std::find(space.role_names.begin(), space.role_names.end(), kCharacterizationRole);
    if (it == space.role_names.end()) return;
    uint32_t role = static_cast<uint32_t>(it - space.role_names.begin());
    std::vector<bool> left_linked(space.left.size(), false), right_linked(space.right.size(), false);
    for (const ScoredPair& pair : matched) left_linked[pair.left] = right_linked[pair.right] = true;

    ScoredPair best{0, 0, 0};
    double best_score = -1;  // the first of equals wins: the order is the texts'
    for (uint32_t i : unlinked_descriptions(space.left, left_linked, role)) {
        for (uint32_t j : unlinked_descriptions(space.right, right_linked, role)) {
            double score = pair_score(space.left[i], space.right[j], params);
            if (score > best_score) best = ScoredPair{i, j, score - params.link_threshold}, best_score = score;
        }
    }
    if (best_score >= params.description_floor) matched.push_back(best);
}

}  // namespace readoutdiff::align
