// features -> candidates from the index -> scores -> global matching ->
// merges -> structural points -> ids and reasons -> sections. Each step
// lives in its own file.
#include "align/aligner.h"

#include <algorithm>

#include "align/candidates.h"
#include "align/features.h"
#include "align/matching.h"
#include "align/merges.h"
#include "align/scoring.h"
#include "align/sections.h"
#include "align/structural_points.h"

namespace readoutdiff::align {
namespace {

std::vector<int> to_ids(const std::vector<uint32_t>& indices) {
    std::vector<int> ids;
    for (uint32_t i : indices) ids.push_back(static_cast<int>(i) + 1);
    return ids;
}

std::vector<int> unmatched(size_t count, const std::vector<bool>& used) {
    std::vector<int> ids;
    for (size_t i = 0; i < count; ++i) {
        if (!used[i]) ids.push_back(static_cast<int>(i) + 1);
    }
    return ids;
}

}  // namespace

Alignment align(const analyze::Analysis& left, const analyze::Analysis& right, const AlignerParams& params) {
    // Describe every sentence in one feature space (IDF over both readouts).
    FeatureSpace space = build_features(left, right);
    // Find the few plausible partners of each sentence through the index.
    std::vector<Candidate> candidates = find_candidates(space, params);
    // Score them; only pairs above the threshold may become links.
    score_candidates(candidates, space, params);
    std::vector<ScoredPair> scored;
    std::vector<double> best_left(space.left.size(), 0.0), best_right(space.right.size(), 0.0);
    for (const Candidate& c : candidates) {
        double score = c.score;
        best_left[c.left] = std::max(best_left[c.left], score);
        best_right[c.right] = std::max(best_right[c.right], score);
        if (score > params.link_threshold) scored.push_back({c.left, c.right, score - params.link_threshold});
    }
    // A pair far below what either sentence achieves elsewhere is a weak echo.
    std::erase_if(scored, [&](const ScoredPair& p) {
        double score = p.gain + params.link_threshold;
        return score < params.relative_floor * std::max(best_left[p.left], best_right[p.right]);
    });
    // Choose the one-to-one links with the largest total gain.
    std::vector<ScoredPair> matched =
        max_weight_matching(scored, space.left.size(), space.right.size(), params.exact_matching_limit);
    // Let a leftover sentence join a link where the merged passage fits better.
    std::vector<PassageLink> passages = add_merges(matched, candidates, space, params);
    // Who met whom, how the talks went, the earlier summit: one point each, in
    // few shared words, once the content says the readouts are of one meeting.
    size_t shorter = std::min(space.left.size(), space.right.size());
    OpenerOfficials openers = opener_officials(left, right);
    bool content_says_so = static_cast<double>(matched.size()) >= params.description_evidence * static_cast<double>(shorter);
    bool same_meeting = openers == OpenerOfficials::shared || (content_says_so && openers == OpenerOfficials::unknown);
    link_structural_points(left, right, same_meeting, passages);

    Alignment alignment;
    std::vector<bool> left_used(space.left.size(), false), right_used(space.right.size(), false);
    for (const PassageLink& p : passages) {
        Link link;
        link.left = to_ids(p.left);
        link.right = to_ids(p.right);
        link.score = p.score;
        link.reason = explain(passage(p.left, space.left), passage(p.right, space.right), space);
        if (!p.point.empty()) link.reason.insert(link.reason.begin(), "same point: " + p.point);
        for (uint32_t i : p.left) left_used[i] = true;
        for (uint32_t j : p.right) right_used[j] = true;
        alignment.links.push_back(std::move(link));
    }
    std::sort(alignment.links.begin(), alignment.links.end(),
              [](const Link& a, const Link& b) { return a.left.front() < b.left.front(); });
    alignment.unmatched_left = unmatched(space.left.size(), left_used);
    alignment.unmatched_right = unmatched(space.right.size(), right_used);
    // Each side's passage on each subject both raise, the links inside them.
    build_sections(left, right, alignment);
    return alignment;
}

}  // namespace readoutdiff::align
