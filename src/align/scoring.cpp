// Jaccard for topics and actors (sets), cosine for the vectors, and a weak
// position prior that only breaks near-ties between equally good pairs.
#include "align/scoring.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace readoutdiff::align {
namespace {

double jaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
    if (a.empty() || b.empty()) return 0;
    size_t shared = 0, i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) ++i;
        else if (b[j] < a[i]) ++j;
        else ++shared, ++i, ++j;
    }
    return static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
}

std::vector<uint32_t> shared_ids(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
    std::vector<uint32_t> out;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

std::string join_names(const std::vector<uint32_t>& ids, const std::vector<std::string>& names, size_t limit) {
    std::string out;
    for (size_t k = 0; k < ids.size() && k < limit; ++k) out += (k ? ", " : "") + names[ids[k]];
    return out;
}

}  // namespace

double pair_score(const Features& a, const Features& b, const AlignerParams& params) {
    double topics = jaccard(a.topics, b.topics);
    double score = params.stem_weight * cosine(a.stems, b.stems) + params.char_weight * cosine(a.grams, b.grams) +
                   params.topic_weight * topics + params.role_weight * jaccard(a.roles, b.roles) +
                   params.entity_weight * jaccard(a.entities, b.entities) +
                   params.position_weight * (1.0 - std::fabs(a.position - b.position));
    // One official's statement in both readouts: a bonus among pairs linkable on
    // their words anyway, never a link by itself (the official says other things too).
    if (a.official != kNoOfficial && a.official == b.official && score >= params.link_threshold) score += params.official_weight;
    // Both name their subject and the subjects differ: look-alike sentences
    // ("exchanged views on the DPRK" / "exchanged views on Ukraine") make different points.
    if (!a.topics.empty() && !b.topics.empty() && topics == 0) score -= params.topic_conflict_penalty;
    return std::clamp(score, 0.0, 1.0);
}

std::vector<std::string> explain(const Features& a, const Features& b, const FeatureSpace& space) {
    std::vector<std::string> reasons;
    // Shared stems, the most informative (largest product of weights) first.
    std::vector<std::pair<float, uint32_t>> shared;
    size_t i = 0, j = 0;
    while (i < a.stems.size() && j < b.stems.size()) {
        if (a.stems[i].first < b.stems[j].first) ++i;
        else if (b.stems[j].first < a.stems[i].first) ++j;
        else shared.emplace_back(a.stems[i].second * b.stems[j].second, a.stems[i].first), ++i, ++j;
    }
    std::sort(shared.begin(), shared.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    std::vector<uint32_t> terms, points;
    for (const auto& entry : shared) {
        bool point = space.stem_names[entry.second].starts_with(kPointTermPrefix);
        (point ? points : terms).push_back(entry.second);
    }
    if (!terms.empty()) reasons.push_back("shared terms: " + join_names(terms, space.stem_names, 6));
    if (!points.empty()) {
        std::string names;
        for (uint32_t id : points) names += (names.empty() ? "" : ", ") + space.stem_names[id].substr(kPointTermPrefix.size());
        reasons.push_back("same point: " + names);
    }
    if (auto topics = shared_ids(a.topics, b.topics); !topics.empty()) {
        reasons.push_back("same topic: " + join_names(topics, space.topic_names, 4));
    }
    if (auto roles = shared_ids(a.roles, b.roles); !roles.empty()) {
        reasons.push_back("same role: " + join_names(roles, space.role_names, 4));
    }
    if (auto entities = shared_ids(a.entities, b.entities); !entities.empty()) {
        reasons.push_back("same actors: " + join_names(entities, space.entity_names, 4));
    }
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "wording similarity %.2f", cosine(a.grams, b.grams));
    reasons.emplace_back(buffer);
    return reasons;
}

}  // namespace readoutdiff::align
