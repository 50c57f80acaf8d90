// Tests for series/timeline_builder: lanes per side in date order, steps
// against the previous readout of the same side, means and deviations,
// series spans, and the --side and --topic filters.
#include <doctest/doctest.h>

#include "series/timeline_builder.h"
#include "series_readouts.h"

namespace {

using readoutdiff::series::build_timeline;
using readoutdiff::series::Collection;
using readoutdiff::series::Timeline;
using readoutdiff::series::TimelineOptions;
using test_support::ReadoutBuilder;
using test_support::Side;
using test_support::Variant;

Collection sample() {
    Collection c;
    c.topics = {{"taiwan", "Taiwan"}, {"climate", "Climate"}};
    ReadoutBuilder us2("us-b.txt", "2031-05-01", Side::us), us1("us-a.txt", "2031-01-01", Side::us),
        prc1("prc-a.txt", "2031-01-02", Side::prc), us3("us-c.txt", "2031-05-01", Side::us);
    int a = us1.sentence("One China policy, on Taiwan.", 0.1, {"taiwan"});
    us1.formula("one-china", Variant::us, "one china policy", a).topic("taiwan", 0.5, 1).tone(0.1, 0.0);
    int b = us2.sentence("Climate work.", 0.4, {"climate"});
    us2.formula("climate-words", Variant::us, "clean energy", b).topic("climate", 0.5, 1).tone(0.3, 0.0);
    int c2 = us3.sentence("Guardrails on Taiwan.", -0.5, {"taiwan"});
    us3.formula("guardrails", Variant::us, "veer into conflict", c2).topic("taiwan", 0.4, 1).tone(-0.4, 0.5);
    prc1.sentence("One-China principle.", 0);
    prc1.formula("one-china", Variant::prc, "one-china principle", 1).tone(0, 0);
    for (auto* r : {&us2, &us1, &prc1, &us3}) c.readouts.push_back(r->readout);
    c.found = 5;
    c.left_out.push_back({"undated.txt", readoutdiff::series::LeftOutReason::undated});
    return c;
}

}  // namespace

TEST_CASE("lanes per side, readouts by date then path, each step against the previous readout of its side") {
    Timeline t = build_timeline(sample(), {});
    REQUIRE(t.lanes.size() == 2);
    CHECK(t.lanes[0].side == Side::us);
    CHECK(t.lanes[1].side == Side::prc);
    const auto& us = t.lanes[0];
    REQUIRE(us.entries.size() == 3);
    CHECK(us.entries[0].readout.path == "us-a.txt");
    CHECK(us.entries[1].readout.path == "us-b.txt");  // same date as us-c.txt: path decides
    CHECK(us.entries[2].readout.path == "us-c.txt");
    CHECK_FALSE(us.entries[0].step.has_value());
    REQUIRE(us.entries[2].step.has_value());
    CHECK(us.entries[2].step->previous == 1);
    CHECK(us.mean_tone == doctest::Approx(0.0));
    CHECK(us.entries[1].tone_deviation == doctest::Approx(0.3));
    CHECK(t.found == 5);
    CHECK(t.left_out.size() == 1);
    // The series: each formula with its first and last readout.
    REQUIRE(us.formulas.size() == 3);
    CHECK(us.formulas[0].term == "one china policy");
    CHECK(us.formulas[0].first == 0);
    CHECK(us.formulas[0].last == 0);
    CHECK(us.formulas[0].readouts == 1);
    REQUIRE(us.topics.size() == 2);  // catalogue order: taiwan, climate
    CHECK(us.topics[0].id == "taiwan");
    CHECK(us.topics[0].first == 0);
    CHECK(us.topics[0].last == 2);
    CHECK(us.topics[0].readouts == 2);
    CHECK(us.topics[0].mean_share == doctest::Approx(0.3));
    CHECK(us.text_of({2, 1}) == "Guardrails on Taiwan.");
}

TEST_CASE("--side keeps one lane; --topic keeps the topic and the formulas of its sentences") {
    Timeline prc_only = build_timeline(sample(), {Side::prc, ""});
    REQUIRE(prc_only.lanes.size() == 1);
    CHECK(prc_only.lanes[0].side == Side::prc);

    Timeline taiwan = build_timeline(sample(), {Side::us, "taiwan"});
    const auto& us = taiwan.lanes[0];
    CHECK(us.entries[1].readout.formulas.empty());  // the climate sentence's formula is off the topic
    CHECK(us.entries[1].readout.topics.empty());
    REQUIRE(us.entries[2].readout.topics.size() == 1);
    for (const auto& entry : us.entries) {
        if (!entry.step) continue;
        for (const auto& move : entry.step->topics) CHECK(move.id == "taiwan");
    }
}
