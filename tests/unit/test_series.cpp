// Tests for series/series: the stage from paths to a Timeline, and the
// input errors when no side has two readouts to compare (each message names
// a file and the problem).
#include <doctest/doctest.h>

#include "analyze/analyzer.h"
#include "error.h"
#include "series/series.h"
#include "temp_dir.h"

namespace {

using readoutdiff::Error;
using readoutdiff::series::run_series;
using readoutdiff::series::SeriesInputs;

const char* kUs =
    "Readout of Secretary Blinken's Call with PRC Foreign Minister Wang Yi\n\n"
    "Secretary Blinken spoke with Foreign Minister Wang Yi about trade and climate change. "
    "He raised concerns about fentanyl.\n";
const char* kPrc =
    "Wang Yi Speaks with U.S. Secretary of State Antony Blinken\n\n"
    "Wang Yi said the one-China principle is the foundation of the relationship.\n";

std::string dated(const std::string& date, const char* text) { return "---\ndate: " + date + "\n---\n" + text; }

const readoutdiff::analyze::Analyzer& analyzer() {
    static const readoutdiff::analyze::Analyzer a(readoutdiff::lexicon::builtin_lexicons());
    return a;
}

std::string error_of(SeriesInputs inputs) {
    inputs.max_bytes = 1 << 20;
    try {
        run_series(inputs, analyzer());
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("two dated readouts of one side make a series; undated ones are left out with their reason") {
    test_support::TempDir dir;
    SeriesInputs inputs;
    inputs.paths = {dir.write("a.md", dated("2031-01-01", kUs)), dir.write("b.md", dated("2031-02-01", kUs)),
                    dir.write("c.md", kUs)};
    inputs.max_bytes = 1 << 20;
    inputs.jobs = 2;
    auto timeline = run_series(inputs, analyzer());
    REQUIRE(timeline.lanes.size() == 1);
    CHECK(timeline.lanes[0].entries.size() == 2);
    CHECK(timeline.found == 3);
    REQUIRE(timeline.left_out.size() == 1);
    CHECK(timeline.left_out[0].path == dir.file("c.md"));
    CHECK(timeline.left_out[0].reason == readoutdiff::series::LeftOutReason::undated);
}

TEST_CASE("no side with two readouts: one readout, too few dated, one a side, none of the side asked for") {
    test_support::TempDir dir;
    std::string us1 = dir.write("us1.md", dated("2031-01-01", kUs));
    std::string us2 = dir.write("us2.md", dated("2031-02-01", kUs));
    std::string prc = dir.write("prc.md", dated("2031-01-02", kPrc));
    std::string undated = dir.write("undated.md", kUs);
    const std::string need = "a series needs at least two readouts of one side";
    SeriesInputs inputs;
    inputs.paths = {us1};
    CHECK(error_of(inputs) == us1 + ": is the only readout given: " + need);
    inputs.paths = {us1, undated};
    CHECK(error_of(inputs) == undated + ": " +
                                  readoutdiff::series::left_out_reason(readoutdiff::series::LeftOutReason::undated) +
                                  ", so it is left out, and " + need + " (1 of 2 readouts is left)");
    inputs.paths = {us1, prc};
    CHECK(error_of(inputs) == us1 + ": is the only US readout, and " + prc + " the only PRC readout: " + need);
    inputs.paths = {us1, us2};
    inputs.options.side = readoutdiff::lexicon::Side::prc;
    CHECK(error_of(inputs) == us1 + ": holds no PRC readout (--side prc): " + need);
    inputs.paths = {us1, us2, prc};
    CHECK(error_of(inputs) == prc + ": is the only PRC readout (--side prc): " + need);
}

TEST_CASE("a readout that is not English is refused, unless forced") {
    test_support::TempDir dir;
    SeriesInputs inputs;
    inputs.paths = {dir.write("a.md", dated("2031-01-01", kUs)), dir.write("b.md", dated("2031-02-01", kUs)),
                    dir.write("zh.md", dated("2031-03-01",
                                             "习近平同美国总统通电话\n\n两国元首就中美关系和共同关心的国际和地区问题坦"
                                             "诚深入地交换了意见，双方同意保持沟通。\n"))};
    CHECK(error_of(inputs).rfind(dir.file("zh.md") + ": does not look like English", 0) == 0);
    inputs.force = true;
    inputs.max_bytes = 1 << 20;
    auto timeline = run_series(inputs, analyzer());
    CHECK(timeline.found == 3);
    CHECK(timeline.lanes[0].entries.size() == 2);
}
