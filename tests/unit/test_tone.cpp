// Tests for analyze/tone through the real pipeline (segment + Analyzer with
// the built-in lexicons): the sign of a sentence's tone and the rules that
// shaped it (speech acts and their addressees, negation, prohibition,
// intensifiers, concessions), one sentence at a time.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "analyze/analyzer.h"
#include "analyze_body.h"
#include "analyze/tone.h"
#include "lexicon/lexicons.h"
#include "segment/segment.h"

namespace {

using readoutdiff::analyze::Analysis;
using readoutdiff::analyze::SentenceAnalysis;
using readoutdiff::analyze::TermHit;
using readoutdiff::analyze::Tone;

Tone tone_of(const std::string& sentence) {
    Analysis analysis = analyze_body(sentence);
    REQUIRE(analysis.sentences.size() == 1);
    return analysis.sentences[0].tone;
}

int sign(double x) { return x > 0 ? 1 : x < 0 ? -1 : 0; }

// "term/category/rule" for each hit, so failures show what the analyzer saw.
std::string describe(const Tone& tone) {
    std::string out;
    for (const TermHit& hit : tone.terms) {
        out += (out.empty() ? "" : "; ") + hit.term + "/" + std::string(readoutdiff::lexicon::to_string(hit.category)) + "/" + std::to_string(hit.weight);
        if (!hit.rule.empty()) out += "/" + hit.rule;
    }
    return out;
}

bool has_rule(const Tone& tone, const std::string& rule) {
    for (const TermHit& hit : tone.terms) {
        if (hit.rule == rule) return true;
    }
    return false;
}

const TermHit* find_hit(const Tone& tone, const std::string& term) {
    for (const TermHit& hit : tone.terms) {
        if (hit.term == term) return &hit;
    }
    return nullptr;
}

struct ToneCase {
    const char* sentence;
    int sign;              // expected sign of the sentence's tone score
    const char* rule;      // a rule some hit must carry, or ""
    const char* not_rule;  // a rule no hit may carry, or ""
};

const std::vector<ToneCase> kCases = {
    // Reassurances disclaim what they govern; negated confrontational terms are reassurances.
    {"The United States does not seek a new Cold War.", +1, "disclaimed", ""},
    {"The United States doesn\u2019t seek a new Cold War.", +1, "negated", ""},
    {"The United States does not seek conflict.", +1, "disclaimed", ""},
    {"Neither side wants confrontation.", +1, "negated", ""},
    {"The two sides are not rivals.", +1, "negated", ""},
    {"China is not a threat.", +1, "negated", ""},
    {"China has no intention to challenge the United States.", +1, "disclaimed", ""},
    {"The United States does not support Taiwan independence.", +1, "negated", ""},
    {"President Xi said the two countries should be partners, not rivals.", +1, "negated", ""},
    // Negated cooperative terms turn negative.
    {"The two leaders did not reach agreement on Taiwan.", -1, "negated", ""},
    {"There was no progress on fentanyl.", -1, "negated", ""},
    {"It was not constructive.", -1, "negated", ""},
    // A negation stops at a clause break.
    {"It was not easy, but constructive.", +1, "", "negated"},
    // Prohibitions stay warnings.
    {"No external interference will be tolerated.", -1, "prohibition", "negated"},
    {"No provocation will be allowed.", -1, "prohibition", "negated"},
    {"No interference in China's internal affairs will be accepted.", -1, "prohibition", "negated"},
    {"The U.S. side will not tolerate coercion.", -1, "", "negated"},
    {"China will never allow Taiwan independence.", -1, "", "negated"},
    {"The Chinese side will tolerate neither separatist moves nor meddling by outside forces.", -1, "prohibition", "negated"},
    {"Whoever chooses to test that resolve will pay a heavy price.", -1, "", ""},
    // Intensifiers.
    {"China firmly opposes Taiwan independence.", -1, "intensified x1.4", ""},
    {"China resolutely opposes the U.S. export controls.", -1, "intensified x1.5", ""},
    {"The two sides strongly condemned the attack.", -1, "intensified x1.5", ""},
    {"The Chinese side is deeply concerned about the sanctions.", -1, "intensified x1.4", ""},
    {"The U.S. side is gravely concerned about China's coercive actions.", -1, "intensified x1.6", ""},
    {"Both presidents sincerely welcomed the progress.", +1, "intensified x1.2", ""},
    // Euphemisms for disagreement.
    {"The two sides held candid talks.", -1, "", ""},
    {"The two sides candidly discussed trade.", -1, "", ""},
    {"They had a frank exchange on Taiwan.", -1, "", ""},
    {"The talks were frank.", -1, "", ""},
    {"The two sides exchanged views on Ukraine.", -1, "", ""},
    {"The two sides took note of each other's positions.", -1, "", ""},
    {"They had a straightforward discussion.", -1, "", ""},
    {"The call was businesslike.", -1, "", ""},
    {"Wang Yi explained China's principled position on Taiwan.", -1, "", ""},
    // Cooperative language.
    {"Both sides pledged win-win cooperation.", +1, "", ""},
    {"The two leaders welcomed the positive momentum in the relationship.", +1, "", ""},
    {"Both sides agreed to deepen cooperation on climate.", +1, "", ""},
    {"The talks were constructive and productive.", +1, "", ""},
    {"The two sides will work together to stabilize the relationship.", +1, "", ""},
    {"The two presidents had a cordial and friendly conversation.", +1, "", ""},
    {"China and the United States should respect each other and coexist in peace.", +1, "", ""},
    // Confrontational language.
    {"The United States will continue to raise concerns about human rights abuses.", -1, "", ""},
    {"China expressed strong dissatisfaction with the sanctions.", -1, "", ""},
    {"Wang Yi urged the U.S. to stop suppressing Chinese companies.", -1, "", ""},
    {"Beijing lodged stern representations over the arms sales.", -1, "", ""},
    {"Those who play with fire will get burned.", -1, "", ""},
    {"China will take resolute countermeasures.", -1, "", ""},
    {"The Secretary condemned the dangerous and unprofessional intercepts.", -1, "", ""},
    // Nothing that carries tone.
    {"The meeting took place in San Francisco.", 0, "", ""},
};

// Criticisms and demands that once scored as neutral or as reassurances.
const std::vector<ToneCase> kCriticismsAndDemands = {
    // "not in line with the interests" is the PRC's formula of disapproval.
    {"Such actions are not in line with the interests of either country.", -1, "", ""},
    {"This is not in line with the interests of the two peoples.", -1, "", ""},
    // A modal negation is a demand, not a reassurance.
    {"The United States should not interfere.", -1, "", "negated"},
    {"The U.S. side must not provoke.", -1, "", "negated"},
};

void check_cases(const std::vector<ToneCase>& cases) {
    for (const ToneCase& c : cases) {
        std::string sentence = c.sentence;
        CAPTURE(sentence);
        Tone tone = tone_of(sentence);
        std::string hits = describe(tone);
        CAPTURE(hits);
        CHECK(sign(tone.score) == c.sign);
        if (*c.rule) CHECK(has_rule(tone, c.rule));
        if (*c.not_rule) CHECK_FALSE(has_rule(tone, c.not_rule));
    }
}

}  // namespace

TEST_CASE("sentence tone follows negation, prohibition and intensifiers") {
    REQUIRE(kCases.size() >= 40);
    check_cases(kCases);
}

TEST_CASE("a criticism or a negated demand stays confrontational") { check_cases(kCriticismsAndDemands); }

TEST_CASE("a negated confrontational term counts for half its weight, positive, and warmth counts 0.4") {
    Tone tone = tone_of("Neither side wants confrontation.");
    const TermHit* hit = find_hit(tone, "confrontation");
    REQUIRE(hit != nullptr);
    CHECK(hit->category == readoutdiff::lexicon::Category::confrontational);
    CHECK(hit->rule == "negated");
    CHECK(hit->weight == doctest::Approx(0.35));
    CHECK(tone.score == doctest::Approx(0.35 * 0.4));
}

TEST_CASE("challenges the sides share are no charge against either") {
    Tone shared = tone_of("The delegations looked at cooperation on transnational challenges.");
    const TermHit* hit = find_hit(shared, "transnational challenges");
    REQUIRE(hit != nullptr);
    CHECK(hit->category == readoutdiff::lexicon::Category::cooperative);
    CHECK(tone_of("The envoy named the challenges posed by the other side.").score < 0);
}

TEST_CASE("issues of common concern are shared interests, not a complaint") {
    CHECK(tone_of("The delegations traded views on issues of common concern.").confrontation < 0.1);
    CHECK(tone_of("The two sides raised issues of concern.").confrontation > 0.1);
}

TEST_CASE("a negation goes on to a word joined by and or or, and no further") {
    Tone joined = tone_of("The two sides agreed to avoid conflict and confrontation.");
    const TermHit* second = find_hit(joined, "confrontation");
    REQUIRE(second != nullptr);
    CHECK(second->rule == "negated");
    Tone apart = tone_of("They will avoid conflict and seek cooperation.");
    const TermHit* cooperation = find_hit(apart, "cooperation");
    REQUIRE(cooperation != nullptr);
    CHECK(cooperation->weight > 0);
}

TEST_CASE("a negated cooperative term counts for its full weight, negative") {
    Tone tone = tone_of("There was no progress on fentanyl.");
    const TermHit* hit = find_hit(tone, "progress");
    REQUIRE(hit != nullptr);
    CHECK(hit->weight == doctest::Approx(-0.6));
}

TEST_CASE("a prohibition keeps the weight and adds assertiveness") {
    Tone tone = tone_of("No external interference will be tolerated.");
    const TermHit* hit = find_hit(tone, "external interference");
    REQUIRE(hit != nullptr);
    CHECK(hit->rule == "prohibition");
    CHECK(hit->weight == doctest::Approx(-0.7));
    CHECK(tone.assertiveness >= 0.5);
}

TEST_CASE("an intensifier multiplies the next term and the result is clamped to [-1, 1]") {
    SUBCASE("multiplied") {
        Tone tone = tone_of("China firmly opposes Taiwan independence.");
        const TermHit* hit = find_hit(tone, "opposes");
        REQUIRE(hit != nullptr);
        CHECK(hit->weight == doctest::Approx(-0.84));
    }
    SUBCASE("clamped") {
        Tone tone = tone_of("The two sides strongly condemned the attack.");
        const TermHit* hit = find_hit(tone, "condemned");
        REQUIRE(hit != nullptr);
        CHECK(hit->weight == doctest::Approx(-1.0));
        CHECK(tone.score >= -1.0);
    }
    SUBCASE("only the next term") {
        Tone tone = tone_of("China firmly opposes interference.");
        const TermHit* hit = find_hit(tone, "interference");
        REQUIRE(hit != nullptr);
        CHECK(hit->rule.empty());
        CHECK(hit->weight == doctest::Approx(-0.7));
    }
}

TEST_CASE("candid and frank are negative euphemisms, frank the stronger") {
    Tone candid = tone_of("The talks were candid.");
    Tone frank = tone_of("The talks were frank.");
    REQUIRE(find_hit(candid, "candid") != nullptr);
    REQUIRE(find_hit(frank, "frank") != nullptr);
    CHECK(find_hit(candid, "candid")->category == readoutdiff::lexicon::Category::euphemism);
    CHECK(find_hit(frank, "frank")->category == readoutdiff::lexicon::Category::euphemism);
    CHECK(frank.score < candid.score);
    CHECK(candid.score < 0);
}

TEST_CASE("assertive and hedging words set assertiveness and hedging, not the score") {
    SUBCASE("assertive") {
        Tone tone = tone_of("China is determined to safeguard its sovereignty.");
        CHECK(tone.score == 0);
        CHECK(tone.assertiveness > 0);
        CHECK(tone.hedging == 0);
    }
    SUBCASE("hedging") {
        Tone tone = tone_of("The two sides might consider it.");
        CHECK(tone.score == 0);
        CHECK(tone.hedging > 0);
        CHECK(tone.assertiveness == 0);
    }    SUBCASE("the month May is no hedge; the modal is") {
        CHECK(tone_of("The envoys talked again on May 22.").hedging == 0);
        CHECK(tone_of("The two sides may speak again.").hedging > 0);
    }
}

TEST_CASE("document tone sums the sentence scores over the square root of their number plus one") {
    Analysis analysis = analyze_body("There was no progress on fentanyl. The meeting took place in Geneva.");
    // Sentence scores -0.6 and 0, and one neutral sentence more.
    CHECK(analysis.tone.score == doctest::Approx(-0.6 / std::sqrt(3.0)));
    CHECK(analysis.tone.confrontation == doctest::Approx(0.6 / std::sqrt(3.0)));
    CHECK(analysis.tone.cooperation == 0);
    SUBCASE("an empty analysis is neutral") {
        Tone tone = readoutdiff::analyze::document_tone({});
        CHECK(tone.score == 0);
        CHECK(tone.assertiveness == 0);
        CHECK(tone.hedging == 0);
    }
}

namespace {

// The tone of the last sentence of a readout whose first sentence makes it
// the PRC's (its principal, Wang Yi, is named first).
Tone prc_tone_of(const std::string& sentence) {
    Analysis analysis = analyze_body("Wang Yi met Antony Blinken in Munich. " + sentence);
    REQUIRE(analysis.side == readoutdiff::lexicon::Side::prc);
    return analysis.sentences.back().tone;
}

}  // namespace

TEST_CASE("a demand on the other side is confrontational whatever goodwill words sit inside it") {
    Tone tone = prc_tone_of("The U.S. side must keep to the one-China principle and back China's peaceful reunification.");
    CAPTURE(describe(tone));
    CHECK(tone.score < 0);
    CHECK(has_rule(tone, "aimed at the other side"));
    const TermHit* peaceful = find_hit(tone, "peaceful");
    REQUIRE(peaceful != nullptr);
    CHECK(peaceful->weight == 0);
    CHECK(peaceful->rule == "inside a demand on the other side");
    const TermHit* must = find_hit(tone, "must");
    REQUIRE(must != nullptr);
    CHECK(must->addressee == readoutdiff::lexicon::Side::us);
}

TEST_CASE("opposition and a refusal to accept are acts, whatever goodwill words stand beside them") {
    // "oppose" is a complaint (an act), "will not accept" a warning: the words' mean counts a quarter beside them.
    Tone opposes = prc_tone_of("The U.S. side, while professing a wish to stabilize ties, has kept adding sanctions, "
                               "which China firmly opposes.");
    CAPTURE(describe(opposes));
    CHECK(opposes.score < 0);
    Tone refuses = prc_tone_of("The Chinese people will never accept any attempt to hold back their progress and development.");
    CAPTURE(describe(refuses));
    CHECK(refuses.score < 0);
    CHECK(describe(refuses).find("/warning/") != std::string::npos);
}

TEST_CASE("a demanding verb is aimed at its object, an obligation at its subject") {
    SUBCASE("urged the other side") {
        Tone tone = prc_tone_of("Wang Yi urged the United States to stop its suppression of Chinese companies.");
        CAPTURE(describe(tone));
        CHECK(tone.score < 0);
        CHECK(has_rule(tone, "aimed at the other side"));
    }
    SUBCASE("an appeal to both sides is no demand, and its goodwill counts") {
        Tone tone = prc_tone_of("Wang Yi said the two sides should strengthen cooperation.");
        CAPTURE(describe(tone));
        CHECK(tone.score > 0);
        CHECK(has_rule(tone, "aimed at both sides"));
    }
    SUBCASE("two sides joined by and are both sides") {
        Tone tone = prc_tone_of("China and the United States should respect each other.");
        CAPTURE(describe(tone));
        CHECK(has_rule(tone, "aimed at both sides"));
    }
    SUBCASE("an obligation on no one named counts half") {
        Tone tone = prc_tone_of("Such worries must be well founded.");
        const TermHit* must = find_hit(tone, "must");
        REQUIRE(must != nullptr);
        CHECK(must->rule == "no addressee");
        CHECK(must->weight == doctest::Approx(-0.3));
    }
}

TEST_CASE("an act in the past tense of an irregular verb is the act") {
    // The stemmer keeps "spoke" apart from "speak": the past forms are listed beside their verbs.
    CHECK(describe(tone_of("Wang Yi spoke highly of the envoy.")).find("/praise/") != std::string::npos);
    CHECK(describe(tone_of("The two sides built on the summit.")).find("built on/cooperative/") != std::string::npos);
    CHECK(describe(tone_of("He said China took countermeasures.")).find("/threat/") != std::string::npos);
}

TEST_CASE("warnings, bleak assessments and risk framing are confrontational acts") {
    for (const char* sentence : {"He warned of the consequences should Beijing send weapons to Moscow.",
                                 "China-U.S. relations are at their lowest point.",
                                 "Separatism is the biggest risk to calm across the Strait.",
                                 "The Secretary raised concerns over the PRC's arms exports."}) {
        CAPTURE(sentence);
        Tone tone = tone_of(sentence);
        CAPTURE(describe(tone));
        CHECK(tone.score < 0);
    }
}

TEST_CASE("a concession and what stands before a but count half") {
    Tone although = tone_of("Although the two countries are in conflict, they held talks.");
    const TermHit* conflict = find_hit(although, "conflict");
    REQUIRE(conflict != nullptr);
    CHECK(conflict->weight == doctest::Approx(-0.3));
    CHECK(conflict->rule == "subordinate clause");
    Tone but = tone_of("There is rivalry, but the talks were constructive.");
    const TermHit* rivalry = find_hit(but, "rivalry");
    REQUIRE(rivalry != nullptr);
    CHECK(rivalry->rule == "subordinate clause");
    CHECK(but.score > 0);
}

TEST_CASE("a negation after an obligation that binds no one stays a reassurance") {
    Tone tone = tone_of("Competition must not veer into conflict.");
    const TermHit* conflict = find_hit(tone, "conflict");
    REQUIRE(conflict != nullptr);
    CHECK(conflict->rule == "negated");
    CHECK(conflict->weight > 0);
}
