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
        links.push_back(PassageLink{{p.left}, {p.right}, p.gain + params.link_threshold});
    }

    std::vector<Merge> merges;
    for (const Candidate& c : candidates) {
        bool left_free = left_link[c.left] < 0, right_free = right_link[c.right] < 0;
        if (left_free == right_free) continue;  // both linked or both free: nothing to merge
        uint32_t sentence = left_free ? c.left : c.right;
        size_t link = static_cast<size_t>(left_free ? right_link[c.right] : left_link[c.left]);
        const Features& alone = left_free ? space.left[c.left] : space.right[c.right];
        const Features& partner = left_free ? space.right[c.right] : space.left[c.left];
        if (pair_score(alone, partner, params) < params.merge_floor) continue;
        PassageLink grown = links[link];
        auto& ids = left_free ? grown.left : grown.right;
        ids.push_back(sentence);
        std::sort(ids.begin(), ids.end());
        double merged = pair_score(passage(grown.left, space.left), passage(grown.right, space.right), params);
        if (merged >= links[link].score + params.merge_margin) merges.push_back({link, sentence, left_free, merged});
    }
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
