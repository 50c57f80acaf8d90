// Tests for pair/reasons: how a readout is named in every reason.
#include <doctest/doctest.h>

#include "pair/reasons.h"

namespace {

using namespace readoutdiff::pair;

Readout readout(Side side, long day, const std::string& us, const std::string& prc) {
    Readout r;
    r.side = side;
    r.day = day;
    r.principals.us = us;
    r.principals.prc = prc;
    return r;
}

constexpr long kJune5th2025 = 20244;

}  // namespace

TEST_CASE("describe names the side, the date and the principals, its own first") {
    CHECK(describe(readout(Side::prc, kJune5th2025, "trump", "xi-jinping")) ==
          "PRC readout of 2025-06-05, Xi Jinping with Trump");
    CHECK(describe(readout(Side::us, kJune5th2025, "trump", "xi-jinping")) ==
          "US readout of 2025-06-05, Trump with Xi Jinping");
    Readout call = readout(Side::us, kJune5th2025, "trump", "xi-jinping");
    call.kind = MeetingKind::remote;
    CHECK(describe(call) == "US readout of 2025-06-05, Trump with Xi Jinping (call)");
    Readout office = readout(Side::us, kJune5th2025, "", "wang-yi");
    office.principals.us_by_office = true;
    CHECK(describe(office) == "US readout of 2025-06-05, its principal (named by office) with Wang Yi");
    Readout bare;
    CHECK(describe(bare) == "readout");
    Readout year_less = readout(Side::prc, 0, "", "wang-yi");
    year_less.day.reset();
    year_less.year_less = readoutdiff::text::CalendarDate{0, 7, 8};
    CHECK(describe(year_less) == "PRC readout of 07-08 (no year), Wang Yi");
}

TEST_CASE("pair_reason gives both dates with where a dateline's year came from, the principals and the similarity") {
    Readout us = readout(Side::us, kJune5th2025, "trump", "xi-jinping");
    Readout prc = readout(Side::prc, kJune5th2025 + 1, "trump", "xi-jinping");
    prc.date_origin = readoutdiff::text::DateOrigin::dateline;
    prc.year_from_others = true;
    CHECK(pair_reason(us, prc, kJune5th2025, kJune5th2025 + 1, 0.123) ==
          "US 2025-06-05, PRC 2025-06-06 (dateline, year from readouts of the same officials) (1 day); principals "
          "Trump and Xi Jinping; similarity 0.12");
    CHECK(days_apart_text(0) == "same day");
    CHECK(days_apart_text(3) == "3 days");
}
