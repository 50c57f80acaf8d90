// Tests for align/params: `eval --set NAME=VALUE` takes only values the
// aligner can use; NaN, infinity and counts past any size are refused.
#include <doctest/doctest.h>

#include <string>

#include "align/params.h"
#include "error.h"

using readoutdiff::Error;
using readoutdiff::align::AlignerParams;
using readoutdiff::align::set_parameter;

TEST_CASE("set_parameter sets a weight and a count by name") {
    AlignerParams params;
    set_parameter(params, "link_threshold=0.25");
    set_parameter(params, "posting_cap=1000");
    CHECK(params.link_threshold == 0.25);
    CHECK(params.posting_cap == 1000);
}

TEST_CASE("set_parameter refuses values the aligner cannot use") {
    AlignerParams params;
    for (const char* assignment : {"link_threshold=nan", "link_threshold=inf", "link_threshold=-0.1", "link_threshold=",
                                   "link_threshold=0.2x", "posting_cap=inf", "posting_cap=1e30", "posting_cap=2.5",
                                   "posting_cap=1000000001", "posting_cap=nan"}) {
        CAPTURE(assignment);
        CHECK_THROWS_AS(set_parameter(params, assignment), Error);
    }
    CHECK(params.link_threshold == AlignerParams{}.link_threshold);
    CHECK(params.posting_cap == AlignerParams{}.posting_cap);
}

TEST_CASE("set_parameter names the known parameters when one is unknown") {
    AlignerParams params;
    try {
        set_parameter(params, "threshold=0.2");
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).find("unknown parameter 'threshold' (known: stem_weight,") != std::string::npos);
    }
}
