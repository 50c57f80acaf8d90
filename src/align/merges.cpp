// All possible merges are scored first and applied best first, each
// sentence and each link at most once, so the result does not depend on
// which side is given first.
#include "align/merges.h"

#include <algorithm>

#include "align/scoring.h"

namespace readoutdiff::align {
namespace {

struct Merge {
    size_t link;
    uint32_t sentence;
    bool on_left;
    double merged_score;
};

}  // namespace

std::vector<PassageLink> add_merges(const std::vector<ScoredPair>& matched, const std::vector<Candidate>& candidates,
                                    const FeatureSpace& space, const AlignerParams& params) {
    std::vector<PassageLink> links;
    std::vector<int> left_link(space.left.size(), -1), right_link(space.right.size(), -1);
    for (const ScoredPair& p : matched) {
        left_link[p.left] = right_link[p.right] = static_cast<int>(links.size());
        links.push_back(PassageLink{{p.left}, {p.right}, p.gain + params.link_threshold, {}});
    }

    // Each free sentence tries only the linked partner it matches best.
    struct Best {
        double score = -1;
        uint32_t partner = 0;
    };
    std::vector<Best> best_left(space.left.size()), best_right(space.right.size());
    for (const Candidate& c : candidates) {
        bool left_free = left_link[c.left] < 0, right_free = right_link[c.right] < 0;
        if (left_free == right_free) continue;  // both linked or both free: nothing to merge
        double score = c.score;
        Best& best = left_free ? best_left[c.left] : best_right[c.right];
        if (score > best.score) best = Best{score, left_free ? c.right : c.left};
    }
    std::vector<Merge> merges;
    auto try_merge = [&](uint32_t sentence, const Best& best, bool on_left) {
        if (best.score < params.merge_floor) return;
        size_t link = static_cast<size_t>(on_left ? right_link[best.partner] : left_link[best.partner]);
        PassageLink grown = links[link];
        auto& ids = on_left ? grown.left : grown.right;
        ids.push_back(sentence);
        std::sort(ids.begin(), ids.end());
        double merged = pair_score(passage(grown.left, space.left), passage(grown.right, space.right), params);
        if (merged >= links[link].score + params.merge_margin) merges.push_back({link, sentence, on_left, merged});
    };
    for (uint32_t i = 0; i < best_left.size(); ++i) try_merge(i, best_left[i], true);
    for (uint32_t j = 0; j < best_right.size(); ++j) try_merge(j, best_right[j], false);
    std::sort(merges.begin(), merges.end(), [](const Merge& a, const Merge& b) {
        if (a.merged_score != b.merged_score) return a.merged_score > b.merged_score;
        return std::tie(a.link, a.on_left, a.sentence) < std::tie(b.link, b.on_left, b.sentence);
    });
    std::vector<bool> link_grown(links.size(), false);
    for (const Merge& m : merges) {
        int& owner = m.on_left ? left_link[m.sentence] : right_link[m.sentence];
        if (owner >= 0 || link_grown[m.link]) continue;
        PassageLink& link = links[m.link];
        auto& ids = m.on_left ? link.left : link.right;
        ids.push_back(m.sentence);
        std::sort(ids.begin(), ids.end());
        link.score = m.merged_score;
        owner = static_cast<int>(m.link);
        link_grown[m.link] = true;
    }
    return links;
}

}  // namespace readoutdiff::align
