// Tests for eval/agreement and eval/annotation: every signal scored the same
// way for the tool and for an annotator, and mirroring for the other order.
#include <doctest/doctest.h>

#include <vector>

#include "eval/agreement.h"
#include "eval/annotation.h"

namespace {

using readoutdiff::eval::Agreement;
using readoutdiff::eval::agreement;
using readoutdiff::eval::Annotation;
using readoutdiff::eval::Column;
using readoutdiff::eval::Confidence;
using readoutdiff::eval::Counterpart;
using readoutdiff::eval::mirrored;
using readoutdiff::eval::Sides;
using readoutdiff::lexicon::Side;

Annotation gold() {
    Annotation a;
    a.pair = "p";
    a.split = "real";
    a.links = {{{1}, {1}, true}, {{3}, {2}, true}};
    a.counterparts = std::vector<Counterpart>{{"meeting", {1, 3}, {1, 2}}, {"taiwan", {4}, {5, 6}}};
    a.more_confrontational = Column::right;
    a.confidence = Confidence::clear;
    a.characterization = {{"candid", "constructive"}, {"in-depth", "exchanged views"}};
    a.topics_only = {{"military"}, {}};
    a.agreements = {{2}, {}};
    a.requested_by = Column::neither;
    a.speakers = Sides<std::vector<Side>>{{Side::unknown, Side::us, Side::both, Side::us},
                                          {Side::unknown, Side::both, Side::prc, Side::prc, Side::prc, Side::prc}};
    return a;
}

}  // namespace

TEST_CASE("agreement of an annotation with itself is perfect on every signal") {
    Agreement a = agreement(gold(), gold(), 4, 6);
    CHECK(a.harsher.right == 1);
    CHECK(a.harsher_clear.right == 1);
    CHECK(a.harsher_unsure.total == 0);
    CHECK(a.meeting_words_exact.right == 2);
    CHECK(a.meeting_words.precision() == 1.0);
    CHECK(a.topics_only.recall() == 1.0);
    CHECK(a.agreements.f1() == 1.0);
    CHECK(a.asked.right == 1);
    CHECK(a.speakers.right == 10);
    CHECK(a.sides.right == 2);
    CHECK(a.links.f1() == 1.0);
    CHECK(a.counterparts.predicted == 6);  // (1,1) (1,2) (3,1) (3,2) (4,5) (4,6)
    CHECK(a.counterparts.f1() == 1.0);
}

TEST_CASE("agreement compares meeting words by stems and counts exact sides") {
    Annotation predicted = gold();
    predicted.characterization = {{"constructive", "candid"}, {"in depth", "exchange views", "strategic"}};
    Agreement a = agreement(predicted, gold(), 4, 6);
    CHECK(a.meeting_words_exact.right == 1);  // the right side adds "strategic"
    CHECK(a.meeting_words.predicted == 5);
    CHECK(a.meeting_words.agreed == 4);
}

TEST_CASE("agreement counts exchanged views, which a reader may list, only where both list it") {
    Annotation predicted = gold();
    Annotation unlisted = gold();
    unlisted.characterization.right = {"in-depth"};
    predicted.characterization.left = {"candid", "constructive", "exchange views"};
    Agreement a = agreement(predicted, unlisted, 4, 6);
    CHECK(a.meeting_words_exact.right == 2);  // listed by one hand only, on either side: no miss
    CHECK(a.meeting_words.predicted == 3);
    CHECK(a.meeting_words.gold == 3);
    CHECK(a.meeting_words.agreed == 3);
    Agreement both = agreement(gold(), gold(), 4, 6);
    CHECK(both.meeting_words.agreed == 4);  // listed by both, it agrees as any word
}

TEST_CASE("agreement: a near tie in gold is right when the prediction does not call it either") {
    Annotation unsure = gold();
    unsure.confidence = Confidence::fair;
    Annotation predicted = gold();
    predicted.more_confrontational = Column::neither;
    Agreement a = agreement(predicted, unsure, 4, 6);
    CHECK(a.harsher.right == 0);
    CHECK(a.harsher_clear.total == 0);
    CHECK(a.harsher_unsure.right == 1);
    predicted.more_confrontational = Column::left;
    predicted.confidence = Confidence::clear;
    CHECK(agreement(predicted, unsure, 4, 6).harsher_unsure.right == 0);
}

TEST_CASE("agreement of counterparts counts the sentence pairs each puts side by side") {
    Annotation predicted = gold();
    predicted.counterparts = std::vector<Counterpart>{{"first", {1}, {1, 2}}, {"other label", {4}, {5}}, {"x", {2}, {3}}};
    Agreement a = agreement(predicted, gold(), 4, 6);
    CHECK(a.counterparts.predicted == 4);
    CHECK(a.counterparts.agreed == 3);
    CHECK(a.counterparts.gold == 6);
}

TEST_CASE("agreement: a prediction without sections scores zero recall on annotated sections") {
    Annotation predicted = gold();
    predicted.counterparts.reset();
    Agreement a = agreement(predicted, gold(), 4, 6);
    CHECK(a.has_counterparts);
    CHECK(a.counterparts.recall() == 0.0);
}

TEST_CASE("mirrored swaps every side of an annotation, and twice is the identity") {
    Annotation m = mirrored(gold());
    CHECK(m.more_confrontational == Column::left);
    CHECK(m.characterization.left == gold().characterization.right);
    CHECK(m.links[1].left == std::vector<int>{2});
    CHECK((*m.counterparts)[1].right == std::vector<int>{4});
    CHECK(m.readout.left == Side::prc);
    CHECK(agreement(mirrored(m), gold(), 4, 6).links.f1() == 1.0);
    CHECK(agreement(mirrored(m), gold(), 4, 6).speakers.right == 10);
}
