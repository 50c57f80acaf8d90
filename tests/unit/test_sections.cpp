// Tests for align/sections and align/structural_points through the aligner:
// each side's passage on a subject both take up, side by side; the points
// every readout makes linked in few shared words.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "align/aligner.h"
#include "analyze/analyzer.h"
#include "analyze_body.h"
#include "lexicon/lexicons.h"
#include "segment/segment.h"

namespace {

using readoutdiff::align::Alignment;
using readoutdiff::analyze::Analysis;


std::string ids(const std::vector<int>& v) {
    std::ostringstream out;
    for (size_t i = 0; i < v.size(); ++i) out << (i ? "," : "") << v[i];
    return out.str();
}

// "subject L/R" per section, separated by " | ".
std::string sections(const Alignment& a) {
    std::string out;
    for (const auto& s : a.sections) out += (out.empty() ? "" : " | ") + s.subject + " " + ids(s.left) + "/" + ids(s.right);
    return out;
}

const char* kUs =
    "National Security Advisor Jake Sullivan met on January 26 with Foreign Minister Wang Yi in Bangkok. "
    "The two sides held candid, substantive and constructive discussions. "
    "Mr. Sullivan underscored the importance of peace and stability across the Taiwan Strait. "
    "Mr. Sullivan raised concerns about fentanyl precursors. "
    "Mr. Sullivan discussed counternarcotics cooperation.";
const char* kPrc =
    "Foreign Minister Wang Yi held talks with U.S. National Security Advisor Jake Sullivan in Bangkok. "
    "The two sides had candid, substantive and productive strategic communication. "
    "Wang Yi said that the Taiwan question is China's internal affair. "
    "The U.S. side must abide by the one-China principle. "
    "Wang Yi said China is ready to keep up cooperation on trade.";

}  // namespace

TEST_CASE("each subject both sides take up is a section, whatever each side says on it") {
    Alignment a = readoutdiff::align::align(analyze_body(kUs), analyze_body(kPrc), readoutdiff::lexicon::builtin_lexicons().topics);
    CHECK(sections(a) == "meeting 1,2/1,2 | taiwan 3/3,4");
    for (const auto& s : a.sections) {
        CAPTURE(s.subject);
        CHECK_FALSE(s.left.empty());
        CHECK_FALSE(s.right.empty());
    }
}

TEST_CASE("who met whom and how the talks went are linked though they share few words") {
    Alignment a = readoutdiff::align::align(analyze_body(kUs), analyze_body(kPrc), readoutdiff::lexicon::builtin_lexicons().topics);
    bool openers = false, descriptions = false;
    for (const auto& link : a.links) {
        openers = openers || (link.left == std::vector<int>{1} && link.right == std::vector<int>{1});
        descriptions = descriptions || (link.left == std::vector<int>{2} && link.right == std::vector<int>{2});
    }
    CHECK(openers);
    CHECK(descriptions);
}

TEST_CASE("a readout compared with itself links every sentence to itself, sections included") {
    Analysis us = analyze_body(kUs);
    Alignment a = readoutdiff::align::align(us, us, readoutdiff::lexicon::builtin_lexicons().topics);
    for (const auto& link : a.links) CHECK(link.left == link.right);
    for (const auto& s : a.sections) CHECK(s.left == s.right);
}
