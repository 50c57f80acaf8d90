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
double Counts::f1() const {
    double p = precision(), r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
}
double Counts::unmatched_precision() const { return ratio(unmatched_agreed, predicted_unmatched); }
double Counts::unmatched_recall() const { return ratio(unmatched_agreed, gold_unmatched); }

PairScore score_alignment(const Gold& gold, const align::Alignment& predicted, size_t left_sentences,
                          size_t right_sentences) {
    PairSet sure, possible, found;
    std::set<int> gold_left, gold_right;
    for (const GoldLink& link : gold.links) {
        expand(link.left, link.right, possible);
        if (link.sure) expand(link.left, link.right, sure);
        gold_left.insert(link.left.begin(), link.left.end());
        gold_right.insert(link.right.begin(), link.right.end());
    }
    for (const align::Link& link : predicted.links) expand(link.left, link.right, found);

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
    auto count_unmatched = [&](size_t n, const std::set<int>& in_gold, const std::vector<int>& unmatched) {
        std::set<int> predicted_free(unmatched.begin(), unmatched.end());
        for (int id = 1; id <= static_cast<int>(n); ++id) {
            bool gold_free = in_gold.count(id) == 0;
            bool free = predicted_free.count(id) > 0;
            c.gold_unmatched += gold_free;
            c.predicted_unmatched += free;
            c.unmatched_agreed += gold_free && free;
        }
    };
    count_unmatched(left_sentences, gold_left, predicted.unmatched_left);
    count_unmatched(right_sentences, gold_right, predicted.unmatched_right);
    return score;
}

align::Alignment as_prediction(const std::vector<GoldLink>& annotation, size_t left_sentences, size_t right_sentences) {
    align::Alignment alignment;
    std::set<int> linked_left, linked_right;
    for (const GoldLink& link : annotation) {
        if (!link.sure) continue;
        alignment.links.push_back({link.left, link.right, 1.0, {}});
        linked_left.insert(link.left.begin(), link.left.end());
        linked_right.insert(link.right.begin(), link.right.end());
    }
    for (int id = 1; id <= static_cast<int>(left_sentences); ++id) {
        if (!linked_left.count(id)) alignment.unmatched_left.push_back(id);
    }
    for (int id = 1; id <= static_cast<int>(right_sentences); ++id) {
        if (!linked_right.count(id)) alignment.unmatched_right.push_back(id);
    }
    return alignment;
}

}  // namespace readoutdiff::eval
