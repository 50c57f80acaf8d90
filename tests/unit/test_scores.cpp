// Tests for eval/scores: links expanded to sentence pairs, precision against
// sure + possible gold pairs, recall against sure ones, unmatched sentences.
#include <doctest/doctest.h>

#include <vector>

#include "eval/scores.h"

namespace {

using readoutdiff::eval::Annotation;
using readoutdiff::eval::Counts;
using readoutdiff::eval::GoldLink;
using readoutdiff::eval::PairScore;
using readoutdiff::eval::score_links;

GoldLink gold_link(std::vector<int> left, std::vector<int> right, bool sure) {
    GoldLink link;
    link.left = std::move(left);
    link.right = std::move(right);
    link.sure = sure;
    return link;
}

GoldLink link(std::vector<int> left, std::vector<int> right) { return gold_link(std::move(left), std::move(right), true); }

Annotation predicting(std::vector<GoldLink> links) {
    Annotation a;
    a.links = std::move(links);
    return a;
}

// Gold: L1-R1 sure, L2-(R2,R3) possible, L4-R5 sure; L3 and R4 in no link.
Annotation example_gold() {
    Annotation gold;
    gold.pair = "2023-11-15-biden-xi-woodside";
    gold.split = "tune";
    gold.links = {gold_link({1}, {1}, true), gold_link({2}, {2, 3}, false), gold_link({4}, {5}, true)};
    return gold;
}

}  // namespace

TEST_CASE("score_links counts predicted pairs against sure and possible gold pairs") {
    Annotation predicted = predicting({link({1}, {1}), link({2}, {2}), link({4}, {4})});
    PairScore score = score_links(example_gold(), predicted, 4, 5);

    CHECK(score.pair == "2023-11-15-biden-xi-woodside");
    CHECK(score.split == "tune");
    const Counts& c = score.counts;
    CHECK(c.predicted == 3);
    CHECK(c.predicted_correct == 2);  // 1-1 sure, 2-2 possible; 4-4 is not in gold
    CHECK(c.sure == 2);
    CHECK(c.sure_found == 1);  // 4-5 missed
    CHECK(c.precision() == doctest::Approx(2.0 / 3.0));
    CHECK(c.recall() == doctest::Approx(0.5));
    CHECK(c.f1() == doctest::Approx(4.0 / 7.0));

    // Unmatched: gold leaves L3 and R4 free; the aligner left L3, R3 and R5.
    CHECK(c.gold_unmatched == 2);
    CHECK(c.predicted_unmatched == 3);
    CHECK(c.unmatched_agreed == 1);
    CHECK(c.unmatched_precision() == doctest::Approx(1.0 / 3.0));
    CHECK(c.unmatched_recall() == doctest::Approx(0.5));

    REQUIRE(score.errors.size() == 2);
    CHECK_FALSE(score.errors[0].missed);
    CHECK(score.errors[0].left == 4);
    CHECK(score.errors[0].right == 4);
    CHECK(score.errors[1].missed);
    CHECK(score.errors[1].left == 4);
    CHECK(score.errors[1].right == 5);
}

TEST_CASE("score_links expands a 1-2 link into two pairs on both sides") {
    SUBCASE("a predicted 1-2 link over a possible 1-2 gold link") {
        Counts c = score_links(example_gold(), predicting({link({2}, {2, 3})}), 4, 5).counts;
        CHECK(c.predicted == 2);
        CHECK(c.predicted_correct == 2);
        CHECK(c.sure_found == 0);
    }
    SUBCASE("a 2-1 link where one pair is sure") {
        Counts c = score_links(example_gold(), predicting({link({1, 2}, {1})}), 4, 5).counts;
        CHECK(c.predicted == 2);
        CHECK(c.predicted_correct == 1);  // 2-1 is in no gold link
        CHECK(c.sure_found == 1);
    }
}

TEST_CASE("score_links: a perfect prediction scores 1 everywhere") {
    Annotation predicted = predicting({link({1}, {1}), link({2}, {2, 3}), link({4}, {5})});
    PairScore score = score_links(example_gold(), predicted, 4, 5);
    CHECK(score.counts.precision() == doctest::Approx(1.0));
    CHECK(score.counts.recall() == doctest::Approx(1.0));
    CHECK(score.counts.f1() == doctest::Approx(1.0));
    CHECK(score.counts.unmatched_precision() == doctest::Approx(1.0));
    CHECK(score.counts.unmatched_recall() == doctest::Approx(1.0));
    CHECK(score.errors.empty());
}

TEST_CASE("Counts ratios are 1 with nothing to count, and f1 is 0 when both are 0") {
    Counts empty;
    CHECK(empty.precision() == 1.0);
    CHECK(empty.recall() == 1.0);
    Counts wrong;
    wrong.predicted = 2;
    wrong.sure = 3;
    CHECK(wrong.precision() == 0.0);
    CHECK(wrong.recall() == 0.0);
    CHECK(wrong.f1() == 0.0);
}

TEST_CASE("Counts add field by field") {
    Counts a;
    a.predicted = 3;
    a.predicted_correct = 2;
    a.sure = 4;
    a.sure_found = 1;
    a.gold_unmatched = 5;
    a.predicted_unmatched = 6;
    a.unmatched_agreed = 7;
    Counts b = a;
    b += a;
    CHECK(b.predicted == 6);
    CHECK(b.predicted_correct == 4);
    CHECK(b.sure == 8);
    CHECK(b.sure_found == 2);
    CHECK(b.gold_unmatched == 10);
    CHECK(b.predicted_unmatched == 12);
    CHECK(b.unmatched_agreed == 14);
    CHECK(b.precision() == doctest::Approx(4.0 / 6.0));
}

TEST_CASE("score_links: an annotator read as a prediction shows only its sure links as rows") {
    // The possible L2-(R2,R3) link is no row: L2, R2 and R3 count as unmatched.
    PairScore score = score_links(example_gold(), example_gold(), 4, 5);
    CHECK(score.counts.predicted == 2);
    CHECK(score.counts.precision() == doctest::Approx(1.0));
    CHECK(score.counts.recall() == doctest::Approx(1.0));
    CHECK(score.counts.predicted_unmatched == 5);  // L2, L3, R2, R3, R4
    CHECK(score.counts.unmatched_agreed == 2);     // L3, R4
}
