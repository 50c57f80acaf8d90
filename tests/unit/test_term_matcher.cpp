// Tests for analyze/term_matcher with the built-in tone and cue lexicons:
// the longest term wins at each position, inflected forms match, words that
// only share a stem do not.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/term_matcher.h"
#include "lexicon/lexicons.h"
#include "segment/tokenizer.h"

namespace {

using readoutdiff::analyze::TermMatch;
using readoutdiff::analyze::TermMatcher;
using readoutdiff::lexicon::builtin_lexicons;

// The items separated by " | ", so that a failure prints readable values.
template <typename T>
std::string joined(const std::vector<T>& items) {
    std::ostringstream out;
    for (size_t i = 0; i < items.size(); ++i) out << (i ? " | " : "") << items[i];
    return out.str();
}

// "term/category@first-last" for each match.
std::string matches(const TermMatcher& matcher, std::string_view sentence) {
    auto tokens = readoutdiff::segment::tokenize(sentence, {0, static_cast<uint32_t>(sentence.size())});
    std::vector<std::string> out;
    for (const TermMatch& m : matcher.find(tokens)) {
        out.push_back(m.term->text + "/" + m.term->category + "@" + std::to_string(m.first) + "-" + std::to_string(m.last));
    }
    return joined(out);
}

const TermMatcher& tone() {
    static const TermMatcher matcher(builtin_lexicons().tone);
    return matcher;
}

const TermMatcher& cues() {
    static const TermMatcher matcher(builtin_lexicons().cues);
    return matcher;
}

}  // namespace

TEST_CASE("TermMatcher prefers the longest term at a position") {
    SUBCASE("win-win cooperation over win-win") {
        CHECK(matches(tone(), "They pursue win-win cooperation.") ==
              "win-win cooperation/cooperative@2-4");
    }
    SUBCASE("cold war mentality over cold war") {
        CHECK(matches(tone(), "Abandon the Cold War mentality.") ==
              "cold war mentality/confrontational@2-4");
    }
    SUBCASE("will not tolerate over will not") {
        CHECK(matches(tone(), "China will not tolerate it.") ==
              "will not tolerate/assertive@1-3");
    }
    SUBCASE("a shorter term where the longer does not continue") {
        CHECK(matches(tone(), "The cold war ended.") == "cold war/confrontational@1-2");
    }
}

TEST_CASE("TermMatcher does not overlap matches") {
    // "new cold war" takes "cold war", so "cold war mentality" cannot start inside it.
    CHECK(matches(tone(), "a new Cold War mentality") == "new cold war/confrontational@1-3");
}

TEST_CASE("TermMatcher returns every category of a word listed twice") {
    CHECK(matches(tone(), "China firmly opposes it.") ==
          "firmly/assertive@1-1 | firmly/intensifier@1-1 | oppose/concern@2-2");
}

TEST_CASE("TermMatcher matches inflected forms") {
    struct Case {
        const char* sentence;
        const char* match;
    };
    const Case cases[] = {
        {"urged", "urge/demand@0-0 | urge/assertive@0-0"},
        {"urges", "urge/demand@0-0 | urge/assertive@0-0"},
        {"urging", "urge/demand@0-0 | urge/assertive@0-0"},
        {"stabilizing", "stabilize/hopeful@0-0"},
        {"provoked", "provoke/confrontational@0-0"},
        {"partners", "partner/cooperative@0-0"},
        {"opposed", "oppose/concern@0-0"},
        {"CONDEMNED", "condemn/confrontational@0-0"},
    };
    for (const Case& c : cases) {
        std::string sentence = c.sentence;
        CAPTURE(sentence);
        CHECK(matches(tone(), sentence) == c.match);
    }
}

TEST_CASE("TermMatcher matches inflected words inside multi-word terms") {
    CHECK(matches(cues(), "Officials pointed out that...") == "point out/speech@1-2");
    CHECK(matches(tone(), "Both sides raised concerns.") == "raise concern/concern@2-3");
}

TEST_CASE("TermMatcher does not match a different word with the same stem") {
    // Snowball stems "products" and "productive" alike.
    CHECK(matches(tone(), "Chinese products") == "");
    CHECK(matches(tone(), "productive") == "productive/cooperative@0-0");
}

TEST_CASE("TermMatcher finds nothing in an empty sentence or one without terms") {
    CHECK(matches(tone(), "").empty());
    CHECK(matches(tone(), "The meeting took place in Woodside.").empty());
}
