// Tests for series/occurrences: first appearance and next return of a key
// along a side's readouts.
#include <doctest/doctest.h>

#include "series/occurrences.h"

using readoutdiff::series::Occurrences;

TEST_CASE("a key's first readout and the next one after a position") {
    Occurrences o;
    o.add("veer", 0);
    o.add("veer", 0);  // twice in one readout counts once
    o.add("veer", 3);
    o.add("red-line", 2);
    CHECK(o.positions("veer") == std::vector<size_t>{0, 3});
    CHECK(o.first_at("veer", 0));
    CHECK_FALSE(o.first_at("veer", 3));
    CHECK(o.first_at("red-line", 2));
    CHECK(o.next_after("veer", 0) == 3u);
    CHECK(o.next_after("veer", 1) == 3u);
    CHECK_FALSE(o.next_after("veer", 3).has_value());
}

TEST_CASE("an unknown key has no positions, no first readout and no return") {
    Occurrences o;
    CHECK(o.positions("none").empty());
    CHECK_FALSE(o.first_at("none", 0));
    CHECK_FALSE(o.next_after("none", 0).has_value());
}
