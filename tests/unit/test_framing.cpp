// Tests for analyze/framing through the Analyzer with the built-in lexicons:
// characterization words only where they describe the talks, agreement
// claims, and which side a readout says asked for the meeting.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "analyze/analyzer.h"
#include "analyze_body.h"
#include "lexicon/lexicons.h"
#include "segment/segment.h"

namespace {

using readoutdiff::analyze::Analysis;
using readoutdiff::analyze::Analyzer;
using readoutdiff::analyze::CharacterizationWord;
using readoutdiff::lexicon::Side;

// The items separated by " | ", so that a failure prints readable values.
template <typename T>
std::string joined(const std::vector<T>& items) {
    std::ostringstream out;
    for (size_t i = 0; i < items.size(); ++i) out << (i ? " | " : "") << items[i];
    return out.str();
}


// "word/rung@sentence" for each characterization word, in order found.
std::vector<std::string> characterization(const Analysis& analysis) {
    std::vector<std::string> out;
    for (const CharacterizationWord& word : analysis.characterization) {
        out.push_back(word.word + "/" + std::string(readoutdiff::lexicon::to_string(word.rung)) + "@" + std::to_string(word.sentence));
    }
    return out;
}


}  // namespace

TEST_CASE("characterization words count near a head noun for the talks") {
    SUBCASE("before the head") {
        Analysis analysis = analyze_body("The two leaders held a candid and constructive discussion.");
        CHECK(joined(characterization(analysis)) == "candid/candid@1 | constructive/constructive@1");
    }
    SUBCASE("after the head") {
        Analysis analysis = analyze_body("The talks were productive.");
        CHECK(joined(characterization(analysis)) == "productive/constructive@1");
    }
    SUBCASE("words of good faith and of personal warmth") {
        Analysis analysis = analyze_body("The two sides had sincere, heart-to-heart talks.");
        CHECK(joined(characterization(analysis)) == "sincere/constructive@1 | heart-to-heart/cordial@1");
    }
    SUBCASE("the warmth is the lexicon weight") {
        Analysis analysis = analyze_body("The meeting was frank.");
        REQUIRE(analysis.characterization.size() == 1);
        CHECK(analysis.characterization[0].rung == readoutdiff::lexicon::Category::frank);
        CHECK(analysis.characterization[0].warmth == doctest::Approx(0.25));
    }
    SUBCASE("each word once, at its first sentence") {
        Analysis analysis = analyze_body("They had a candid conversation. The talks were candid and useful.");
        CHECK(joined(characterization(analysis)) == "candid/candid@1 | useful/constructive@2");
    }
    SUBCASE("a word of scope is a meeting word of the talks only") {
        CHECK(joined(characterization(analyze_body("The envoys held a broad discussion of shipping."))) == "broad/candid@1");
        CHECK(characterization(analyze_body("The two leaders noted the broad support for the plan.")).empty());
    }
    SUBCASE("strategic judges a discussion, never the genre or channel it names") {
        CHECK(joined(characterization(analyze_body("The ministers held a broad, strategic conversation on ports."))) ==
              "broad/candid@1 | strategic/candid@1");
        CHECK(joined(characterization(analyze_body("The two sides held candid strategic communication."))) == "candid/candid@1");
        CHECK(characterization(analyze_body("The two leaders launched a Strategic Dialogue on ports.")).empty());
        // An exchange of views stays a rung of its own inside its head noun.
        CHECK(joined(characterization(analyze_body("The two sides had an exchange of views on ports."))) ==
              "exchanged views/exchanged-views@1");
    }
}

TEST_CASE("characterization words predicated of the talks in the past tense count however long the subject") {
    auto described = [](const std::string& body) { return joined(characterization(analyze_body(body))); };
    CHECK(described("The conversations, which began in the morning and ran well into the afternoon, were direct and "
                    "productive.") == "direct/frank@1 | productive/constructive@1");
    CHECK(described("I just had a call with President Xi, and it was a very productive one.") ==
          "productive/constructive@1");
    // No head noun before the copula.
    CHECK(described("The weather in Beijing, as the delegation had hoped for days, was warm.").empty());
    // The present tense states a maxim, not this meeting.
    CHECK(described("Dialogue between the two militaries, as both sides have long held, is useful.").empty());
}

TEST_CASE("a verdict on the talks: after a long run of words, or judged with no \"as\"") {
    auto described = [](const std::string& body) { return joined(characterization(analyze_body(body))); };
    // The copula is reached from the start of the run, however many words it holds.
    CHECK(described("The consultations were frank, in-depth and productive.") ==
          "frank/frank@1 | in-depth/candid@1 | productive/constructive@1");
    // "considered the talks useful": the verb judges its object without "as".
    CHECK(described("The delegations considered the consultations useful and frank.") == "useful/constructive@1 | frank/frank@1");
    CHECK(described("The Minister considered the proposal constructive.").empty());
}

TEST_CASE("an adverb of a past-tense verb is no wish for future contact") {
    auto described = [](const std::string& body) { return joined(characterization(analyze_body(body))); };
    CHECK(described("The two sides further exchanged views on shipping.") == "exchanged views/exchanged-views@1");
    CHECK(described("Both sides look forward to further candid exchanges.").empty());
}

TEST_CASE("characterization words far from any head noun do not count") {
    SUBCASE("no head noun") {
        Analysis analysis = analyze_body("The Secretary stressed the importance of an open and positive economy.");
        CHECK(characterization(analysis).empty());
    }
    SUBCASE("head noun more than four words away") {
        Analysis analysis = analyze_body("It was candid, as both the American and the Chinese delegations expected of the discussion.");
        CHECK(characterization(analysis).empty());
    }
}

TEST_CASE("characterization words in a wish about future contact do not count") {
    SUBCASE("keep open lines of communication") {
        Analysis analysis = analyze_body("The two sides agreed to keep open lines of communication.");
        CHECK(characterization(analysis).empty());
    }
    SUBCASE("maintain candid communication") {
        Analysis analysis = analyze_body("Both sides will maintain candid communication.");
        CHECK(characterization(analysis).empty());
    }
    SUBCASE("the importance of substantive talks") {
        Analysis analysis = analyze_body("The President stressed the importance of substantive and in-depth conversations.");
        CHECK(characterization(analysis).empty());
    }
    SUBCASE("readiness to talk frankly") {
        CHECK(characterization(analyze_body("He said Washington is prepared to talk frankly with Beijing.")).empty());
        CHECK(characterization(analyze_body("The Chinese side is ready to hold candid talks with the U.S. side.")).empty());
    }
}

TEST_CASE("a multi-word exchanged-views rung describes the talks by itself") {
    Analysis analysis = analyze_body("The two sides exchanged views on Ukraine.");
    CHECK(joined(characterization(analysis)) == "exchanged views/exchanged-views@1");
}

TEST_CASE("agreement claims are found and negated ones are not") {
    SUBCASE("claimed") {
        Analysis analysis = analyze_body("The leaders met. The two sides reached consensus on fentanyl.");
        CHECK(joined(analysis.agreements) == "2");
        CHECK_FALSE(analysis.sentences[0].claims_agreement);
        CHECK(analysis.sentences[1].claims_agreement);
    }
    SUBCASE("negated") {
        Analysis analysis = analyze_body("The two sides did not agree on Taiwan.");
        CHECK(analysis.agreements.empty());
        CHECK_FALSE(analysis.sentences[0].claims_agreement);
    }
    SUBCASE("one claim per sentence") {
        Analysis analysis = analyze_body("They agreed to establish a working group and reached consensus.");
        CHECK(joined(analysis.agreements) == "1");
    }
}

TEST_CASE("the requesting side is the side named nearest the request cue") {
    SUBCASE("at the request of the U.S. side") {
        Analysis analysis = analyze_body(
            "Wang Yi met the Secretary. At the request of the U.S. side, Wang Yi spoke by phone with Secretary Blinken.");
        CHECK(analysis.requested_by == Side::us);
        CHECK(analysis.request_sentence == 2);
    }
    SUBCASE("at Xi's request") {
        Analysis analysis = analyze_body("President Biden spoke with President Xi at Xi's request.");
        CHECK(analysis.requested_by == Side::prc);
        CHECK(analysis.request_sentence == 1);
    }
    SUBCASE("at the invitation of President Biden") {
        Analysis analysis = analyze_body("At the invitation of President Biden, President Xi traveled to San Francisco.");
        CHECK(analysis.requested_by == Side::us);
    }
    SUBCASE("not said") {
        Analysis analysis = analyze_body("President Biden spoke with President Xi.");
        CHECK(analysis.requested_by == Side::unknown);
        CHECK(analysis.request_sentence == 0);
    }
}

TEST_CASE("\"agreed to\" claims an agreement even though it also opens a plan") {
    SUBCASE("agreed to continue") {
        Analysis analysis = analyze_body("The two sides agreed to continue discussions.");
        CHECK(joined(analysis.agreements) == "1");
    }
    SUBCASE("agreed to maintain, with no characterization counted") {
        Analysis analysis = analyze_body("The two leaders agreed to maintain open lines of communication.");
        CHECK(joined(analysis.agreements) == "1");
        CHECK(analysis.characterization.empty());
    }
}

TEST_CASE("meeting words describe this meeting only") {
    auto described = [](const std::string& body) { return joined(characterization(analyze_body(body))); };
    SUBCASE("a word of another noun") {
        CHECK(described("The leaders welcomed more direct flights between the two countries.").empty());
        CHECK(described("Both sides stressed the value of open lines of communication.").empty());
    }
    SUBCASE("a first contact between new counterparts") {
        CHECK(described("Kurt Campbell held an introductory video call with his new counterpart, Director Ana Reyes.") ==
              "introductory/exchanged-views@1");
    }
    SUBCASE("strategic communication is a genre, not a judgement") {
        CHECK(described("The two sides had candid and productive strategic communication.") ==
              "candid/candid@1 | productive/constructive@1");
    }
    SUBCASE("a word of a standing body's name, capitalized inside the sentence, judges no talks") {
        CHECK(described("The partnership builds on the Strategic Minerals Dialogue.").empty());
        CHECK(described("The partnership builds on the strategic minerals dialogue.") == "strategic/candid@1");
    }
    SUBCASE("a verb that judges the meeting noun, then \"as\"") {
        CHECK(described("Wu Qian described the talks as candid and constructive.") ==
              "candid/candid@1 | constructive/constructive@1");
        CHECK(described("The two sides regarded the meeting as constructive.") == "constructive/constructive@1");
        CHECK(described("He described the situation as constructive.").empty());
    }
    SUBCASE("a wish further back in the clause") {
        CHECK(described("Biden said he looks forward to meeting President Xi in San Francisco and to an in-depth exchange "
                        "with him.").empty());
    }
    SUBCASE("a predicate after an article judges the noun after it") {
        CHECK(described("He said the talks in Geneva were a great success.").empty());
    }
    SUBCASE("another occasion just before the words") {
        CHECK(described("Xi noted that the teams had recently held candid and in-depth exchanges in Kuala Lumpur.").empty());
    }
    SUBCASE("a strategic exchange is a genre too") {
        CHECK(described("The two heads of state had a candid and in-depth strategic exchange.") ==
              "candid/candid@1 | in-depth/candid@1");
    }
    SUBCASE("a standing body of the two countries") {
        CHECK(described("Liu He, the lead person for the China-U.S. comprehensive economic dialogue, held a video call "
                        "with Janet Yellen.").empty());
    }
    SUBCASE("no function word stands between a word and its head") {
        CHECK(described("The Chinese side is open to exchanges with the U.S. military.").empty());
    }
    SUBCASE("another occasion") {
        CHECK(described("Wang said the two presidents had a successful meeting late last year.").empty());
        CHECK(described("They welcomed recent productive talks between their trade envoys.").empty());
        CHECK(described("Following the President's fruitful call with the Chancellor, the two advisers met in Berlin.").empty());
        CHECK(described("They discussed plans that follow up on their successful summit in May.").empty());
        CHECK(described("The ministers held productive talks to follow up on the summit.") == "productive/constructive@1");
    }
    SUBCASE("the manner of the talks") {
        CHECK(described("The two heads of state talked in a candid and in-depth manner.") ==
              "candid/candid@1 | in-depth/candid@1");
        CHECK(described("The Chinese military has handled such encounters in a professional manner.").empty());
    }
    SUBCASE("characterized as") {
        CHECK(described("The discussions were characterized as candid and substantive.") ==
              "candid/candid@1 | substantive/candid@1");
    }
    SUBCASE("the adverb of a meeting verb") {
        CHECK(described("The two ministers spoke candidly and frankly about their differences.") ==
              "candidly/candid@1 | frankly/frank@1");
        CHECK(described("Both sides candidly acknowledged their differences.").empty());
        CHECK(described("He noted that the army acted professionally.").empty());
    }
    SUBCASE("a phrase with a preposition as the adverb of a verb of talking") {
        CHECK(described("The two ministers discussed in depth the grain corridor.") == "in-depth/candid@1");
        CHECK(described("The two presidents talked at length about rare earths.") == "at length/candid@1");
        CHECK(described("They exchanged views at length on the border.") ==
              "exchanged views/exchanged-views@1 | at length/candid@1");
        // Of one side's remarks, not of the talks.
        CHECK(described("Wang Yi elaborated at length on the border.").empty());
    }
    SUBCASE("exchange of views and exchanged views are one rung, named once") {
        CHECK(described("They had an exchange of views. They also exchanged views on Ukraine.") ==
              "exchanged views/exchanged-views@1");
        // Named by what was exchanged.
        CHECK(described("They had an exchange of perspectives. They also exchanged perspectives on Ukraine.") ==
              "exchanged perspectives/exchanged-views@1");
        // Views shared are views exchanged; one official sharing his is not the talks.
        CHECK(described("They highlighted the need for calm, and shared views on grain prices.") ==
              "exchanged views/exchanged-views@1");
        CHECK(described("Jake Sullivan shared his views on grain prices.").empty());
    }
}

TEST_CASE("agreement claims: the sides agreed, or both sides took a joint step; never an appeal or another occasion") {
    auto claims = [](const std::string& body) {
        Analysis analysis = analyze_body(body);
        std::vector<int> ids = analysis.agreements;
        return joined(ids);
    };
    CHECK(claims("The two sides committed to maintain this channel.") == "1");
    CHECK(claims("The two leaders tasked their teams to follow up.") == "1");
    CHECK(claims("The two heads of state affirmed the need to keep humans in control.") == "1");
    CHECK(claims("Both sides reached a set of important understandings.") == "1");
    CHECK(claims("The meeting produced a three-point consensus.") == "1");
    // After an opening phrase of a goal ("Toward ...,"), the joint subject of the main clause.
    CHECK(claims("Toward the complete denuclearization of the Korean Peninsula, both leaders committed to close "
                 "coordination.") == "1");
    // Other words of the same claims.
    CHECK(claims("They consented to a second round of talks.") == "1");
    CHECK(claims("The two sides vowed to keep the hotline open.") == "1");
    CHECK(claims("The sides reaffirmed their commitment to the hotline.") == "1");
    CHECK(claims("The two leaders recommitted to keeping the sea lanes open.") == "1");
    CHECK(claims("Mr. Sullivan and President Omar praised the ties and expressed commitment to deepen their joint "
                 "efforts.") == "1");
    // What both sides own is a claim wherever it stands after their subject; one side's is none.
    CHECK(claims("The two leaders reviewed the drought in the region and their shared commitment to food aid.") == "1");
    CHECK(claims("The participants examined the market turmoil, including their joint commitment to stable currencies.") == "1");
    CHECK(claims("President Biden reviewed the drought and his commitment to food aid.").empty());
    CHECK(claims("They praised the calm on the border and noted their resolve to keep it so.") == "1");
    // After "and", a bare office in the singular is one official, in the plural both sides.
    CHECK(claims("Jordan is a close ally, and the President confirmed U.S. support.").empty());
    CHECK(claims("Jordan is a close ally, and the Presidents confirmed the plan.") == "1");
    CHECK(claims("Wang Yi noted that the two sides must honor their commitment to the consensus.").empty());
    CHECK(claims("The two delegations endorsed a joint statement on flights.") == "1");
    CHECK(claims("The talks resulted in an agreement to resume flights.") == "1");
    CHECK(claims("The two sides struck a deal on tariffs.") == "1");
    // A participle naming who agreed on what it describes recounts that thing; "it was agreed by" claims.
    CHECK(claims("President Biden backed the grain plan agreed by the ministers in May.").empty());
    CHECK(claims("It was agreed by the two sides that the talks would resume.") == "1");
    // A settling verb after "to" or in its -ing form is an aim or a deed, not a claim.
    CHECK(claims("The Secretary thanked the Emir for his role in securing a truce agreement.").empty());
    CHECK(claims("The President keeps working with the region to reach a ceasefire deal.").empty());
    // A joint statement is a text both sides agreed: issuing it claims agreement.
    CHECK(claims("The two sides issued a joint statement on climate.") == "1");
    CHECK(claims("A joint statement will be released on Monday.") == "1");
    // A settling verb's bare form just before the noun modifies it: a deal sought, none claimed.
    CHECK(claims("Joe Biden called Prime Minister Lind to press for a hostage release deal.").empty());
    CHECK(claims("The two sides will sign agreements on trade.") == "1");
    // Next steps both identified are settled.
    CHECK(claims("The two advisors discussed the region and identified next steps to deepen their work.") == "1");
    CHECK(claims("China issued a statement on the island.").empty());
    // An agreement recalled is one of before; a claim coordinated after the recall is this meeting's.
    CHECK(claims("Wang Yi recalled that the two presidents agreed in the spring to keep in touch.").empty());
    CHECK(claims("The two sides recalled the spring summit and agreed to keep in touch.") == "1");
    // A participle that opens the sentence recalls; its main clause tells this meeting.
    CHECK(claims("Recalling their long friendship, the two sides reaffirmed their commitment to the alliance.") == "1");
    // A claim in a clause of what came before is none; "after" opening a phrase of its own is no such clause.
    CHECK(claims("It was their first meeting after both governments agreed to open a channel.").empty());
    CHECK(claims("After the talks, the two sides agreed to meet again.") == "1");
    // A summit's place dates a claim as earlier, but not in the readout of that summit.
    CHECK(claims("The two leaders agreed in Bali to resume talks.").empty());
    CHECK(claims("On November 14, 2022, President Joe Biden met President Xi Jinping in Bali, Indonesia. The two "
                 "leaders agreed in Bali to resume talks.") == "2");
    CHECK(claims("The two leaders authorized their navies to hold talks.") == "1");
    CHECK(claims("The two countries are renewing the science program.") == "1");
    CHECK(claims("Wang Yi renewed the call for talks.").empty());
    CHECK(claims("Wang Yi vowed that China would defend its interests.").empty());
    CHECK(claims("Secretary Austin authorized the flights.").empty());
    // "the two" alone are both sides.
    CHECK(claims("The two reviewed their teams' work and planned to meet again in the spring.") == "1");
    // So are "the three" and "the four" of a trilateral or a four-way call.
    CHECK(claims("The three national security advisors reaffirmed their decision to meet in June.") == "1");
    // Results are no agreement.
    CHECK(claims("Wang Yi said the teams' talks had achieved good results.").empty());
    CHECK(claims("The two sides will increase flights.") == "1");
    // "recent" qualifies what the claim builds on, so it names no other occasion.
    CHECK(claims("The two leaders agreed to build on the recent progress of their teams.") == "1");
    // A joint step heading a predicate coordinated with the main one.
    CHECK(claims("The two leaders discussed trade and tasked their teams to follow up.") == "1");
    CHECK(claims("The two sides noted the value of the hotline and planned to hold a call soon.") == "1");
    CHECK(claims("The two sides noted the value of the hotline.").empty());
    // Appeals and references to another occasion's agreement are no claims.
    CHECK(claims("The two sides should deliver on the consensus.").empty());
    CHECK(claims("Wang Yi called on the two sides to act on the common understandings reached in San Francisco.").empty());
    // A past-tense claim coordinated after an appeal is a predicate of its own; a base form stays in the call.
    CHECK(claims("The two leaders urged restraint and agreed to stay in touch.") == "1");
    CHECK(claims("The presidents said poor nations should get fair loan terms, and together committed to press for it.") == "1");
    CHECK(claims("The two leaders called on the parties to stop and agree to a ceasefire.").empty());
    // What the talks took up is no claim of what they settled, unless a predicate of its own follows.
    CHECK(claims("Both presidents discussed ways to secure a truce.").empty());
    CHECK(claims("Both presidents discussed their shared commitment to clean energy.").empty());
    // A pledge's own verb after "and" heads a predicate of its own.
    CHECK(claims("Both presidents discussed energy and restated their joint commitment to wind farms.") == "1");
    CHECK(claims("The two leaders discussed energy and agreed to build a new grid link.") == "1");
    CHECK(claims("The two leaders discussed energy, and they agreed to build a new grid link.") == "1");
    // A predicate of its own is past or "will": "and plans to" coordinates a second noun of what they
    // took up, "to secure ... and achieve" a second verb of the infinitive.
    CHECK(claims("The leaders discussed the minister's reform agenda and plans to modernize the grid.").empty());
    CHECK(claims("Both presidents discussed a plan to free the crew and achieve a truce.").empty());
    CHECK(claims("The two leaders discussed energy and will meet again in May.") == "1");
    // "and" then a word that is no adverb opens a clause with a subject of its own.
    CHECK(claims("They reviewed a rail fund to which Canada will give and Peru will commit more.").empty());
    CHECK(claims("The two sides discussed the compact and jointly committed funds.") == "1");
    CHECK(claims("The two heads of state agreed in Bali last November on a course.").empty());
    // Another occasion named in an earlier predicate of the clause belongs to it, not to the claim.
    CHECK(claims("The two sides praised the hotline's record over the past two years and committed to keep it open.") == "1");
    CHECK(claims("The two leaders asked their teams to act on the understandings reached in San Francisco, and agreed to "
                 "stay in regular contact.") == "1");
    CHECK(claims("Over the past two years the two sides have committed to more flights.").empty());
    CHECK(claims("Wang said the two presidents met in Lima last year, where they talked for hours and reached a consensus.").empty());
    // One side's decision, or a step an official only welcomed.
    CHECK(claims("China has decided to accept the amendment.").empty());
    CHECK(claims("Secretary Blinken welcomed the launch of the working group.").empty());
    // Both sides welcoming an outcome claim it together.
    CHECK(claims("The two leaders welcomed the resumption of military-to-military talks.") == "1");
    CHECK(claims("The two leaders welcomed resumption of joint patrols.") == "1");
    CHECK(claims("The two leaders welcomed the opportunity to meet.").empty());
    // A step's -ing form in a list of topics is no step taken; after a form of "be" it is.
    CHECK(claims("They discussed port security, and renewing efforts to share data.").empty());
    CHECK(claims("The two sides are also resuming talks between their coast guards.") == "1");
    CHECK(claims("Both sides welcomed the signing of the port accord.") == "1");
    CHECK(claims("Secretary Blinken welcomed the signing of the port accord.").empty());
    CHECK(claims("The ministers warmly welcomed the recent signing of a fisheries pact.") == "1");
    // The leaders' consensus one official reports is recalled, not this meeting's claim.
    CHECK(claims("Wang Yi said that the two heads of state reached important consensus at their talks.").empty());
    CHECK(claims("The two heads of state reached important consensus on grain.") == "1");
    // Recognizing the need to act, like affirming it, is a step both sides take.
    CHECK(claims("The two looked at farm trade and recognized the need to widen it.") == "1");
    CHECK(claims("Secretary Blinken recognized the need to widen farm trade.").empty());
    // An agreement named before a passive settle verb, or one the sides reiterate.
    CHECK(claims("An agreement was reached to resume flights.") == "1");
    CHECK(claims("The two heads of state implemented the consensus reached by their teams.").empty());
    CHECK(claims("The two leaders reiterated their agreement that the hotline must stay open.") == "1");
    CHECK(claims("Wang Yi reiterated China's position on Taiwan.").empty());
    // Both sides reiterating or renewing their own commitment claim it; a shared view does not.
    CHECK(claims("The two leaders reiterated their commitment to a ceasefire.") == "1");
    CHECK(claims("The two leaders renewed their commitment to the partnership.") == "1");
    CHECK(claims("Both leaders reiterated the importance of the hotline.").empty());
    CHECK(claims("President Joe Biden reiterated their commitment to a ceasefire.").empty());
    // Both sides as the subject of a clause joined by "and", or after an opening phrase with a parenthesis.
    CHECK(claims("President Joe Biden stressed the U.S. position and the leaders reaffirmed their respect for the talks.") == "1");
    CHECK(claims("Following the climate summit (COP28), they reiterated their pledge to cut methane.") == "1");
    CHECK(claims("Within that frame, they reiterated their pledge to cut methane.") == "1");
    // Both sides underscoring their commitment or resolve, or resolving to act, claim it.
    CHECK(claims("The two officials committed to closer cooperation on shipping.") == "1");
    CHECK(claims("Both leaders underscored their resolve to protect shipping.") == "1");
    CHECK(claims("The leaders resolved to coordinate on shipping.") == "1");
    CHECK(claims("The two leaders underscored the need to keep talking.").empty());
    // Both sides expressing their commitment claim it; one official's commitment is his own.
    CHECK(claims("The two presidents expressed their shared commitment to keep shipping lanes open.") == "1");
    CHECK(claims("President Joe Biden expressed his commitment to keep shipping lanes open.").empty());
    // A meeting's purpose, a pledge both own, claims it; a purpose of one side's does not.
    CHECK(claims("President Joe Biden met Prime Minister Lind in Oslo to reaffirm their shared commitment on grain.") == "1");
    CHECK(claims("President Joe Biden met Prime Minister Lind in Oslo to reaffirm U.S. support for the alliance.").empty());
    // "shared" says both own the commitment, whoever's it is named as; one official's mention claims nothing.
    CHECK(claims("The two advisors underscored the allies' shared commitment to port security.") == "1");
    CHECK(claims("President Joe Biden praised the allies' shared commitment to port security.").empty());
    CHECK(claims("The two advisors underscored our joint commitment to port security.") == "1");
    CHECK(claims("President Joe Biden praised our joint commitment to port security.").empty());
    // A joint step in a comma-separated list of the joint subject's predicates; not after another subject.
    CHECK(claims("The two leaders reviewed port security, reaffirmed their pledge to share data, and discussed grain.") == "1");
    CHECK(claims("The two leaders reviewed the data Secretary Blinken shared, reaffirmed by his team.").empty());
    // "Both X and Y": the group after "both" is the subject.
    CHECK(claims("President Joe Biden met Prime Minister Ana Torres. Both President Biden and Prime Minister Torres "
                 "reiterated their commitment to open shipping lanes.") == "2");
    // "direct" is a joint step as a verb with its object, never the adjective.
    CHECK(claims("The two leaders directed their teams to follow up.") == "1");
    CHECK(claims("The two leaders held direct and substantive talks.").empty());
    // A bare office held by the official named before joins the principal.
    CHECK(claims("Secretary Gina Raimondo met Minister Wang Wentao. The Secretary and the Minister announced the "
                 "establishment of a working group.") == "2");
    // Restating the relationship itself is a shared view; a commitment, a deed or what they will do claims it.
    CHECK(claims("The two ministers reaffirmed the enduring ties of their nations.").empty());
    CHECK(claims("The two ministers affirmed the importance of their partnership and reviewed trade.").empty());
    CHECK(claims("The two ministers affirmed the importance of keeping the strait calm.") == "1");
    // So is the importance of something, or an interest in it, with no deed in it.
    CHECK(claims("The two ministers affirmed the importance of calm in the region.").empty());
    CHECK(claims("The two ministers reaffirmed a mutual interest in calm seas.").empty());
    CHECK(claims("The two ministers reaffirmed their shared interest in closer cooperation.") == "1");
    CHECK(claims("The two ministers affirmed the importance of joint police actions.") == "1");
    CHECK(claims("The two ministers reaffirmed their firm commitment to the alliance.") == "1");
    CHECK(claims("The two ministers affirmed that both nations will strengthen their partnership.") == "1");
    CHECK(claims("The two ministers affirmed the outcomes of the dialogue that deepened their ties.") == "1");
    CHECK(claims("The two ministers reaffirmed support for a stronger alliance.") == "1");
    CHECK(claims("The two ministers discussed trade and reaffirmed their commitment to the partnership.") == "1");
    CHECK(claims("The two ministers affirmed the value of the alliance and the need to stay alert.") == "1");
}

TEST_CASE("the items of a list that follows 'agreed to:' are agreement claims until a sentence with a subject") {
    Analysis analysis = analyze_body(
        "Secretary Raimondo and Minister Wang agreed to:\n\n"
        "Establish a working group on commercial issues.\n\n"
        "Hold technical talks on trade secrets. The first meeting will take place in March.\n\n"
        "Secretary Raimondo discussed export controls.");
    CHECK(joined(analysis.agreements) == "1 | 2 | 3 | 4");
}
