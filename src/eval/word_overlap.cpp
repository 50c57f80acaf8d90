// Deliberately naive: folded words, no stems, no IDF, no lexicons. It is
// dense (all pairs) because it only runs on small gold pairs.
#include "eval/word_overlap.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace readoutdiff::eval {
namespace {

std::vector<std::set<std::string>> word_sets(const analyze::Analysis& a) {
    std::vector<std::set<std::string>> sets;
    for (const auto& s : a.document.sentences) {
        std::set<std::string> words;
        for (const auto& t : s.tokens) words.insert(t.folded);
        sets.push_back(std::move(words));
    }
    return sets;
}

double jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
    size_t shared = 0;
    for (const auto& w : a) shared += b.count(w);
    size_t all = a.size() + b.size() - shared;
    return all == 0 ? 0 : static_cast<double>(shared) / static_cast<double>(all);
}

}  // namespace

align::Alignment word_overlap_baseline(const analyze::Analysis& left, const analyze::Analysis& right, double threshold) {
    auto l = word_sets(left), r = word_sets(right);
    std::vector<std::tuple<double, int, int>> pairs;
    for (size_t i = 0; i < l.size(); ++i) {
        for (size_t j = 0; j < r.size(); ++j) {
            double score = jaccard(l[i], r[j]);
            if (score >= threshold) pairs.emplace_back(score, static_cast<int>(i), static_cast<int>(j));
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
    std::vector<bool> left_used(l.size()), right_used(r.size());
    align::Alignment alignment;
    for (const auto& [score, i, j] : pairs) {
        if (left_used[static_cast<size_t>(i)] || right_used[static_cast<size_t>(j)]) continue;
        left_used[static_cast<size_t>(i)] = right_used[static_cast<size_t>(j)] = true;
        alignment.links.push_back(align::Link{{i + 1}, {j + 1}, score, {"word overlap"}});
    }
    for (size_t i = 0; i < l.size(); ++i) {
        if (!left_used[i]) alignment.unmatched_left.push_back(static_cast<int>(i) + 1);
    }
    for (size_t j = 0; j < r.size(); ++j) {
        if (!right_used[j]) alignment.unmatched_right.push_back(static_cast<int>(j) + 1);
    }
    return alignment;
}

}  // namespace readoutdiff::eval
