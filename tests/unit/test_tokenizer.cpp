// Tests for segment/tokenizer: word tokens with spans into the body, folded
// and stemmed forms, and the clause breaks that bound negation.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "segment/tokenizer.h"

namespace {

using readoutdiff::segment::Span;
using readoutdiff::segment::Token;
using readoutdiff::segment::tokenize;

std::vector<Token> tokens_of(std::string_view text) { return tokenize(text, Span{0, static_cast<uint32_t>(text.size())}); }

// The items separated by " | ", so that a failure prints readable values.
template <typename T>
std::string joined(const std::vector<T>& items) {
    std::ostringstream out;
    for (size_t i = 0; i < items.size(); ++i) out << (i ? " | " : "") << items[i];
    return out.str();
}

std::string folded(std::string_view text) {
    std::vector<std::string> out;
    for (const Token& t : tokens_of(text)) out.push_back(t.folded);
    return joined(out);
}

}  // namespace

TEST_CASE("tokenize folds words and keeps possessives and abbreviations whole") {
    CHECK(folded("China\u2019s U.S. Policy") == "china's | u.s | policy");
}

TEST_CASE("tokenize splits hyphenated words and skips punctuation") {
    CHECK(folded("mil-to-mil talks, (resumed).") == "mil | to | mil | talks | resumed");
}

TEST_CASE("tokenize keeps ideographs as words") {
    std::vector<Token> tokens = tokens_of("\u4E2D\u56FD and China");
    REQUIRE(tokens.size() >= 3);
    CHECK(tokens.back().folded == "china");
    for (const Token& t : tokens) CHECK_FALSE(t.folded.empty());
}

TEST_CASE("tokenize gives spans into the body, offset by the sentence span") {
    std::string_view body = "First. The two sides met.";
    std::vector<Token> tokens = tokenize(body, Span{7, static_cast<uint32_t>(body.size())});
    REQUIRE(tokens.size() == 4);
    CHECK(tokens[0].span.begin == 7);
    CHECK(tokens[0].span.end == 10);
    CHECK(body.substr(tokens[3].span.begin, tokens[3].span.end - tokens[3].span.begin) == "met");
}

TEST_CASE("tokenize stems each folded word") {
    std::vector<Token> tokens = tokens_of("Urged urges urging");
    REQUIRE(tokens.size() == 3);
    CHECK(tokens[0].stem == "urg");
    CHECK(tokens[1].stem == "urg");
    CHECK(tokens[2].stem == "urg");
}

TEST_CASE("tokenize marks the word after a clause break") {
    struct Case {
        const char* text;
        const char* breaks;  // one digit a token: 1 = after a clause break
    };
    const Case cases[] = {
        {"not easy, but fine", "0010"},
        {"one; two: three", "011"},
        {"one (two) three", "011"},
        {"one \u2014 two \u2013 three", "011"},
        {"one two", "00"},
    };
    for (const Case& c : cases) {
        std::string text = c.text;
        CAPTURE(text);
        std::string breaks;
        for (const Token& t : tokens_of(text)) breaks += t.after_clause_break ? '1' : '0';
        CHECK(breaks == c.breaks);
    }
}

TEST_CASE("phrase_tokens gives the same tokens with and without ICU for plain phrases") {
    // Plain lower-case phrases take a fast path; it must agree with the full tokenizer.
    for (std::string_view phrase : {"cooperation", "win win cooperation", "red line", "one china policy", "a b c"}) {
        CAPTURE(phrase);
        std::vector<readoutdiff::segment::Token> fast = readoutdiff::segment::phrase_tokens(phrase);
        std::vector<readoutdiff::segment::Token> full =
            readoutdiff::segment::tokenize(phrase, readoutdiff::segment::Span{0, static_cast<uint32_t>(phrase.size())});
        REQUIRE(fast.size() == full.size());
        for (size_t k = 0; k < fast.size(); ++k) {
            CHECK(fast[k].folded == full[k].folded);
            CHECK(fast[k].stem == full[k].stem);
            CHECK(fast[k].span.begin == full[k].span.begin);
            CHECK(fast[k].span.end == full[k].span.end);
            CHECK(fast[k].after_clause_break == full[k].after_clause_break);
        }
    }
}
