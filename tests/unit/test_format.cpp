// Tests for render/format: the wording every human-readable report shares.
#include <doctest/doctest.h>

#include "render/format.h"

using readoutdiff::render::count_of;
using readoutdiff::render::label_list;

TEST_CASE("count_of says one noun in the singular and others in the plural") {
    CHECK(count_of(0, "sentence") == "0 sentences");
    CHECK(count_of(1, "sentence") == "1 sentence");
    CHECK(count_of(2, "readout") == "2 readouts");
}

TEST_CASE("label_list keeps labels holding commas apart") {
    CHECK(label_list({}) == "—");
    CHECK(label_list({"Taiwan"}) == "Taiwan");
    CHECK(label_list({"Technology, export controls", "Fentanyl, counternarcotics"}) ==
          "Technology, export controls; Fentanyl, counternarcotics");
}
