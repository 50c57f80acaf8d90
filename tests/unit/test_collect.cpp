// Tests for series/collect: readouts read, dated and analyzed in source
// order whatever the threads; left out with their reasons; each path once;
// the first error in source order.
#include <doctest/doctest.h>

#include "analyze/analyzer.h"
#include "error.h"
#include "series/collect.h"
#include "temp_dir.h"

using readoutdiff::series::collect_readouts;
using readoutdiff::series::LeftOutReason;

namespace {
const readoutdiff::analyze::Analyzer& analyzer() {
    static const readoutdiff::analyze::Analyzer a(readoutdiff::lexicon::builtin_lexicons());
    return a;
}
const char* kUs =
    "Readout of Secretary Blinken's Call with PRC Foreign Minister Wang Yi\n\n"
    "Secretary Blinken spoke with Foreign Minister Wang Yi about trade.\n";
}  // namespace

TEST_CASE("readouts keep their source order at any number of threads; undated and sideless ones are left out") {
    test_support::TempDir dir;
    std::vector<std::string> files;
    for (int k = 0; k < 6; ++k) files.push_back(dir.write("2031-01-0" + std::to_string(k + 1) + "-r.md", kUs));
    files.push_back(dir.write("undated.md", kUs));
    files.push_back(
        dir.write("2031-02-01-nobody.md", "A Note\n\nThe weather was fine and the garden was green all week long.\n"));
    for (size_t jobs : {1u, 3u}) {
        CAPTURE(jobs);
        auto c = collect_readouts({files, {}}, analyzer(), {1 << 20, false, jobs});
        CHECK(c.found == 8);
        REQUIRE(c.readouts.size() == 6);
        for (int k = 0; k < 6; ++k) CHECK(c.readouts[static_cast<size_t>(k)].path == files[static_cast<size_t>(k)]);
        REQUIRE(c.left_out.size() == 2);
        CHECK(c.left_out[0].reason == LeftOutReason::undated);
        CHECK(c.left_out[1].reason == LeftOutReason::side_unknown);
        // The topics of emphasis: the counterpart subjects (kind subject) are no topics of a series.
        size_t emphasis_topics = 0;
        for (const auto& t : readoutdiff::lexicon::builtin_lexicons().topics) emphasis_topics += !t.subject_only();
        CHECK(c.topics.size() == emphasis_topics);
    }
}

TEST_CASE("the first bad file in source order is the error reported") {
    test_support::TempDir dir;
    std::vector<std::string> files = {dir.write("a.md", kUs), dir.write("b.md", ""), dir.write("c.md", "\xff\xfe bad")};
    for (size_t jobs : {1u, 3u}) {
        try {
            collect_readouts({files, {}}, analyzer(), {1 << 20, false, jobs});
            FAIL("no error");
        } catch (const readoutdiff::Error& e) {
            CHECK(std::string(e.what()) == files[1] + ": is empty");
        }
    }
}
