// Tests for analyze/earlier_meeting through the Analyzer: a sentence naming a
// meeting of two officials who are not the readout's principal names the
// leaders' earlier meeting, in any words.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "analyze_body.h"

namespace {

using readoutdiff::analyze::kEarlierSummitSubject;

// Whether each sentence names the earlier meeting: "y" or "n", one letter a sentence.
std::string naming(const std::string& body, const std::string& title = "") {
    std::string out;
    for (const auto& s : analyze_body(body, title).sentences) {
        const auto& named = s.mentioned_subjects;
        out += std::find(named.begin(), named.end(), kEarlierSummitSubject) != named.end() ? 'y' : 'n';
    }
    return out;
}

}  // namespace

TEST_CASE("a call between two other officials is an earlier meeting") {
    CHECK(naming("Secretary Raimondo spoke today with Minister Wang Wentao, building on the video call between "
                 "President Biden and President Xi Jinping.") == "y");
    CHECK(naming("Commerce Minister Wang Wentao spoke with Secretary Raimondo. Wang said the two sides should carry out "
                 "what was settled in the meeting between President Xi and President Biden.") == "ny");
}

TEST_CASE("two other officials who met or had a meeting name an earlier meeting") {
    CHECK(naming("Wang Yi met Secretary Blinken in Rome. Wang recalled that President Xi Jinping and President Joe Biden held a "
                 "productive meeting in Lima.") == "ny");
    CHECK(naming("Wang Yi met Secretary Blinken in Rome. Wang recalled that President Xi and President Biden met in Lima.") == "ny");
}

TEST_CASE("the principals' own meeting, a future one or one side alone is not an earlier meeting") {
    // The readout's principal is one of the two: this call.
    CHECK(naming("President Biden spoke with President Xi Jinping. The call between President Biden and President Xi "
                 "lasted two hours.") == "nn");
    // A wish: the verb does not follow the two names.
    CHECK(naming("Secretary Blinken met Wang Yi. They discussed how President Biden and President Xi could meet later this year.") == "nn");
    // Two officials of one side.
    CHECK(naming("Wang Yi met Secretary Blinken. Blinken said President Biden and Vice President Harris met the "
                 "governors.") == "nn");
}

TEST_CASE("a meeting of the two leaders still to come is no earlier meeting") {
    CHECK(naming("Secretary Blinken met Wang Yi. Both agreed to keep working toward a meeting between President Biden "
                 "and President Xi later this year.") == "nn");
    CHECK(naming("Secretary Yellen hosted Vice Premier He Lifeng to prepare the upcoming meeting between President "
                 "Biden and President Xi.") == "n");
}
