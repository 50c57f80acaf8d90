// Tests for analyze/subjects through the Analyzer: the meeting itself, the
// leaders' earlier meeting, the strongest topic (specific before broad),
// and a subject carried on within a paragraph.
#include <doctest/doctest.h>

#include <string>

#include "analyze/analyzer.h"
#include "analyze_body.h"
#include "lexicon/lexicons.h"
#include "segment/segment.h"

namespace {

using readoutdiff::analyze::Analysis;


// The subject of each sentence, separated by " | " ("-" for none).
std::string subjects(const std::string& body) {
    std::string out;
    for (const auto& s : analyze_body(body).sentences) out += (out.empty() ? "" : " | ") + (s.subject.empty() ? "-" : s.subject);
    return out;
}

}  // namespace

TEST_CASE("who met whom and how the talks went are the meeting itself, unless about one topic") {
    CHECK(subjects("Jake Sullivan met Wang Yi in Bangkok.") == "meeting");
    CHECK(subjects("The two sides held candid and constructive talks on regional issues, Ukraine and the Middle East.") ==
          "meeting");
    CHECK(subjects("The two sides exchanged views on the situation in Ukraine.") == "ukraine-russia");
}

TEST_CASE("the leaders' earlier meeting is a subject of its own") {
    CHECK(subjects("The Secretary stressed the progress made by the two Presidents at the Woodside Summit.") == "earlier-summit");
}

TEST_CASE("specific topics come before the broad ones") {
    CHECK(subjects("Both sides discussed export controls and the overall relationship.") == "technology");
    CHECK(subjects("The two sides agreed to maintain open channels of communication.") == "communication");
}

TEST_CASE("a sentence with no subject goes on with the one before it in its paragraph") {
    CHECK(subjects("President Biden described Russia's war against Ukraine. He called for a resolution of the crisis.\n\n"
                   "He thanked his host.") == "ukraine-russia | ukraine-russia | -");
}
