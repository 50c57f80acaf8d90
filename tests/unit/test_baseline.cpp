// Tests for batch/baseline: mean and sample standard deviation per score,
// outliers at kOutlierDeviations, and a baseline too small to use refused.
#include <doctest/doctest.h>

#include <string>

#include "batch/baseline.h"
#include "error.h"
#include "temp_dir.h"

using namespace readoutdiff::batch;

namespace {

SummaryRow scored(const std::string& id, double tone_gap, double coverage) {
    SummaryRow row;
    row.id = id;
    row.tone_gap = tone_gap;
    row.coverage = coverage;
    return row;
}

}  // namespace

TEST_CASE("load_baseline takes the mean and the sample sd of the compared pairs") {
    test_support::TempDir dir;
    std::string path = dir.write("summary.jsonl", to_json_line(scored("a", 0.1, 0.5)) + "\n" +
                                                      to_json_line(scored("b", 0.3, 0.5)) + "\n" +
                                                      to_json_line(failed_row("c", "", ErrorKind::input, "bad")) + "\n");
    Baseline baseline = load_baseline(path);
    CHECK(baseline.tone_gap.n == 2);
    CHECK(baseline.tone_gap.mean == doctest::Approx(0.2));
    CHECK(baseline.tone_gap.sd == doctest::Approx(0.141421).epsilon(0.001));
    CHECK(baseline.coverage.sd == 0);
}

TEST_CASE("load_baseline refuses fewer than two compared pairs") {
    test_support::TempDir dir;
    std::string path = dir.write("summary.jsonl", to_json_line(scored("a", 0.1, 0.5)) + "\n");
    CHECK_THROWS_WITH_AS(load_baseline(path), (path + ": a baseline needs at least two compared pairs, found 1").c_str(),
                         readoutdiff::Error);
}

TEST_CASE("outliers lists the scores 2 sd or more from the mean, where the baseline varies") {
    Baseline baseline;
    baseline.tone_gap = {0.2, 0.1, 10};
    baseline.coverage = {0.5, 0, 10};  // no variation: never an outlier
    CHECK(outliers(baseline, scored("x", 0.35, 0.9)).empty());
    CHECK(outliers(baseline, scored("y", 0.4, 0.9)) ==
          std::vector<std::string>{"tone_gap 0.40 is 2.0 sd above the baseline mean 0.20"});
    CHECK(outliers(baseline, failed_row("z", "", ErrorKind::input, "bad")).empty());
}
