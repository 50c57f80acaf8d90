// Tests for series/meeting_words_move: words for the meeting added and
// dropped, and rungs of the ladder gained and lost.
#include <doctest/doctest.h>

#include "series/meeting_words_move.h"
#include "series_readouts.h"

using readoutdiff::series::meeting_words_move;
using readoutdiff::series::Occurrences;
using readoutdiff::series::rung_key;
using test_support::Category;
using test_support::ReadoutBuilder;

TEST_CASE("'candid and constructive' losing 'constructive' loses the constructive rung") {
    ReadoutBuilder before("a", "2031-01-01"), after("b", "2031-02-01");
    int s = before.sentence("The talks were candid and constructive.");
    before.word("candid", Category::candid, s).word("constructive", Category::constructive, s);
    after.sentence("Opening.");
    int t = after.sentence("The talks were candid.");
    after.word("candid", Category::candid, t);
    Occurrences rungs;
    rungs.add(rung_key(Category::candid), 0);
    rungs.add(rung_key(Category::constructive), 0);
    rungs.add(rung_key(Category::candid), 1);
    auto move = meeting_words_move(before.readout, 0, after.readout, 1, rungs);
    CHECK(move.changed());
    CHECK(move.added.empty());
    CHECK(move.dropped == std::vector<std::string>{"constructive"});
    CHECK(move.rungs_lost == std::vector<Category>{Category::constructive});
    CHECK(move.rungs_gained.empty());
    CHECK(move.before.sentence == 1);
    CHECK(move.after.sentence == 2);
}

TEST_CASE("a rung no earlier readout reached is gained for the first time in the series; rungs come warmest first") {
    ReadoutBuilder before("a", "2031-01-01"), after("b", "2031-02-01");
    int s = before.sentence("They exchanged views.");
    before.word("exchange views", Category::exchanged_views, s);
    int t = after.sentence("A frank and productive meeting.");
    after.word("frank", Category::frank, t).word("productive", Category::constructive, t);
    Occurrences rungs;
    rungs.add(rung_key(Category::exchanged_views), 0);
    rungs.add(rung_key(Category::frank), 1);
    rungs.add(rung_key(Category::constructive), 1);
    auto move = meeting_words_move(before.readout, 0, after.readout, 1, rungs);
    CHECK(move.rungs_gained == std::vector<Category>{Category::constructive, Category::frank});
    CHECK(move.rungs_first_in_series == std::vector<Category>{Category::constructive, Category::frank});
    CHECK(move.rungs_lost == std::vector<Category>{Category::exchanged_views});
}

TEST_CASE("the same words are no change") {
    ReadoutBuilder before("a", "2031-01-01"), after("b", "2031-02-01");
    int s = before.sentence("Candid talks.");
    before.word("candid", Category::candid, s);
    int t = after.sentence("Candid talks again, candid.");
    after.word("candid", Category::candid, t).word("candid", Category::candid, t);
    Occurrences rungs;
    CHECK_FALSE(meeting_words_move(before.readout, 0, after.readout, 1, rungs).changed());
}
