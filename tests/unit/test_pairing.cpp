// Tests for pair/pairing: which readouts pair, which stand beside a pair as
// alternatives, the reason given for every readout in no pair, and the
// previous pairs kept as readouts arrive.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pair/pairing.h"
#include "text/dates.h"

namespace {

using namespace readoutdiff::pair;
using readoutdiff::text::CalendarDate;

// A readout as the profiler would give it: date "yyyy-mm-dd" or "mm-dd" (no year).
Readout readout(const std::string& path, Side side, const std::string& date, const std::string& us,
                const std::string& prc, MeetingKind kind = MeetingKind::unknown, size_t words = 100,
                std::vector<std::string> terms = {"relations"}) {
    Readout r;
    r.path = path;
    r.side = side;
    if (date.size() == 10) {
        r.day = readoutdiff::text::day_number(*readoutdiff::text::parse_iso_date(date));
    } else if (date.size() == 5) {
        r.year_less = CalendarDate{0, static_cast<unsigned>(std::stoi(date.substr(0, 2))),
                                   static_cast<unsigned>(std::stoi(date.substr(3, 2)))};
    }
    r.principals.us = us;
    r.principals.prc = prc;
    r.kind = kind;
    r.words = words;
    r.terms = std::move(terms);
    return r;
}

// Each pair as "us+prc" (paths), sorted.
std::vector<std::string> pairs_of(const std::vector<Readout>& readouts, const Pairing& pairing) {
    std::vector<std::string> out;
    for (const Pair& p : pairing.pairs) out.push_back(readouts[p.us].path + "+" + readouts[p.prc].path);
    std::sort(out.begin(), out.end());
    return out;
}

const Unpaired* unpaired_of(const std::vector<Readout>& readouts, const Pairing& pairing, const std::string& path) {
    for (const Unpaired& u : pairing.unpaired) {
        if (readouts[u.readout].path == path) return &u;
    }
    return nullptr;
}
// The result points into the pairing: a temporary one would leave it dangling.
const Unpaired* unpaired_of(const std::vector<Readout>& readouts, Pairing&& pairing, const std::string& path) = delete;

Pairing pair_all(const std::vector<Readout>& readouts, long window = kDefaultWindow) {
    return pair_readouts(readouts, PreviousPairing{}, window);
}

}  // namespace

TEST_CASE("a US and a PRC readout of the same officials a day apart are a pair, with its reason") {
    std::vector<Readout> readouts = {readout("us.txt", Side::us, "2025-06-05", "trump", "xi-jinping"),
                                     readout("prc.txt", Side::prc, "2025-06-06", "trump", "xi-jinping")};
    Pairing pairing = pair_all(readouts);
    REQUIRE(pairing.pairs.size() == 1);
    CHECK(pairing.pairs[0].id == "2025-06-05-trump-xi-jinping");
    CHECK(pairing.pairs[0].date == "2025-06-05");
    CHECK(pairing.pairs[0].reason ==
          "US 2025-06-05, PRC 2025-06-06 (1 day); principals Trump and Xi Jinping; similarity 1.00");
    CHECK(pairing.unpaired.empty());
}

TEST_CASE("readouts of other officials, or further apart than the window, are not paired") {
    std::vector<Readout> readouts = {readout("a-us.txt", Side::us, "2025-06-05", "trump", "xi-jinping"),
                                     readout("b-prc.txt", Side::prc, "2025-06-05", "rubio", "wang-yi"),
                                     readout("c-prc.txt", Side::prc, "2025-06-09", "trump", "xi-jinping")};
    Pairing pairing = pair_all(readouts);
    CHECK(pairing.pairs.empty());
    REQUIRE(pairing.unpaired.size() == 3);
    CHECK(pairing.unpaired[0].standing == Standing::no_counterpart);
    CHECK(pairing.unpaired[0].reason ==
          "US readout of 2025-06-05, Trump with Xi Jinping: no PRC readout within 3 days (nearest with these "
          "principals: c-prc.txt, 4 days apart)");
    CHECK(pairing.unpaired[1].reason == "PRC readout of 2025-06-05, Wang Yi with Rubio: no US readout within 3 days");
    SUBCASE("a wider window pairs them") {
        CHECK(pairs_of(readouts, pair_all(readouts, 4)) == std::vector<std::string>{"a-us.txt+c-prc.txt"});
    }
}

TEST_CASE("a call and a meeting in person are never one meeting") {
    std::vector<Readout> readouts = {
        readout("us.txt", Side::us, "2025-03-03", "rubio", "wang-yi", MeetingKind::remote),
        readout("prc.txt", Side::prc, "2025-03-03", "rubio", "wang-yi", MeetingKind::in_person)};
    CHECK(pair_all(readouts).pairs.empty());
    readouts[1].kind = MeetingKind::unknown;
    CHECK(pair_all(readouts).pairs.size() == 1);
}

TEST_CASE("two meetings of the same officials in one week pair each with its own") {
    std::vector<Readout> readouts = {readout("call-us.txt", Side::us, "2025-03-03", "rubio", "wang-yi",
                                             MeetingKind::remote, 100, {"fentanyl", "tariffs"}),
                                     readout("call-prc.txt", Side::prc, "2025-03-04", "rubio", "wang-yi",
                                             MeetingKind::remote, 100, {"fentanyl", "farmers"}),
                                     readout("meet-us.txt", Side::us, "2025-03-06", "rubio", "wang-yi",
                                             MeetingKind::in_person, 100, {"taiwan", "geneva"}),
                                     readout("meet-prc.txt", Side::prc, "2025-03-06", "rubio", "wang-yi",
                                             MeetingKind::in_person, 100, {"taiwan", "geneva"})};
    CHECK(pairs_of(readouts, pair_all(readouts)) ==
          std::vector<std::string>{"call-us.txt+call-prc.txt", "meet-us.txt+meet-prc.txt"});
    SUBCASE("without kinds, the nearer dates and the shared words decide") {
        for (Readout& r : readouts) r.kind = MeetingKind::unknown;
        CHECK(pairs_of(readouts, pair_all(readouts)) ==
              std::vector<std::string>{"call-us.txt+call-prc.txt", "meet-us.txt+meet-prc.txt"});
    }
}

TEST_CASE("between candidates equally near, content similarity decides") {
    std::vector<Readout> readouts = {readout("us.txt", Side::us, "2025-03-03", "rubio", "wang-yi", MeetingKind::unknown,
                                             100, {"taiwan", "strait", "geneva"}),
                                     readout("prc-a.txt", Side::prc, "2025-03-03", "rubio", "wang-yi",
                                             MeetingKind::in_person, 100, {"trade", "farmers"}),
                                     readout("prc-b.txt", Side::prc, "2025-03-04", "rubio", "wang-yi",
                                             MeetingKind::remote, 100, {"taiwan", "strait"})};
    // prc-b is a day later but shares the point: similarity 0.73 less 0.1 beats 0.
    CHECK(pairs_of(readouts, pair_all(readouts)) == std::vector<std::string>{"us.txt+prc-b.txt"});
    Pairing pairing = pair_all(readouts);  // kept alive: a points into it
    const Unpaired* a = unpaired_of(readouts, pairing, "prc-a.txt");
    REQUIRE(a != nullptr);
    CHECK(a->standing == Standing::counterpart_taken);
    CHECK(
        a->reason ==
        "PRC readout of 2025-03-03, Wang Yi with Rubio (meeting): its US candidates are paired with readouts that fit "
        "them better: us.txt (pair 2025-03-03-rubio-wang-yi)");
}

TEST_CASE("a second readout of a meeting from one side is an alternative; the fullest text stands") {
    std::vector<Readout> readouts = {
        readout("us.txt", Side::us, "2023-10-14", "blinken", "wang-yi", MeetingKind::remote, 100, {"middle", "east"}),
        readout("prc-long.txt", Side::prc, "2023-10-14", "blinken", "wang-yi", MeetingKind::remote, 300,
                {"relations", "east"}),
        readout("prc-wire.txt", Side::prc, "2023-10-14", "blinken", "wang-yi", MeetingKind::remote, 60,
                {"middle", "east"})};
    Pairing pairing = pair_all(readouts);
    CHECK(pairs_of(readouts, pairing) == std::vector<std::string>{"us.txt+prc-long.txt"});
    const Unpaired* wire = unpaired_of(readouts, pairing, "prc-wire.txt");
    REQUIRE(wire != nullptr);
    CHECK(wire->standing == Standing::alternative);
    CHECK(wire->alternative_of == "2023-10-14-blinken-wang-yi");
    CHECK(wire->reason ==
          "PRC readout of 2023-10-14, Wang Yi with Blinken (call): another PRC readout of the meeting of pair "
          "2023-10-14-blinken-wang-yi (prc-long.txt)");
    SUBCASE("a fuller text a day further from the counterpart does not take the place") {
        readouts[1].day = *readouts[1].day + 1;
        CHECK(pairs_of(readouts, pair_all(readouts)) == std::vector<std::string>{"us.txt+prc-wire.txt"});
    }
}

TEST_CASE("two copies of one readout: the first path pairs, the other is its alternative") {
    std::vector<Readout> readouts = {readout("b-copy.md", Side::us, "2022-03-18", "biden", "xi-jinping"),
                                     readout("a-us.txt", Side::us, "2022-03-18", "biden", "xi-jinping"),
                                     readout("prc.txt", Side::prc, "2022-03-18", "biden", "xi-jinping")};
    Pairing pairing = pair_all(readouts);
    CHECK(pairs_of(readouts, pairing) == std::vector<std::string>{"a-us.txt+prc.txt"});
    REQUIRE(pairing.unpaired.size() == 1);
    CHECK(pairing.unpaired[0].standing == Standing::alternative);
}

TEST_CASE("a meeting one side alone reported: its fullest readout has no counterpart, the others are alternatives") {
    std::vector<Readout> readouts = {
        readout("prc-wire.txt", Side::prc, "2025-07-08", "kerry", "wang-yi", MeetingKind::unknown, 50),
        readout("prc-long.txt", Side::prc, "2025-07-08", "kerry", "wang-yi", MeetingKind::unknown, 400)};
    Pairing pairing = pair_all(readouts);
    CHECK(pairing.pairs.empty());
    CHECK(unpaired_of(readouts, pairing, "prc-long.txt")->standing == Standing::no_counterpart);
    const Unpaired* wire = unpaired_of(readouts, pairing, "prc-wire.txt");
    CHECK(wire->standing == Standing::alternative);
    CHECK(wire->alternative_of == "prc-long.txt");
    CHECK(wire->reason ==
          "PRC readout of 2025-07-08, Wang Yi with Kerry: another PRC readout of the meeting of prc-long.txt");
}

TEST_CASE("every readout that cannot be paired says why") {
    Readout unreadable = readout("bin.txt", Side::unknown, "", "", "");
    unreadable.problem = ReadoutProblem::unreadable;
    unreadable.problem_message = "is UTF-16, not UTF-8 (convert it first, e.g. iconv -f UTF-16 -t UTF-8)";
    Readout chinese = readout("zh.txt", Side::unknown, "", "", "");
    chinese.problem = ReadoutProblem::not_english;
    chinese.problem_message = "does not look like English: 0% of its letters are A-Z";
    Readout ambiguous = readout("wire.txt", Side::prc, "07-08", "kerry", "wang-yi");
    ambiguous.possible_years = {2024, 2025};
    std::vector<Readout> readouts = {
        unreadable,
        chinese,
        readout("notes.md", Side::unknown, "2025-01-01", "", ""),
        readout("undated.txt", Side::us, "", "blinken", "wang-yi"),
        readout("lavrov.txt", Side::prc, "2024-02-16", "", "wang-yi", MeetingKind::in_person),
        ambiguous};
    Pairing pairing = pair_all(readouts);
    CHECK(pairing.pairs.empty());
    auto reason = [&](const std::string& path) { return unpaired_of(readouts, pairing, path)->reason; };
    auto standing = [&](const std::string& path) { return unpaired_of(readouts, pairing, path)->standing; };
    CHECK(standing("bin.txt") == Standing::unreadable);
    CHECK(reason("bin.txt") ==
          "cannot be read: is UTF-16, not UTF-8 (convert it first, e.g. iconv -f UTF-16 -t UTF-8)");
    CHECK(standing("zh.txt") == Standing::not_english);
    CHECK(standing("notes.md") == Standing::unknown_side);
    CHECK(reason("notes.md") ==
          "readout of 2025-01-01: side cannot be told (neither a US nor a PRC readout by its principal, speakers or "
          "wording)");
    CHECK(standing("undated.txt") == Standing::unknown_date);
    CHECK(
        reason("undated.txt") ==
        "US readout, Blinken with Wang Yi: date cannot be told (none in its front matter, dateline, first paragraph or "
        "file name)");
    CHECK(standing("lavrov.txt") == Standing::unknown_official);
    CHECK(reason("lavrov.txt") ==
          "PRC readout of 2024-02-16, Wang Yi (meeting): names no US official the actor lexicon knows (a meeting with "
          "another country, or an official to add to actors.tsv)");
    CHECK(standing("wire.txt") == Standing::unknown_date);
    CHECK(
        reason("wire.txt") ==
        "PRC readout of 07-08 (no year), Wang Yi with Kerry: its date has no year and fits readouts of these officials "
        "in 2024 and 2025 (give the year: a front matter date, or one in the file name)");
}

TEST_CASE("a readout naming its own principal by office pairs with one naming both") {
    Readout us = readout("us.txt", Side::us, "2025-07-11", "", "wang-yi", MeetingKind::in_person);
    us.principals.us_by_office = true;
    std::vector<Readout> readouts = {
        us, readout("prc.txt", Side::prc, "2025-07-11", "rubio", "wang-yi", MeetingKind::in_person)};
    Pairing pairing = pair_all(readouts);
    REQUIRE(pairing.pairs.size() == 1);
    CHECK(pairing.pairs[0].id == "2025-07-11-rubio-wang-yi");
    CHECK(pairing.pairs[0].reason ==
          "US 2025-07-11, PRC 2025-07-11 (same day); principals Rubio and Wang Yi (the US readout names its own by "
          "office); similarity 1.00");
}

TEST_CASE("pairs are named by date and principals, a second of the same name numbered") {
    std::vector<Readout> readouts = {
        readout("a-us.txt", Side::us, "2025-03-03", "rubio", "wang-yi", MeetingKind::remote),
        readout("a-prc.txt", Side::prc, "2025-03-03", "rubio", "wang-yi", MeetingKind::remote),
        readout("b-us.txt", Side::us, "2025-03-03", "rubio", "wang-yi", MeetingKind::in_person),
        readout("b-prc.txt", Side::prc, "2025-03-03", "rubio", "wang-yi", MeetingKind::in_person)};
    Pairing pairing = pair_all(readouts);
    REQUIRE(pairing.pairs.size() == 2);
    CHECK(pairing.pairs[0].id == "2025-03-03-rubio-wang-yi");
    CHECK(readouts[pairing.pairs[0].us].path == "a-us.txt");
    CHECK(pairing.pairs[1].id == "2025-03-03-rubio-wang-yi-2");
}

TEST_CASE("the pairing does not depend on the order the readouts come in") {
    std::vector<Readout> readouts = {
        readout("1.txt", Side::us, "2025-03-03", "rubio", "wang-yi", MeetingKind::unknown, 100, {"a", "b"}),
        readout("2.txt", Side::prc, "2025-03-04", "rubio", "wang-yi", MeetingKind::unknown, 100, {"a", "c"}),
        readout("3.txt", Side::us, "2025-03-06", "rubio", "wang-yi", MeetingKind::unknown, 100, {"d", "e"}),
        readout("4.txt", Side::prc, "2025-03-05", "rubio", "wang-yi", MeetingKind::unknown, 100, {"d", "b"}),
        readout("5.txt", Side::prc, "2025-03-05", "rubio", "wang-yi", MeetingKind::unknown, 90, {"d", "e"})};
    std::vector<std::string> expected = pairs_of(readouts, pair_all(readouts));
    std::reverse(readouts.begin(), readouts.end());
    CHECK(pairs_of(readouts, pair_all(readouts)) == expected);
    std::rotate(readouts.begin(), readouts.begin() + 2, readouts.end());
    CHECK(pairs_of(readouts, pair_all(readouts)) == expected);
}

TEST_CASE("previous pairs are kept as readouts arrive, unless a new readout fits strictly better") {
    std::vector<Readout> readouts = {
        readout("us.txt", Side::us, "2025-06-05", "trump", "xi-jinping", MeetingKind::remote, 100, {"taiwan", "trade"}),
        readout("prc-old.txt", Side::prc, "2025-06-06", "trump", "xi-jinping", MeetingKind::remote, 100,
                {"trade", "soybeans"})};
    PreviousPairing previous;
    previous.pairs = {{"kept-id", "us.txt", "prc-old.txt"}};
    previous.seen = {"us.txt", "prc-old.txt"};
    SUBCASE("kept under its id") {
        Pairing pairing = pair_readouts(readouts, previous, kDefaultWindow);
        REQUIRE(pairing.pairs.size() == 1);
        CHECK(pairing.pairs[0].id == "kept-id");
        CHECK(pairing.changes.empty());
    }
    SUBCASE("a new readout that fits better takes the place of the one it beats, and the change is listed") {
        readouts.push_back(readout("prc-new.txt", Side::prc, "2025-06-05", "trump", "xi-jinping", MeetingKind::remote,
                                   100, {"taiwan", "trade"}));
        Pairing pairing = pair_readouts(readouts, previous, kDefaultWindow);
        REQUIRE(pairing.pairs.size() == 1);
        CHECK(pairing.pairs[0].id == "kept-id");
        CHECK(readouts[pairing.pairs[0].prc].path == "prc-new.txt");
        REQUIRE(pairing.changes.size() == 1);
        CHECK(pairing.changes[0] ==
              "pair kept-id: PRC readout prc-old.txt replaced by prc-new.txt, which fits better (similarity 1.00, same "
              "day; was similarity 0.31, 1 day)");
        CHECK(unpaired_of(readouts, pairing, "prc-old.txt")->standing == Standing::alternative);
    }
    SUBCASE("a readout the previous run already listed does not reshuffle the pair") {
        readouts.push_back(readout("prc-new.txt", Side::prc, "2025-06-05", "trump", "xi-jinping", MeetingKind::remote,
                                   100, {"taiwan", "trade"}));
        previous.seen.insert("prc-new.txt");
        Pairing pairing = pair_readouts(readouts, previous, kDefaultWindow);
        CHECK(readouts[pairing.pairs[0].prc].path == "prc-old.txt");
        CHECK(pairing.changes.empty());
    }
    SUBCASE("a new readout that fits only as well does not") {
        readouts.push_back(readout("prc-new.txt", Side::prc, "2025-06-06", "trump", "xi-jinping", MeetingKind::remote,
                                   100, {"trade", "soybeans"}));
        CHECK(readouts[pair_readouts(readouts, previous, kDefaultWindow).pairs[0].prc].path == "prc-old.txt");
    }
    SUBCASE("a pair whose readout is gone, or reads as the other side now, is dropped and the change listed") {
        readouts[1].side = Side::us;
        Pairing pairing = pair_readouts(readouts, previous, kDefaultWindow);
        CHECK(pairing.pairs.empty());
        CHECK(pairing.changes == std::vector<std::string>{"pair kept-id dropped: prc-old.txt reads as US now"});
        readouts.pop_back();
        CHECK(pair_readouts(readouts, previous, kDefaultWindow).changes ==
              std::vector<std::string>{"pair kept-id dropped: prc-old.txt is gone"});
    }
}

TEST_CASE("standings have one name each, read back as written") {
    for (Standing s :
         {Standing::alternative, Standing::unreadable, Standing::not_english, Standing::unknown_side,
          Standing::unknown_date, Standing::unknown_official, Standing::no_counterpart, Standing::counterpart_taken}) {
        CHECK(standing_from_string(to_string(s)) == s);
    }
    CHECK_FALSE(standing_from_string("lost").has_value());
}
