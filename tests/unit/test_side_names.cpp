// Tests for batch/side_names: summaries say US and PRC when the pair's sides
// were detected, in either order, and left and right otherwise.
#include <doctest/doctest.h>

#include "batch/side_names.h"

using namespace readoutdiff::batch;
using readoutdiff::lexicon::Side;

TEST_CASE("sides_in_order puts the US readout first when detected") {
    SummaryRow row;
    row.left.side = Side::prc;
    row.right.side = Side::us;
    SidesInOrder sides = sides_in_order(row);
    CHECK(sides.detected);
    CHECK(sides.us == &row.right);
    CHECK(sides.prc == &row.left);
    CHECK(side_name(row, true) == "PRC");
    row.more_confrontational = readoutdiff::compare::Column::left;
    CHECK(harsher_name(row) == "PRC");
}

TEST_CASE("sides_in_order keeps the layout's order when the sides are not one US and one PRC") {
    SummaryRow row;
    row.left.side = Side::us;
    row.right.side = Side::us;
    SidesInOrder sides = sides_in_order(row);
    CHECK_FALSE(sides.detected);
    CHECK(sides.us == &row.left);
    CHECK(side_name(row, false) == "right");
    CHECK(harsher_name(row) == "neither");
}
