// Tests for series/tone_move: score and confrontation shifts and the
// sentences that moved them (new ones pushing the way the score went, gone
// ones that held it back; repeated ones never).
#include <doctest/doctest.h>

#include "series/tone_move.h"
#include "series_readouts.h"

using readoutdiff::series::tone_move;
using test_support::ReadoutBuilder;

namespace {
auto everything = [](size_t, int) { return true; };
}

TEST_CASE("a harsher readout is moved by its new harsh sentences and by the gone warm ones") {
    ReadoutBuilder before("a", "2031-01-01"), after("b", "2031-02-01");
    before.sentence("They met.", 0);
    before.sentence("They agreed to cooperate on climate.", 0.6);
    before.sentence("He raised concerns.", -0.3);
    before.tone(0.1, 0.1, 0.2);
    after.sentence("They met.", 0);
    after.sentence("He raised concerns.", -0.3);  // repeated word for word: moves nothing
    after.sentence("He condemned the harassment.", -0.9);
    after.tone(-0.4, 0.4, 0);
    auto move = tone_move(before.readout, 0, after.readout, 1, everything);
    CHECK(move.score.change() == doctest::Approx(-0.5));
    CHECK(move.confrontation.change() == doctest::Approx(0.3));
    REQUIRE(move.score_drivers.size() == 2);
    CHECK(move.score_drivers[0].sentence.readout == 1);
    CHECK(move.score_drivers[0].sentence.sentence == 3);
    CHECK(move.score_drivers[0].weight == doctest::Approx(0.3));  // 0.9 of 3 sentences
    CHECK(move.score_drivers[1].sentence.readout == 0);           // the gone cooperative sentence
    CHECK(move.score_drivers[1].sentence.sentence == 2);
    REQUIRE(move.confrontation_drivers.size() == 1);  // only the new harsh one adds confrontation
    CHECK(move.confrontation_drivers[0].sentence.sentence == 3);
}

TEST_CASE("a softer readout's confrontation fell with the harsh sentences that are gone") {
    ReadoutBuilder before("a", "2031-01-01"), after("b", "2031-02-01");
    before.sentence("He condemned the harassment.", -0.9);
    before.sentence("He warned against provocations.", -0.5);
    before.tone(-0.6, 0.7);
    after.sentence("They welcomed progress.", 0.5);
    after.tone(0.4, 0);
    auto move = tone_move(before.readout, 0, after.readout, 1, everything);
    REQUIRE(move.confrontation_drivers.size() == 2);
    CHECK(move.confrontation_drivers[0].sentence.readout == 0);
    CHECK(move.confrontation_drivers[0].sentence.sentence == 1);
    CHECK(move.confrontation_drivers[1].sentence.sentence == 2);
}

TEST_CASE("no move, no drivers; at most three drivers; only sentences in focus") {
    ReadoutBuilder before("a", "2031-01-01"), after("b", "2031-02-01");
    before.tone(0.2, 0.1);
    after.tone(0.2, 0.1);
    after.sentence("Different words.", -0.5);
    CHECK(tone_move(before.readout, 0, after.readout, 1, everything).score_drivers.empty());

    ReadoutBuilder harsh("c", "2031-03-01");
    for (int k = 0; k < 5; ++k) harsh.sentence("Harsh sentence " + std::to_string(k) + ".", -0.2 - 0.1 * k);
    harsh.tone(-0.6, 0.6);
    auto move = tone_move(after.readout, 1, harsh.readout, 2, everything);
    CHECK(move.score_drivers.size() == readoutdiff::series::kDriversPerScore);
    CHECK(move.score_drivers[0].sentence.sentence == 5);
    auto only_second =
        tone_move(after.readout, 1, harsh.readout, 2, [](size_t readout, int id) { return readout == 2 && id == 2; });
    REQUIRE(only_second.score_drivers.size() == 1);
    CHECK(only_second.score_drivers[0].sentence.sentence == 2);
}
