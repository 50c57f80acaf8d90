// Tests for series/topic_moves: topics raised for the first time, raised
// again, dropped, and moved; which moves are notable.
#include <doctest/doctest.h>

#include "series/topic_moves.h"
#include "series_readouts.h"

using readoutdiff::lexicon::Topic;
using readoutdiff::series::Occurrences;
using readoutdiff::series::topic_moves;
using readoutdiff::series::TopicChange;
using test_support::ReadoutBuilder;

TEST_CASE("a topic moving from last to first, one raised, one dropped, one raised again") {
    std::vector<Topic> catalogue = {
        {"taiwan", "Taiwan"}, {"trade", "Trade"}, {"climate", "Climate"}, {"fentanyl", "Fentanyl"}};
    ReadoutBuilder r0("a", "2031-01-01"), r1("b", "2031-02-01"), r2("c", "2031-03-01");
    r0.topic("climate", 0.2, 1);
    r1.topic("trade", 0.30, 1).topic("climate", 0.1, 2).topic("taiwan", 0.12, 3);
    r2.topic("taiwan", 0.14, 1).topic("trade", 0.32, 2).topic("fentanyl", 0.2, 3);
    Occurrences topics;
    for (const auto& [r, k] : {std::pair{&r0, 0}, {&r1, 1}, {&r2, 2}}) {
        for (const auto& t : r->readout.topics) topics.add(t.id, static_cast<size_t>(k));
    }
    auto moves = topic_moves(r1.readout, r2.readout, 2, catalogue, topics);
    REQUIRE(moves.size() == 4);  // catalogue order: taiwan, trade, climate, fentanyl
    CHECK(moves[0].id == "taiwan");
    CHECK(moves[0].change == TopicChange::moved);
    CHECK(moves[0].before->rank == 3);
    CHECK(moves[0].after->rank == 1);
    CHECK(moves[0].notable);  // into first place, though its share moved by 2 points only
    CHECK(moves[1].id == "trade");
    CHECK(moves[1].notable);  // out of first place, though its share moved by 2 points only
    CHECK(moves[2].id == "climate");
    CHECK(moves[2].change == TopicChange::dropped);
    CHECK_FALSE(moves[2].returns.has_value());
    CHECK(moves[3].id == "fentanyl");
    CHECK(moves[3].change == TopicChange::first_in_series);
    auto earlier = topic_moves(r0.readout, r1.readout, 1, catalogue, topics);
    CHECK(earlier[2].id == "climate");
    CHECK(earlier[2].change == TopicChange::moved);
    CHECK(earlier[2].notable);  // 20% to 10%: the share moved by 10 points
}

TEST_CASE("a topic back after a gap is raised again, and its drop says when it returns") {
    std::vector<Topic> catalogue = {{"climate", "Climate"}};
    ReadoutBuilder r0("a", "2031-01-01"), r1("b", "2031-02-01"), r2("c", "2031-03-01");
    r0.topic("climate", 0.2, 1);
    r2.topic("climate", 0.2, 1);
    Occurrences topics;
    topics.add("climate", 0);
    topics.add("climate", 2);
    auto dropped = topic_moves(r0.readout, r1.readout, 1, catalogue, topics);
    REQUIRE(dropped.size() == 1);
    CHECK(dropped[0].change == TopicChange::dropped);
    CHECK(dropped[0].returns == 2u);
    auto again = topic_moves(r1.readout, r2.readout, 2, catalogue, topics);
    CHECK(again[0].change == TopicChange::raised_again);
}
