// Tests for align/meeting_descriptions: the two sides' descriptions of the
// meeting are linked when they share nothing but their role, and only when
// the readouts are already known to be about one meeting.
#include <doctest/doctest.h>

#include <vector>

#include "align/meeting_descriptions.h"

namespace {

using readoutdiff::align::AlignerParams;
using readoutdiff::align::FeatureSpace;
using readoutdiff::align::Features;
using readoutdiff::align::pair_meeting_descriptions;
using readoutdiff::align::ScoredPair;

constexpr uint32_t kDescription = 0;  // role ids into role_names below
constexpr uint32_t kAgreement = 1;

Features sentence(std::vector<uint32_t> roles, double position) {
    Features f;
    f.roles = std::move(roles);
    f.position = position;
    return f;
}

// Four sentences a side: 0 describes the meeting, 1 claims agreement, 2 and 3
// plain points (already linked 2-2 and 3-3 when `linked` says so).
FeatureSpace space() {
    FeatureSpace s;
    s.role_names = {"characterization", "agreement"};
    for (auto* side : {&s.left, &s.right}) {
        side->push_back(sentence({kDescription}, 0.0));
        side->push_back(sentence({kAgreement}, 0.3));
        side->push_back(sentence({}, 0.6));
        side->push_back(sentence({}, 1.0));
    }
    return s;
}

}  // namespace

TEST_CASE("the two descriptions of the meeting are linked when the readouts share enough") {
    AlignerParams params;
    std::vector<ScoredPair> matched = {{2, 2, 0.3}, {3, 3, 0.3}};
    pair_meeting_descriptions(matched, space(), params);
    REQUIRE(matched.size() == 3);
    CHECK(matched.back().left == 0);
    CHECK(matched.back().right == 0);
}

TEST_CASE("readouts with too little in common keep their descriptions apart") {
    AlignerParams params;
    params.description_evidence = 0.3;
    std::vector<ScoredPair> matched = {{3, 3, 0.3}};  // 1 of 4 linked, under the share asked
    pair_meeting_descriptions(matched, space(), params);
    CHECK(matched.size() == 1);
}

TEST_CASE("a description already linked elsewhere is left alone") {
    AlignerParams params;
    std::vector<ScoredPair> matched = {{2, 2, 0.3}, {3, 3, 0.3}, {0, 1, 0.2}};
    pair_meeting_descriptions(matched, space(), params);
    CHECK(matched.size() == 3);
}

TEST_CASE("a pair under the floor is not linked") {
    AlignerParams params;
    params.description_floor = 0.9;
    std::vector<ScoredPair> matched = {{2, 2, 0.3}, {3, 3, 0.3}};
    pair_meeting_descriptions(matched, space(), params);
    CHECK(matched.size() == 2);
}
