// Tests for render/series_wording: how each change is said in the
// terminal, Markdown and HTML reports.
#include <doctest/doctest.h>

#include "render/series_wording.h"
#include "series_readouts.h"

using namespace readoutdiff::render;
using readoutdiff::series::FormulaChange;
using readoutdiff::series::FormulaChangeKind;
using test_support::Variant;

TEST_CASE("formula changes: variants named, first appearances and returns said once") {
    auto timeline = test_support::hostile_timeline();
    const auto& us = timeline.lanes[0];
    FormulaChange change{FormulaChangeKind::variant_changed,
                         "taiwan-independence",
                         {Variant::us},
                         {Variant::prc},
                         {"does not support taiwan independence"},
                         {"oppose taiwan independence"},
                         {"oppose taiwan independence"},
                         std::nullopt,
                         {0, 1},
                         {1, 1}};
    CHECK(
        formula_change_text(change) ==
        "taiwan-independence: \u201Cdoes not support taiwan independence\u201D (US wording) \u2192 \u201Coppose taiwan "
        "independence\u201D (PRC wording)");
    CHECK(formula_change_notes(change, us) == "first in the series");
    change.terms_after.push_back("taiwan independence forces");
    CHECK(formula_change_notes(change, us) == "first in the series: \u201Coppose taiwan independence\u201D");
    change.kind = FormulaChangeKind::dropped;
    change.returns = 1;
    CHECK(formula_change_notes(change, us) == "back in US 2 (2031-02-01)");
    change.returns.reset();
    CHECK(formula_change_notes(change, us) == "not used again in the series");
}

TEST_CASE("counts, lane headings and the summary line") {
    auto timeline = test_support::hostile_timeline();
    CHECK(lane_heading(timeline.lanes[0]) == "US: 2 readouts, 2031-01-01 to 2031-02-01");
    CHECK(readout_label(timeline.lanes[1], 1) == "PRC 2 (2031-02-02)");
    CHECK(timeline_summary(timeline) == "4 readouts: US 2, PRC 2; 1 left out");
    CHECK(meeting_words_text(timeline.lanes[0].entries[1].step->meeting_words) ==
          "+ frank \u00B7 - candid \u00B7 rungs + frank (first in the series: frank) - candid");
}
