// Tests for batch/pairs: pairs from pairs.tsv or from pair folders, each
// problem named with its file and line, a corpus without pairs refused with
// the layouts looked for, and stable shards.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "batch/pairs.h"
#include "error.h"
#include "temp_dir.h"

using namespace readoutdiff::batch;

namespace {

std::string error_of(const std::string& corpus) {
    try {
        discover_pairs(corpus);
    } catch (const readoutdiff::Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("discover_pairs finds one pair per folder holding us.* and prc.*") {
    test_support::TempDir dir;
    dir.write("2023-11-15-woodside/us.txt", "x");
    dir.write("2023-11-15-woodside/prc.md", "x");
    dir.write("b-call/us.txt", "x");
    dir.write("b-call/prc.txt", "x");
    dir.write("b-call/meta.tsv", "date\t2024-04-02\n");
    dir.write("lexicons/tone.tsv", "x");  // not a pair folder: skipped
    dir.write("only-us/us.txt", "x");
    std::vector<PairSpec> pairs = discover_pairs(dir.path());
    REQUIRE(pairs.size() == 3);
    CHECK(pairs[0].id == "2023-11-15-woodside");
    CHECK(pairs[0].date == "2023-11-15");
    CHECK(pairs[0].right == dir.file("2023-11-15-woodside/prc.md"));
    CHECK(pairs[1].id == "b-call");
    CHECK(pairs[1].date == "2024-04-02");
    CHECK(pairs[2].id == "only-us");
    CHECK(pairs[2].error == dir.file("only-us") + ": no prc.txt or prc.md readout");
}

TEST_CASE("discover_pairs reads pairs.tsv, CRLF and comments included") {
    test_support::TempDir dir;
    dir.write("a.txt", "x");
    dir.write("b.txt", "x");
    dir.write("pairs.tsv", "# id\tleft\tright\tdate\r\none\ta.txt\tb.txt\t2024-01-02\r\ntwo\ta.txt\tmissing.txt\r\n");
    std::vector<PairSpec> pairs = discover_pairs(dir.path());
    REQUIRE(pairs.size() == 2);
    CHECK(pairs[0].date == "2024-01-02");
    CHECK(pairs[0].left == dir.file("a.txt"));
    CHECK(pairs[1].error == dir.file("missing.txt") + ": no such file");
}

TEST_CASE("discover_pairs reads a pairs.tsv written by readoutdiff pair: a fifth column, the reason, and comment lines") {
    test_support::TempDir dir;
    dir.write("us.txt", "x");
    dir.write("prc.txt", "x");
    dir.write("pairs.tsv", "# readoutdiff pair\nmeeting\tus.txt\tprc.txt\t2025-06-05\tUS 2025-06-05, PRC 2025-06-05\n"
                           "# unpaired\tnotes.md\treadout: side cannot be told\n");
    std::vector<PairSpec> pairs = discover_pairs(dir.path());
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].date == "2025-06-05");
    CHECK(pairs[0].right == dir.file("prc.txt"));
}

TEST_CASE("discover_pairs names the manifest line of a mistake") {
    test_support::TempDir dir;
    SUBCASE("a wrong column count") {
        dir.write("pairs.tsv", "\none\ta.txt\n");
        CHECK(error_of(dir.path()) == dir.file("pairs.tsv") + ":2:1: expected id<TAB>left<TAB>right<TAB>date[<TAB>reason], found 2 columns");
    }
    SUBCASE("a duplicate id") {
        dir.write("pairs.tsv", "one\ta\tb\none\ta\tb\n");
        CHECK(error_of(dir.path()) == dir.file("pairs.tsv") + ":2:1: duplicate id 'one'");
    }
}

TEST_CASE("discover_pairs refuses a corpus without pairs, naming the layouts it looked for") {
    test_support::TempDir dir;
    std::string looked = ": no readout pairs found: looked for pairs.tsv, and for subfolders each holding one us.* and "
                         "one prc.* readout";
    SUBCASE("an empty folder") { CHECK(error_of(dir.path()) == dir.path() + looked); }
    SUBCASE("one pair's folder instead of its parent") {
        dir.write("us.txt", "x");
        dir.write("prc.txt", "x");
        CHECK(error_of(dir.path()) == dir.path() + looked + " (this folder holds them itself: give its parent folder)");
    }
    SUBCASE("a manifest without pairs") {
        dir.write("pairs.tsv", "# nothing yet\n");
        CHECK(error_of(dir.path()) == dir.path() + looked);
    }
}

TEST_CASE("select_shard splits the pairs into disjoint shards that keep their pairs as the corpus grows") {
    std::vector<PairSpec> pairs;
    for (int i = 0; i < 60; ++i) pairs.push_back(PairSpec{"pair-" + std::to_string(i), "", "", "", ""});
    std::set<std::string> seen;
    for (size_t k = 1; k <= 3; ++k) {
        std::vector<PairSpec> shard = select_shard(pairs, k, 3);
        CHECK(shard.size() > 5);  // XXH3 spreads 60 ids over 3 shards
        for (const auto& p : shard) CHECK(seen.insert(p.id).second);
        std::vector<PairSpec> grown = pairs;
        grown.push_back(PairSpec{"new-pair", "", "", "", ""});
        std::vector<PairSpec> grown_shard = select_shard(grown, k, 3);
        std::erase_if(grown_shard, [](const PairSpec& p) { return p.id == "new-pair"; });
        CHECK(grown_shard.size() == shard.size());
    }
    CHECK(seen.size() == 60);
}

TEST_CASE("folder_date: meta.tsv's date line, else a date at the start of the name") {
    test_support::TempDir dir;
    dir.write("2023-11-15-woodside/us.txt", "x");
    CHECK(folder_date(dir.file("2023-11-15-woodside"), "2023-11-15-woodside") == "2023-11-15");
    dir.write("2023-11-15-woodside/meta.tsv", "kind\tmeeting\ndate\t2023-11-16\n");
    CHECK(folder_date(dir.file("2023-11-15-woodside"), "2023-11-15-woodside") == "2023-11-16");
    CHECK(folder_date(dir.file("2023-11-15-woodside"), "us.txt") == "2023-11-16");
    CHECK(date_at_start("2022-11-14-bali.md") == "2022-11-14");
    CHECK(date_at_start("2022-02-30x") == "2022-02-30");  // the day is checked against 31, not the month
    CHECK(date_at_start("2022-13-01") == "");
    CHECK(date_at_start("bali-2022-11-14") == "");
}
