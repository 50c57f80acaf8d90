// Tests for eval/bootstrap: the spread of a pooled figure when the pairs are
// drawn again with replacement.
#include <doctest/doctest.h>

#include <vector>

#include "eval/bootstrap.h"

namespace {

using readoutdiff::eval::Agreement;
using readoutdiff::eval::bootstrap_interval;
using readoutdiff::eval::Interval;

Agreement speakers(size_t right, size_t total) {
    Agreement a;
    a.speakers.right = right;
    a.speakers.total = total;
    return a;
}

double speaker_share(const Agreement& a) { return static_cast<double>(a.speakers.right) / static_cast<double>(a.speakers.total); }

}  // namespace

TEST_CASE("pairs that agree alike give no spread") {
    std::vector<Agreement> pairs = {speakers(8, 10), speakers(4, 5), speakers(16, 20)};
    Interval interval = bootstrap_interval(pairs, speaker_share);
    CHECK(interval.low == doctest::Approx(0.8));
    CHECK(interval.high == doctest::Approx(0.8));
}

TEST_CASE("pairs that disagree spread the figure around the pooled one, the same on every run") {
    std::vector<Agreement> pairs = {speakers(10, 10), speakers(0, 10), speakers(10, 10), speakers(5, 10)};
    Interval interval = bootstrap_interval(pairs, speaker_share);
    CHECK(interval.low < 0.625);  // the pooled share, 25 of 40
    CHECK(interval.high > 0.625);
    CHECK(interval.low >= 0.0);
    CHECK(interval.high <= 1.0);
    // A draw of four pairs can be all perfect ones or hold the empty one more than once.
    CHECK(interval.high == doctest::Approx(1.0));
    CHECK(interval.low <= 0.375);
    Interval again = bootstrap_interval(pairs, speaker_share);
    CHECK(again.low == interval.low);
    CHECK(again.high == interval.high);
}
