// Tests for pair/readout_files and pair/pairs_file: which files are
// readouts, and pairs.tsv as written and read back by the next run.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "error.h"
#include "pair/pairs_file.h"
#include "pair/readout_files.h"
#include "temp_dir.h"

namespace {

using namespace readoutdiff::pair;

std::string error_of(const std::vector<std::string>& paths) {
    try {
        find_readout_files(paths);
    } catch (const readoutdiff::Error& e) {
        return e.what();
    }
    return "no error";
}

Readout named(const std::string& path, Side side) {
    Readout r;
    r.path = path;
    r.side = side;
    return r;
}

}  // namespace

TEST_CASE("find_readout_files: .txt and .md at any depth, hidden files and folders skipped, sorted") {
    test_support::TempDir dir;
    dir.write("b.txt", "x");
    dir.write("a.MD", "x");
    dir.write("us/c.md", "x");
    dir.write("notes.tsv", "x");
    dir.write(".draft.txt", "x");
    dir.write(".git/d.txt", "x");
    std::vector<std::string> found = find_readout_files({dir.path()});
    CHECK(found == std::vector<std::string>{dir.file("a.MD"), dir.file("b.txt"), dir.file("us/c.md")});
    SUBCASE("the folder to skip is not searched") {
        CHECK(find_readout_files({dir.path()}, dir.file("us")) ==
              std::vector<std::string>{dir.file("a.MD"), dir.file("b.txt")});
    }
    SUBCASE("a file given is taken, each path once") {
        CHECK(find_readout_files({dir.file("b.txt"), dir.path() + "/./b.txt"}) ==
              std::vector<std::string>{dir.file("b.txt")});
    }
}

TEST_CASE("find_readout_files refuses a missing folder and one without readouts") {
    test_support::TempDir dir;
    CHECK(error_of({dir.file("missing")}) == dir.file("missing") + ": no such folder");
    dir.write("notes.tsv", "x");
    CHECK(error_of({dir.path()}) ==
          dir.path() + ": no readouts found (looked for .txt and .md files, in subfolders too)");
}

TEST_CASE("pairs_tsv writes the pairs, then the readouts in no pair as comments, paths relative to the file") {
    test_support::TempDir dir;
    std::vector<Readout> readouts = {named(dir.file("in/us.txt"), Side::us), named(dir.file("in/prc.txt"), Side::prc),
                                     named(dir.file("in/wire.txt"), Side::prc),
                                     named(dir.file("in/notes.md"), Side::unknown)};
    Pairing pairing;
    pairing.pairs = {
        {"2025-06-05-trump-xi-jinping", 0, 1, "2025-06-05", 0.5, "US 2025-06-05, PRC 2025-06-05 (same day)"}};
    pairing.unpaired = {{2, Standing::alternative, "another PRC readout", "2025-06-05-trump-xi-jinping"},
                        {3, Standing::unknown_side, "readout: side cannot be told", ""}};
    std::string tsv = pairs_tsv(readouts, pairing, dir.file("out"));
    CHECK(tsv ==
          "# readoutdiff pair: id<TAB>us<TAB>prc<TAB>date<TAB>reason, paths relative to this file's folder;\n"
          "# the readouts in no pair follow as comments, so that the next run can tell new readouts from these.\n"
          "2025-06-05-trump-xi-jinping\t../in/us.txt\t../in/prc.txt\t2025-06-05\tUS 2025-06-05, PRC 2025-06-05 (same "
          "day)\n"
          "# alternative\t../in/wire.txt\tanother PRC readout\n"
          "# unpaired\t../in/notes.md\treadout: side cannot be told\n");
    SUBCASE("read back, its pairs and every readout it lists, as the readouts name them") {
        dir.write("out/pairs.tsv", tsv);
        PreviousPairing previous = read_previous_pairing(dir.file("out/pairs.tsv"), readouts);
        REQUIRE(previous.pairs.size() == 1);
        CHECK(previous.pairs[0].id == "2025-06-05-trump-xi-jinping");
        CHECK(previous.pairs[0].us == dir.file("in/us.txt"));
        CHECK(previous.pairs[0].prc == dir.file("in/prc.txt"));
        CHECK(previous.seen == std::set<std::string>{dir.file("in/us.txt"), dir.file("in/prc.txt"),
                                                     dir.file("in/wire.txt"), dir.file("in/notes.md")});
    }
    SUBCASE("without a folder, paths as the readouts give them") {
        CHECK(pairs_tsv(readouts, pairing, "").find("\t" + dir.file("in/us.txt") + "\t") != std::string::npos);
    }
}

TEST_CASE("read_previous_pairing: nothing when the file is missing; a pairs.tsv written by hand; mistakes by line") {
    test_support::TempDir dir;
    std::vector<Readout> readouts = {named(dir.file("us.txt"), Side::us)};
    CHECK(read_previous_pairing(dir.file("pairs.tsv"), readouts).pairs.empty());
    dir.write("pairs.tsv", "one\tus.txt\tgone.txt\n");
    PreviousPairing previous = read_previous_pairing(dir.file("pairs.tsv"), readouts);
    REQUIRE(previous.pairs.size() == 1);
    CHECK(previous.pairs[0].us == dir.file("us.txt"));
    CHECK(previous.pairs[0].prc == "gone.txt");
    auto error_of_file = [&](const std::string& content) {
        dir.write("pairs.tsv", content);
        try {
            read_previous_pairing(dir.file("pairs.tsv"), readouts);
        } catch (const readoutdiff::Error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(error_of_file("# pairs\none\tus.txt\n") ==
          dir.file("pairs.tsv") + ":2:1: expected id<TAB>us<TAB>prc[<TAB>date[<TAB>reason]], found 2 columns");
    CHECK(error_of_file("one\t\tprc.txt\n") == dir.file("pairs.tsv") + ":1:1: empty id or readout path");
}
