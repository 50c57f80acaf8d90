// Tests for align/sections, align/structural_points and the pair score through the aligner:
// each side's passage on a subject both take up, side by side; the points
// every readout makes linked in few shared words.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>

#include "align/aligner.h"
#include "align/structural_points.h"
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
    "Mr. Sullivan said that peace and stability in the Taiwan Strait must be kept. "
    "Mr. Sullivan raised concerns about fentanyl precursors. "
    "Mr. Sullivan discussed counternarcotics cooperation.";
const char* kPrc =
    "Foreign Minister Wang Yi held talks with U.S. National Security Advisor Jake Sullivan in Bangkok. "
    "The two sides had productive, substantive and candid strategic communication. "
    "Wang Yi said that Taiwan is a matter for China alone. "
    "The U.S. side must keep to the one-China principle. "
    "Wang Yi said China is ready to keep up cooperation on trade.";

}  // namespace

TEST_CASE("each subject both sides take up is a section, whatever each side says on it") {
    Alignment a = readoutdiff::align::align(analyze_body(kUs), analyze_body(kPrc));
    CHECK(sections(a) == "meeting 1,2/1,2 | taiwan 3/3,4");
    for (const auto& s : a.sections) {
        CAPTURE(s.subject);
        CHECK_FALSE(s.left.empty());
        CHECK_FALSE(s.right.empty());
    }
}

TEST_CASE("who met whom and how the talks went are linked though they share few words") {
    Alignment a = readoutdiff::align::align(analyze_body(kUs), analyze_body(kPrc));
    bool openers = false, descriptions = false;
    for (const auto& link : a.links) {
        openers = openers || (link.left == std::vector<int>{1} && link.right == std::vector<int>{1});
        descriptions = descriptions || (link.left == std::vector<int>{2} && link.right == std::vector<int>{2});
    }
    CHECK(openers);
    CHECK(descriptions);
}

TEST_CASE("openers naming one official report one meeting; openers naming others, two") {
    using readoutdiff::align::OpenerOfficials;
    using readoutdiff::align::opener_officials;
    const std::string title = "Statement by President Donald J. Trump";
    Analysis prc = analyze_body("Xi Jinping spoke by telephone with Donald Trump on Friday evening. "
                                "Xi said the two countries should respect each other's core interests.");
    CHECK(opener_officials(analyze_body("I just had a great call with President Xi of China. Soybeans were a big part of it.", title),
                           prc) == OpenerOfficials::shared);
    // Another meeting's opener, one naming no official the lexicon knows, or a readout without one.
    CHECK(opener_officials(analyze_body("I just had a great call with Premier Li Qiang. Soybeans were a big part of it.", title),
                           prc) == OpenerOfficials::different);
    CHECK(opener_officials(analyze_body("I just had a great call with President Ana Torres. Soybeans were a big part of it.", title),
                           prc) == OpenerOfficials::unknown);
    CHECK(opener_officials(analyze_body("President Xi knows how much soybeans matter.", title), prc) == OpenerOfficials::unknown);
}

TEST_CASE("two meetings' readouts that both agree to keep talking are not linked as one meeting's") {
    Analysis us = analyze_body("Secretary Antony Blinken met Foreign Minister Wang Yi in Oslo. Both sides agreed to keep "
                               "channels open. They discussed Taiwan.");
    Analysis prc = analyze_body("Dong Jun met Lloyd Austin in Lima. Both sides agreed to keep channels open. "
                                "Dong said Taiwan is a red line.");
    readoutdiff::align::Alignment alignment = readoutdiff::align::align(us, prc);
    CHECK(std::none_of(alignment.links.begin(), alignment.links.end(),
                       [](const readoutdiff::align::Link& l) { return l.left.front() == 1 && l.right.front() == 1; }));
}

TEST_CASE("a readout compared with itself links every sentence to itself, sections included") {
    Analysis us = analyze_body(kUs);
    Alignment a = readoutdiff::align::align(us, us);
    for (const auto& link : a.links) CHECK(link.left == link.right);
    for (const auto& s : a.sections) CHECK(s.left == s.right);
}

TEST_CASE("the relationship and the channels between the sides are two sections") {
    Alignment a = readoutdiff::align::align(
        analyze_body("Mr. Sullivan said the two countries must manage competition in the relationship responsibly. "
                     "He said the two sides should keep open lines of communication."),
        analyze_body("Wang Yi said China-U.S. relations must be handled with a sense of responsibility. "
                     "The two sides agreed to stay in touch."));
    CHECK(sections(a) == "relations 1/1 | communication 2/2");
}

TEST_CASE("a finer subject both sides take up is a section of its own; one side's stays in its topic") {
    const char* us = "Secretary Yellen met Vice Premier He Lifeng in Beijing. "
                     "She described the outlook for the global economy and the trade relationship. "
                     "She raised the debt distress of low-income countries and its effect on trade. "
                     "She raised concerns about unfair trade practices and overcapacity.";
    const char* prc = "Vice Premier He Lifeng held talks with U.S. Secretary of the Treasury Janet Yellen in Beijing. "
                      "He said China's economic recovery and the world economy are on a sound footing for trade. "
                      "He said China's trade and investment policy remains open.";
    Alignment a = readoutdiff::align::align(analyze_body(us), analyze_body(prc));
    // The economic outlook is on both sides; debt and overcapacity only on the US side, so they stay in trade.
    CHECK(sections(a) == "meeting 1/1 | macroeconomy 2/2 | trade 3,4/3");
}

TEST_CASE("a sentence that only lists what was discussed is not how the talks went") {
    Alignment a = readoutdiff::align::align(
        analyze_body("Secretary Antony Blinken met Foreign Minister Wang Yi in Vientiane. "
                     "The two also exchanged views on the DPRK, the Middle East and Burma."),
        analyze_body("Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken in Vientiane. "
                     "The two sides had a frank, pragmatic and constructive conversation."));
    for (const auto& link : a.links) {
        CAPTURE(ids(link.left) + "/" + ids(link.right));
        CHECK_FALSE((link.left == std::vector<int>{2} && link.right == std::vector<int>{2}));
    }
}

TEST_CASE("an opener that builds on the leaders' earlier call takes the other side's sentence on it into its link") {
    const std::string us =
        "Secretary of Defense Austin spoke today with Minister of National Defense Wei Fenghe, building on the March "
        "call between President Biden and President Xi. "
        "Secretary Austin raised concerns about unsafe intercepts by military aircraft.";
    const std::string prc =
        "Minister of National Defense Wei Fenghe held a phone call with U.S. Secretary of Defense Austin. "
        "Wei said the two militaries should honour the consensus of the two heads of state. "
        "Wei said the Chinese military will firmly defend national sovereignty.";
    Alignment a = readoutdiff::align::align(analyze_body(us), analyze_body(prc));
    std::string links;
    for (const auto& l : a.links) links += (links.empty() ? "" : " | ") + ids(l.left) + "/" + ids(l.right);
    // One answering two: every sentence stays in one link.
    CHECK(links.find("1/1,2") != std::string::npos);
    // Each link sits in the section that holds its first sentence of each side.
    for (const auto& section : a.sections) {
        for (size_t k : section.links) {
            CHECK(std::find(section.left.begin(), section.left.end(), a.links[k].left.front()) != section.left.end());
            CHECK(std::find(section.right.begin(), section.right.end(), a.links[k].right.front()) != section.right.end());
        }
    }
}

TEST_CASE("two sentences making one point from two sections stand together in a section of their own") {
    const char* us = "President Biden spoke with President Xi Jinping. "
                     "President Biden raised Russia's war against Ukraine. "
                     "President Biden underscored the value of open lines of communication. "
                     "The presidents asked their staffs to follow up on today's call in the weeks ahead.";
    const char* prc = "President Xi Jinping spoke by video with President Biden. "
                      "President Xi said China wants peace in Ukraine and opposes war. "
                      "President Xi said the two sides should keep communication channels open. "
                      "The presidents asked their staffs to follow up on today's call promptly and on the Ukraine crisis.";
    Alignment a = readoutdiff::align::align(analyze_body(us), analyze_body(prc));
    CHECK(sections(a) == "meeting 1/1 | ukraine-russia 2/2 | communication 3/3 | communication 4/4");
}

TEST_CASE("a statement the other side's readout reports of an official is linked with that official's own") {
    Analysis us = analyze_body("Secretary Antony Blinken met with Foreign Minister Wang Yi in Beijing. "
                               "Secretary Blinken stressed the value of communication between the two countries.");
    Analysis prc = analyze_body("Wang Yi met with the visiting Antony Blinken on Monday. "
                                "Wang Yi said that communication between the two countries is valuable. "
                                "Blinken said the U.S. side values communication with China.");
    Alignment a = readoutdiff::align::align(us, prc);
    auto linked = [&](std::vector<int> left, std::vector<int> right) {
        return std::any_of(a.links.begin(), a.links.end(), [&](const auto& l) { return l.left == left && l.right == right; });
    };
    CHECK(linked({2}, {3}));
    CHECK_FALSE(linked({2}, {2, 3}));
}
