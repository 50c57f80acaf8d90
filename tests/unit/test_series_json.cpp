// Tests for render/series_json: valid JSON in the contract's shape, with
// positions, changes and the sentences they point at.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "render/series_json.h"
#include "series_readouts.h"

TEST_CASE("the series JSON follows its contract") {
    std::ostringstream out;
    readoutdiff::render::write_series_json(test_support::hostile_timeline(), out);
    nlohmann::json j = nlohmann::json::parse(out.str());
    CHECK(j["schema_version"] == "1");
    CHECK(j["kind"] == "series");
    CHECK(j["found"] == 5);
    CHECK(j["filters"]["side"].is_null());
    CHECK(j["left_out"][0]["reason"] == "undated");
    REQUIRE(j["lanes"].size() == 2);
    const auto& us = j["lanes"][0];
    CHECK(us["side"] == "us");
    REQUIRE(us["readouts"].size() == 2);
    CHECK(us["readouts"][0]["position"] == 1);
    CHECK(us["readouts"][0]["against_previous"].is_null());
    CHECK(us["readouts"][0]["source"] ==
          "javascript:alert(2)");  // data is kept as it is; only the HTML refuses the link
    const auto& step = us["readouts"][1]["against_previous"];
    CHECK(step["previous"] == 1);
    REQUIRE(step["code_phrases"].size() == 2);
    CHECK(step["code_phrases"][0]["change"] == "added");
    CHECK(step["code_phrases"][0]["group"] == "taiwan-independence");
    CHECK(step["code_phrases"][0]["sentences"]["before"].is_null());
    CHECK(step["code_phrases"][0]["sentences"]["after"]["text"] == "The US opposes Taiwan independence.");
    CHECK(step["code_phrases"][1]["change"] == "dropped");
    CHECK(step["code_phrases"][1]["returns"].is_null());
    CHECK(step["meeting_words"]["rungs_lost"][0] == "candid");
    CHECK(step["meeting_words"]["rungs_gained"][0] == "frank");
    CHECK(step["tone"]["score"]["change"] == doctest::Approx(-0.7));
    CHECK(us["series"]["code_phrases"][0]["term"] == "one china policy");
    CHECK(us["series"]["topics"][0]["id"] == "taiwan");
}
