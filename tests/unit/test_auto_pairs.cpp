// Tests for batch/auto_pairs: the pair stage's output as batch's inputs.
#include <doctest/doctest.h>

#include <set>

#include "analyze/analyzer.h"
#include "batch/auto_pairs.h"
#include "lexicon/lexicons.h"
#include "temp_dir.h"

using namespace readoutdiff;

TEST_CASE("auto_pairs: each pair a PairSpec under its id, each readout in no pair a row, the pairs.tsv to keep") {
    test_support::TempDir dir;
    dir.write("in/us.txt",
              "---\ntitle: Readout of President Biden's Call with President Xi\ndate: '2022-03-18'\n---\n\n"
              "President Biden spoke with President Xi Jinping of the PRC about Ukraine.\n");
    dir.write("in/prc.txt",
              "---\ntitle: President Xi Jinping Has a Video Call with U.S. President Joe Biden\n"
              "date: '2022-03-18'\n---\n\nPresident Xi Jinping had a video call with President Biden. "
              "Xi said China-U.S. relations face new challenges.\n");
    dir.write("in/notes.md", "Notes\n\nThings to read later, in no particular order, about the weather.\n");
    analyze::Analyzer analyzer(lexicon::builtin_lexicons());
    batch::AutoPairs found = batch::auto_pairs(dir.file("in"), dir.file("out"), 3, 1, 1 << 20, analyzer);
    REQUIRE(found.pairs.size() == 1);
    CHECK(found.pairs[0].id == "2022-03-18-biden-xi-jinping");
    CHECK(found.pairs[0].left == dir.file("in/us.txt"));
    CHECK(found.pairs[0].right == dir.file("in/prc.txt"));
    CHECK(found.pairs[0].date == "2022-03-18");
    REQUIRE(found.unpaired.size() == 1);
    CHECK(found.unpaired[0].path == dir.file("in/notes.md"));
    CHECK(found.unpaired[0].standing == pair::Standing::unknown_side);
    CHECK(found.pairs_tsv.find("2022-03-18-biden-xi-jinping\t../in/us.txt\t../in/prc.txt\t2022-03-18\t") !=
          std::string::npos);
}

TEST_CASE("select_shard puts each readout in no pair in exactly one shard") {
    std::vector<batch::UnpairedRow> rows(20);
    for (size_t k = 0; k < rows.size(); ++k) rows[k].path = "readouts/r" + std::to_string(k) + ".txt";
    std::set<std::string> seen;
    for (size_t k = 1; k <= 3; ++k) {
        for (const batch::UnpairedRow& row : batch::select_shard(rows, k, 3)) CHECK(seen.insert(row.path).second);
    }
    CHECK(seen.size() == rows.size());
}
