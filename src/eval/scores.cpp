// Links are expanded to sentence pairs (a 1-2 link is two pairs) on both
// sides before counting, as in word-alignment evaluation.
#include "eval/scores.h"

#include <set>

namespace readoutdiff::eval {
namespace {

using PairSet = std::set<std::pair<int, int>>;

void expand(const std::vector<int>& left, const std::vector<int>& right, PairSet& into) {
    for (int l : left) {
        for (int r : right) into.insert({l, r});
    }
}

}  // namespace

Counts& Counts::operator+=(const Counts& o) {
    predicted += o.predicted;
    predicted_correct += o.predicted_correct;
    sure += o.sure;
    sure_found += o.sure_found;
    gold_unmatched += o.gold_unmatched;
    predicted_unmatched += o.predicted_unmatched;
    unmatched_agreed += o.unmatched_agreed;
    return *this;
}

double Counts::precision() const { return ratio(predicted_correct, predicted); }
double Counts::recall() const { return ratio(sure_found, sure); }
double Counts::f1() const { return eval::f1(precision(), recall()); }
double Counts::unmatched_precision() const { return ratio(unmatched_agreed, predicted_unmatched); }
double Counts::unmatched_recall() const { return ratio(unmatched_agreed, gold_unmatched); }

PairScore score_links(const Annotation& gold, const Annotation& predicted, size_t left_sentences,
                      size_t right_sentences) {
    PairSet sure, possible, found;
    std::set<int> gold_left, gold_right, found_left, found_right;
    for (const GoldLink& link : gold.links) {
        expand(link.left, link.right, possible);
        if (link.sure) expand(link.left, link.right, sure);
        gold_left.insert(link.left.begin(), link.left.end());
        gold_right.insert(link.right.begin(), link.right.end());
    }
    for (const GoldLink& link : predicted.links) {
        if (!link.sure) continue;
        expand(link.left, link.right, found);
        found_left.insert(link.left.begin(), link.left.end());
        found_right.insert(link.right.begin(), link.right.end());
    }

    PairScore score;
    score.pair = gold.pair;
    score.split = gold.split;
    Counts& c = score.counts;
    c.predicted = found.size();
    c.sure = sure.size();
    for (const auto& p : found) {
        if (possible.count(p)) ++c.predicted_correct;
        else score.errors.push_back({false, p.first, p.second});
    }
    for (const auto& p : sure) {
        if (found.count(p)) ++c.sure_found;
        else score.errors.push_back({true, p.first, p.second});
    }
    auto count_unmatched = [&](size_t n, const std::set<int>& in_gold, const std::set<int>& in_prediction) {
        for (int id = 1; id <= static_cast<int>(n); ++id) {
            bool gold_free = in_gold.count(id) == 0;
            bool free = in_prediction.count(id) == 0;
            c.gold_unmatched += gold_free;
            c.predicted_unmatched += free;
            c.unmatched_agreed += gold_free && free;
        }
    };
    count_unmatched(left_sentences, gold_left, found_left);
    count_unmatched(right_sentences, gold_right, found_right);
    return score;
}

}  // namespace readoutdiff::eval
