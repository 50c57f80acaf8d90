// Tests for pair/candidates, pair/content and pair/years: who may be whose
// counterpart (principals, dates, kinds), how alike two readouts' contents
// are, and the year a date given without one takes.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pair/candidates.h"
#include "pair/content.h"
#include "pair/years.h"

namespace {

using namespace readoutdiff::pair;

Readout readout(const std::string& path, Side side, const std::string& date, const std::string& us,
                const std::string& prc, MeetingKind kind = MeetingKind::unknown,
                std::vector<std::string> terms = {"relations"}) {
    Readout r;
    r.path = path;
    r.side = side;
    if (date.size() == 10) {
        r.day = readoutdiff::text::day_number(*readoutdiff::text::parse_iso_date(date));
    } else {
        r.year_less = readoutdiff::text::CalendarDate{0, static_cast<unsigned>(std::stoi(date.substr(0, 2))),
                                                      static_cast<unsigned>(std::stoi(date.substr(3, 2)))};
    }
    r.principals.us = us;
    r.principals.prc = prc;
    r.kind = kind;
    r.terms = std::move(terms);
    return r;
}

std::vector<std::string> candidates_of(const std::vector<Readout>& readouts, long window = 3) {
    std::vector<std::string> out;
    for (const Candidate& c : find_candidates(readouts, content_vectors(readouts), window)) {
        out.push_back(readouts[c.us].path + "+" + readouts[c.prc].path);
    }
    return out;
}

std::string date_of(const Readout& r) {
    return r.day ? readoutdiff::text::to_iso(readoutdiff::text::date_of_day(*r.day)) : "none";
}

}  // namespace

TEST_CASE("candidates: the same principals, within the window, not a call and a meeting, best fit first") {
    std::vector<Readout> readouts = {
        readout("us.txt", Side::us, "2025-06-05", "trump", "xi-jinping", MeetingKind::remote, {"taiwan", "trade"}),
        readout("prc-same-day.txt", Side::prc, "2025-06-05", "trump", "xi-jinping", MeetingKind::unknown, {"soybeans"}),
        readout("prc-next-day.txt", Side::prc, "2025-06-06", "trump", "xi-jinping", MeetingKind::remote,
                {"taiwan", "trade"}),
        readout("prc-too-late.txt", Side::prc, "2025-06-09", "trump", "xi-jinping"),
        readout("prc-meeting.txt", Side::prc, "2025-06-05", "trump", "xi-jinping", MeetingKind::in_person),
        readout("prc-others.txt", Side::prc, "2025-06-05", "rubio", "wang-yi"),
        readout("us-too.txt", Side::us, "2025-06-05", "trump", "xi-jinping")};
    std::vector<Candidate> found = find_candidates(readouts, content_vectors(readouts), 3);
    // us.txt is a call: never prc-meeting.txt; prc-too-late.txt is 4 days away, prc-others.txt another meeting's.
    CHECK(candidates_of(readouts) == std::vector<std::string>{"us-too.txt+prc-meeting.txt", "us.txt+prc-next-day.txt",
                                                              "us-too.txt+prc-same-day.txt", "us.txt+prc-same-day.txt",
                                                              "us-too.txt+prc-next-day.txt"});
    CHECK(found[1].us_day + 1 == found[1].prc_day);
    CHECK(found[1].similarity == doctest::Approx(1.0));
    CHECK(found[1].fit == doctest::Approx(found[1].similarity - kDayCost));
}

TEST_CASE("candidates: a readout naming its own principal by office meets those naming its counterpart") {
    Readout us = readout("us.txt", Side::us, "2025-07-11", "", "wang-yi");
    us.principals.us_by_office = true;
    std::vector<Readout> readouts = {us, readout("prc.txt", Side::prc, "2025-07-11", "rubio", "wang-yi"),
                                     readout("prc-other.txt", Side::prc, "2025-07-11", "rubio", "dong-jun")};
    std::vector<Candidate> found = find_candidates(readouts, content_vectors(readouts), 3);
    REQUIRE(found.size() == 1);
    CHECK(readouts[found[0].prc].path == "prc.txt");
    CHECK(found[0].by_office);
    CHECK(found[0].fit == doctest::Approx(found[0].similarity - kOfficeCost));
}

TEST_CASE("pairable: read, English, a side, a date of one year, both principals") {
    Readout r = readout("us.txt", Side::us, "2025-06-05", "trump", "xi-jinping");
    CHECK(pairable(r));
    Readout no_side = r;
    no_side.side = Side::unknown;
    CHECK_FALSE(pairable(no_side));
    Readout no_official = r;
    no_official.principals.prc.clear();
    CHECK_FALSE(pairable(no_official));
    Readout several_years = readout("prc.txt", Side::prc, "06-05", "trump", "xi-jinping");
    CHECK(pairable(several_years));
    several_years.possible_years = {2024, 2025};
    CHECK_FALSE(pairable(several_years));
    Readout unreadable = r;
    unreadable.problem = ReadoutProblem::unreadable;
    CHECK_FALSE(pairable(unreadable));
}

TEST_CASE("content similarity: 1 for the same words, 0 for none shared, rare shared words weigh more") {
    std::vector<Readout> readouts = {
        readout("a", Side::us, "2025-01-01", "x", "y", MeetingKind::unknown, {"china", "luxembourg"}),
        readout("b", Side::prc, "2025-01-01", "x", "y", MeetingKind::unknown, {"china", "luxembourg"}),
        readout("c", Side::prc, "2025-01-01", "x", "y", MeetingKind::unknown, {"china", "trade"}),
        readout("d", Side::prc, "2025-01-01", "x", "y", MeetingKind::unknown, {"fentanyl"}),
        readout("e", Side::prc, "2025-01-01", "x", "y", MeetingKind::unknown, {"luxembourg", "trade"})};
    std::vector<readoutdiff::align::SparseVector> v = content_vectors(readouts);
    CHECK(similarity(v[0], v[1]) == doctest::Approx(1.0));
    CHECK(similarity(v[0], v[3]) == 0.0);
    // "china" is in three readouts, "luxembourg" in three too but "trade" only in two: c and e share trade with neither
    // a.
    CHECK(similarity(v[0], v[2]) == doctest::Approx(similarity(v[0], v[4])));
    std::vector<Readout> rare = {
        readout("a", Side::us, "2025-01-01", "x", "y", MeetingKind::unknown, {"china", "luxembourg"}),
        readout("b", Side::prc, "2025-01-01", "x", "y", MeetingKind::unknown, {"china", "bali"}),
        readout("c", Side::prc, "2025-01-01", "x", "y", MeetingKind::unknown, {"china", "luxembourg"}),
        readout("d", Side::prc, "2025-01-01", "x", "y", MeetingKind::unknown, {"china"})};
    std::vector<readoutdiff::align::SparseVector> w = content_vectors(rare);
    CHECK(similarity(w[0], w[2]) > similarity(w[0], w[1]));
}

TEST_CASE("resolve_years: the one year in which readouts of the same officials fit the month and day") {
    std::vector<Readout> readouts = {
        readout("us-2023.txt", Side::us, "2023-10-14", "blinken", "wang-yi", MeetingKind::remote),
        readout("wire.txt", Side::prc, "10-15", "blinken", "wang-yi", MeetingKind::remote),
        readout("us-meeting.txt", Side::us, "2024-10-15", "blinken", "wang-yi", MeetingKind::in_person),
        readout("lonely.txt", Side::prc, "03-01", "blinken", "wang-yi")};
    resolve_years(readouts, 3);
    CHECK(date_of(readouts[1]) == "2023-10-15");
    CHECK(readouts[1].year_from_others);
    CHECK_FALSE(readouts[1].year_less.has_value());
    CHECK(date_of(readouts[3]) == "none");
    CHECK(readouts[3].possible_years.empty());
    SUBCASE("fitting readouts of two years, it takes neither") {
        readouts.push_back(readout("us-2024.txt", Side::us, "2024-10-13", "blinken", "wang-yi"));
        readouts[1] = readout("wire.txt", Side::prc, "10-15", "blinken", "wang-yi", MeetingKind::remote);
        resolve_years(readouts, 3);
        CHECK(date_of(readouts[1]) == "none");
        CHECK(readouts[1].possible_years == std::vector<int>{2023, 2024});
    }
    SUBCASE("its own side's readouts fit within a day only") {
        std::vector<Readout> own = {readout("prc-long.txt", Side::prc, "2023-10-12", "blinken", "wang-yi"),
                                    readout("wire.txt", Side::prc, "10-14", "blinken", "wang-yi")};
        resolve_years(own, 3);
        CHECK(date_of(own[1]) == "none");
        own[0] = readout("prc-long.txt", Side::prc, "2023-10-13", "blinken", "wang-yi");
        own[1] = readout("wire.txt", Side::prc, "10-14", "blinken", "wang-yi");
        resolve_years(own, 3);
        CHECK(date_of(own[1]) == "2023-10-14");
    }
}
