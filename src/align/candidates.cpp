// An estimate (dot product of stem weights plus a bonus per shared topic,
// role or actor) ranks the partners reached through the index; keys posted in more
// than posting_cap sentences are skipped, as they point everywhere.
#include "align/candidates.h"

#include <algorithm>
#include <future>
#include <unordered_map>

#include "align/scoring.h"

namespace readoutdiff::align {
namespace {

constexpr float kSharedLabelBonus = 0.2f;
// Below this many sentences a second thread costs more than it saves.
constexpr size_t kParallelSentences = 500;

struct Key {
    uint64_t id;   // stems, topics, roles and actors in separate ranges
    float weight;
};

constexpr uint64_t kTopicKeys = 1ull << 32;
constexpr uint64_t kEntityKeys = 2ull << 32;
constexpr uint64_t kRoleKeys = 3ull << 32;

std::vector<Key> keys_of(const Features& f) {
    std::vector<Key> keys;
    for (const auto& [stem, weight] : f.stems) keys.push_back({stem, weight});
    for (uint32_t topic : f.topics) keys.push_back({kTopicKeys + topic, 0});
    for (uint32_t entity : f.entities) keys.push_back({kEntityKeys + entity, 0});
    for (uint32_t role : f.roles) keys.push_back({kRoleKeys + role, 0});
    return keys;
}

// For each sentence of `from`, its best partners in `to`.
void collect(const std::vector<Features>& from, const std::vector<Features>& to, const AlignerParams& params,
             bool from_is_left, std::vector<Candidate>& out) {
    std::unordered_map<uint64_t, std::vector<std::pair<uint32_t, float>>> index;
    for (uint32_t j = 0; j < to.size(); ++j) {
        for (const Key& key : keys_of(to[j])) index[key.id].emplace_back(j, key.weight);
    }
    std::vector<float> estimate(to.size(), 0.0f);
    std::vector<uint32_t> touched;
    for (uint32_t i = 0; i < from.size(); ++i) {
        for (const Key& key : keys_of(from[i])) {
            auto it = index.find(key.id);
            if (it == index.end() || it->second.size() > params.posting_cap) continue;
            for (const auto& [j, weight] : it->second) {
                if (estimate[j] == 0.0f) touched.push_back(j);
                estimate[j] += key.id < kTopicKeys ? key.weight * weight : kSharedLabelBonus;
            }
        }
        size_t keep = std::min(params.candidates_per_sentence, touched.size());
        std::partial_sort(touched.begin(), touched.begin() + static_cast<std::ptrdiff_t>(keep), touched.end(),
                          [&](uint32_t a, uint32_t b) { return estimate[a] != estimate[b] ? estimate[a] > estimate[b] : a < b; });
        for (size_t k = 0; k < keep; ++k) {
            uint32_t j = touched[k];
            out.push_back(from_is_left ? Candidate{i, j, 0} : Candidate{j, i, 0});
        }
        for (uint32_t j : touched) estimate[j] = 0.0f;
        touched.clear();
    }
}

}  // namespace

std::vector<Candidate> find_candidates(const FeatureSpace& space, const AlignerParams& params) {
    // The two directions are independent; the second runs on another thread.
    std::vector<Candidate> candidates, from_right;
    bool parallel = space.left.size() + space.right.size() > kParallelSentences;
    auto other = std::async(parallel ? std::launch::async : std::launch::deferred,
                            [&] { collect(space.right, space.left, params, false, from_right); });
    collect(space.left, space.right, params, true, candidates);
    other.get();
    candidates.insert(candidates.end(), from_right.begin(), from_right.end());
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.left != b.left ? a.left < b.left : a.right < b.right;
    });
    candidates.erase(std::unique(candidates.begin(), candidates.end(),
                                 [](const Candidate& a, const Candidate& b) { return a.left == b.left && a.right == b.right; }),
                     candidates.end());
    return candidates;
}

void score_candidates(std::vector<Candidate>& candidates, const FeatureSpace& space, const AlignerParams& params) {
    auto score_range = [&](size_t begin, size_t end) {
        for (size_t k = begin; k < end; ++k) {
            candidates[k].score = pair_score(space.left[candidates[k].left], space.right[candidates[k].right], params);
        }
    };
    size_t half = candidates.size() / 2;
    bool parallel = space.left.size() + space.right.size() > kParallelSentences;
    auto second = std::async(parallel ? std::launch::async : std::launch::deferred, score_range, half, candidates.size());
    score_range(0, half);
    second.get();
}

}  // namespace readoutdiff::align
