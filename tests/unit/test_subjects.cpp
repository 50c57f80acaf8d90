// Tests for analyze/subjects through the Analyzer: the meeting itself, the
// leaders' earlier meeting, the strongest topic (specific before broad), the
// finer subject within it, and a subject carried on within a paragraph.
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

// "subject/finer" of each sentence, separated by " | " ("-" for none).
std::string finer_subjects(const std::string& body) {
    std::string out;
    for (const auto& s : analyze_body(body).sentences) {
        out += (out.empty() ? "" : " | ") + (s.subject.empty() ? "-" : s.subject) + "/" + (s.finer_subject.empty() ? "-" : s.finer_subject);
    }
    return out;
}

}  // namespace

TEST_CASE("who met whom and how the talks went are the meeting itself; views exchanged on one topic are about it") {
    CHECK(subjects("Jake Sullivan met Wang Yi in Bangkok.") == "meeting");
    CHECK(subjects("The two sides held candid and constructive talks on regional issues, Ukraine and the Middle East.") ==
          "meeting");
    CHECK(subjects("The two sides also exchanged views about Ukraine.") == "ukraine-russia");
    // A verdict on the talks is about the meeting, however few topics they took up.
    CHECK(subjects("The two sides held candid and in-depth talks on the war in Ukraine.") == "meeting");
    // The leaders' earlier consensus and one topic: two subjects, so the meeting's.
    CHECK(subjects("The two sides held frank and constructive discussions about following through on what the two heads of "
                   "state agreed at their Bali meeting, and about trade frictions.") == "meeting");
}

TEST_CASE("views exchanged on several topics, with no verdict on the talks, are about the topics") {
    // The strongest of them; the sentence joins each other topic's section where it is its side's only mention.
    CHECK(subjects("The delegations exchanged views on the Korean Peninsula and on the war in Ukraine.") == "ukraine-russia");
    CHECK(subjects("The two sides held candid talks on the Korean Peninsula and the war in Ukraine.") == "meeting");
}

TEST_CASE("who met whom is the meeting itself whatever offices it names") {
    CHECK(subjects("Secretary of Defense Austin met with Minister of National Defense Dong Jun in Singapore.") == "meeting");
    // ... and however it judges the talks.
    CHECK(subjects("Special Envoy for Climate John Kerry met with Xie Zhenhua for productive talks in Shanghai.") == "meeting");
}

TEST_CASE("the leaders' earlier meeting is a subject of its own") {
    CHECK(subjects("The Secretary praised the progress made by the two presidents when they met at Woodside.") == "earlier-summit");
}

TEST_CASE("specific topics come before the broad ones") {
    CHECK(subjects("Both sides discussed export controls and the overall relationship.") == "technology");
    CHECK(subjects("The two sides agreed to maintain open channels of communication.") == "communication");
}

TEST_CASE("a finer subject is one within the sentence's main topic") {
    CHECK(finer_subjects("The Secretary raised the debt distress of low-income countries and the trade deficit.") == "trade/debt");
    CHECK(finer_subjects("Both defense chiefs discussed unsafe intercepts by military aircraft.") == "military/conduct-at-sea");
    // Trade measures on security grounds, and decoupling, each a subject of its own.
    CHECK(finer_subjects("China voiced concern that U.S. sanctions and restrictive measures hurt bilateral trade.") == "trade/sanctions");
    CHECK(finer_subjects("Washington has no wish to decouple its trade from Beijing, she said.") == "trade/decoupling");
    // Taiwan is the subject; the region it names refines military, not Taiwan.
    CHECK(finer_subjects("He stressed peace across the Taiwan Strait and in the Indo-Pacific.") == "taiwan/-");
}

TEST_CASE("the terms of a finer subject leave the topics their words") {
    // "climate finance" is a finer subject and still a climate sentence.
    CHECK(finer_subjects("The two sides discussed climate finance for developing countries.") == "climate/climate-finance");
}

TEST_CASE("a sentence with no subject goes on with the one before it in its paragraph") {
    CHECK(subjects("President Biden described Russia's war against Ukraine. He called for a resolution of the crisis.\n\n"
                   "He thanked his host.") == "ukraine-russia | ukraine-russia | -");
    CHECK(finer_subjects("She raised the debt of developing countries and its economic cost. She called for relief.") ==
          "trade/debt | trade/debt");
    // A finer subject alone is no subject: it only refines a topic the sentence is about.
    CHECK(finer_subjects("She raised the debt of developing countries.") == "-/-");
}

namespace {

// The topics of every sentence, space-separated.
std::string topics(const std::string& body) {
    std::string out;
    for (const auto& s : analyze_body(body).sentences) {
        for (const auto& t : s.topics) out += (out.empty() ? "" : " ") + t;
    }
    return out;
}

}  // namespace

TEST_CASE("a topic's word in the name of an office is no topic") {
    auto topics = [](const std::string& body) {
        const Analysis analysis = analyze_body(body);  // kept alive: the loop reads into it
        std::string out;
        for (const std::string& topic : analysis.sentences.front().topics) out += (out.empty() ? "" : " ") + topic;
        return out;
    };
    CHECK(topics("Secretary Austin spoke with the Minister of National Defense, Admiral Dong Jun.").empty());
    CHECK(topics("Special Envoy for Climate John Kerry met Xie Zhenhua.").empty());
    CHECK(topics("He met the Trade Minister of Japan.").empty());
    // Not capitalized, or no office before "of": a subject raised.
    CHECK(topics("The two ministers discussed climate and trade.") == "trade climate");
    CHECK(topics("He stressed the importance of Climate cooperation.") == "climate");
}

TEST_CASE("a topic's word in the name of the gathering the officials met at is no topic") {
    CHECK(topics("Secretary Blinken met Wang Yi on the sidelines of the ASEAN Foreign Ministers' Meeting.") == "");
    CHECK(topics("The two met on the margins of the Asia-Pacific Economic Cooperation Leaders' Meeting in Lima.") == "");
    // The name ends at its first lower-case word or clause: what follows is raised.
    CHECK(topics("On the sidelines of the Summit they discussed ASEAN and the Philippines.") == "south-china-sea");
    CHECK(topics("They met on the sidelines of the G20 Summit, and discussed trade.") == "trade");
}

TEST_CASE("a word that names a topic only in company is no topic alone") {
    CHECK(topics("Further details will be released shortly.") == "");
    CHECK(topics("Climate should not be held hostage to other disagreements.") == "climate");
    CHECK(topics("The Secretary will travel to Beijing next month.") == "");
    CHECK(topics("He sought the release of Americans wrongfully detained in China.") == "detained-citizens");
    CHECK(topics("They agreed to expand exchanges between young people.") == "people-to-people");
}

TEST_CASE("an idiom or a set phrase that holds a topic's word names no topic") {
    CHECK(topics("Taiwan must never be used as a bargaining chip.") == "taiwan");
    CHECK(topics("The U.S. side keeps chipping away at its commitments on Taiwan.") == "taiwan");
    CHECK(topics("China will never trade away its core interests.") == "");
    CHECK(topics("They reviewed the regional security environment.") == "");
    CHECK(topics("China hopes for a fair business environment for its companies.") == "trade");
    CHECK(topics("They discussed new restrictions on chips and the environment.") == "technology climate");
    CHECK(topics("He condemned Houthi strikes on commercial shipping.") == "middle-east");
}

TEST_CASE("the two militaries' relationship is the military topic, and bilateral trade is trade") {
    CHECK(topics("The two discussed the U.S.-PRC defense relationship.") == "military");
    CHECK(topics("They reviewed the imbalance in bilateral trade.") == "trade");
}

TEST_CASE("words for this meeting in a sentence about it raise no topic of channels") {
    CHECK(topics("Wang Yi met with visiting Secretary of State Antony Blinken in Beijing.") == "");
    CHECK(topics("The two sides had candid and productive strategic communication on Taiwan.") == "taiwan");
    // Channels going forward, an agreement or a wish, are the topic.
    CHECK(topics("The two sides agreed to maintain communication.") == "communication");
    CHECK(topics("The U.S. side is willing to have candid and constructive dialogue with China.") == "communication");
}

TEST_CASE("narration of how the meeting went, naming no topic, is the meeting itself") {
    CHECK(subjects("Wang Yi and Qin Gang were present at the meeting.") == "meeting");
    CHECK(subjects("Officials from the finance ministries of both countries took part in the call.") == "meeting");
    CHECK(subjects("It was their third conversation since the spring.") == "meeting");
    // What the meeting built on, or what effort it served, is not.
    CHECK(subjects("The call was one step in the effort to manage competition responsibly.") == "relations");
    CHECK(subjects("The call built on the two leaders' meeting in Bali.") != "meeting");
}

TEST_CASE("agreeing to keep talking is the channel going forward") {
    CHECK(topics("The two leaders agreed to keep talking, though no date was set.") == "communication");
    CHECK(topics("He called for open lines between the two militaries.") == "military communication");
    CHECK(topics("The Secretary hopes to speak again soon.") == "communication");
}
