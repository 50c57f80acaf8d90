// Tests for batch/summary_totals: the one wording of the counts, readouts
// in no pair included when --pair auto left any out.
#include <doctest/doctest.h>

#include "batch/summary_totals.h"

using namespace readoutdiff::batch;

TEST_CASE("totals_line counts pairs, and readouts in no pair apart from alternatives") {
    Summary summary;
    summary.rows.resize(2);
    summary.rows[1].gates = {"tone_gap>0.5"};
    CHECK(totals_line(totals(summary)) == "2 pairs, 1 with gates tripped, 0 outliers, 0 unreadable");
    UnpairedRow alternative;
    alternative.standing = readoutdiff::pair::Standing::alternative;
    UnpairedRow lonely;
    lonely.gates = {"unpaired"};
    summary.unpaired = {lonely, alternative};
    Totals t = totals(summary);
    CHECK(t.unpaired == 1);
    CHECK(t.alternatives == 1);
    CHECK(t.unpaired_tripped == 1);
    CHECK(totals_line(t) ==
          "2 pairs, 1 with gates tripped, 0 outliers, 0 unreadable; 1 readout in no pair, 1 alternative");
}

TEST_CASE("side_cell names a readout's side") {
    CHECK(side_cell(readoutdiff::lexicon::Side::us) == "US");
    CHECK(side_cell(readoutdiff::lexicon::Side::prc) == "PRC");
    CHECK(side_cell(readoutdiff::lexicon::Side::unknown) == "unknown");
}
