// Tests for compare/side_summaries: the tone drivers each report lists, the
// warmer side by meeting words, and code phrases side by side.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "compare/side_summaries.h"

namespace {

using readoutdiff::analyze::Analysis;
using readoutdiff::analyze::CodePhraseHit;
using readoutdiff::analyze::SentenceAnalysis;
using readoutdiff::analyze::TermHit;
using readoutdiff::compare::Column;
using readoutdiff::lexicon::Category;

TermHit hit(const std::string& term, Category category, double weight) {
    TermHit h;
    h.term = term;
    h.category = category;
    h.weight = weight;
    return h;
}

Analysis with_sentences(std::vector<std::vector<TermHit>> sentences) {
    Analysis a;
    for (auto& terms : sentences) {
        SentenceAnalysis s;
        s.tone.terms = std::move(terms);
        a.sentences.push_back(std::move(s));
    }
    return a;
}

CodePhraseHit phrase(const std::string& group, const std::string& term) {
    CodePhraseHit h;
    h.group = group;
    h.term = term;
    return h;
}

}  // namespace

TEST_CASE("tone_drivers: the heaviest polar terms, each once, never assertive words or hedges") {
    Analysis a = with_sentences({
        {hit("must", Category::assertive, 0.9), hit("concern", Category::concern, -0.4)},
        {hit("may", Category::hedge, 0.8), hit("red line", Category::warning, -0.7)},
        {hit("concern", Category::concern, -0.5), hit("cooperation", Category::cooperative, 0.3)},
    });
    auto top = readoutdiff::compare::tone_drivers(a, 2);
    REQUIRE(top.size() == 2);
    CHECK(top[0].term == "red line");
    CHECK(top[1].term == "concern");
    CHECK(top[1].weight == doctest::Approx(-0.5));

    auto all = readoutdiff::compare::tone_drivers(a, 10);
    CHECK(all.size() == 3);  // "concern" once
}

TEST_CASE("warmer_of: nullopt without meeting words on both sides, a tie inside the margin") {
    using readoutdiff::compare::kWarmthMargin;
    using readoutdiff::compare::warmer_of;
    CHECK_FALSE(warmer_of(std::nullopt, 0.5).has_value());
    CHECK_FALSE(warmer_of(0.5, std::nullopt).has_value());
    CHECK(warmer_of(0.5, 0.5 - kWarmthMargin / 2) == Column::neither);
    CHECK(warmer_of(0.6, 0.2) == Column::left);
    CHECK(warmer_of(-0.2, 0.3) == Column::right);
}

TEST_CASE("code_phrase_rows: groups by name, each side's variants once in the order used") {
    Analysis left, right;
    left.code_phrases = {phrase("taiwan", "one China policy"), phrase("competition", "responsibly manage"),
                         phrase("taiwan", "one China policy")};
    right.code_phrases = {phrase("taiwan", "one-China principle"), phrase("taiwan", "three joint communiques")};
    auto rows = readoutdiff::compare::code_phrase_rows(left, right);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].group == "competition");
    CHECK(rows[0].right.empty());
    CHECK(rows[1].group == "taiwan");
    CHECK(rows[1].left == std::vector<std::string>{"one China policy"});
    CHECK(rows[1].right == std::vector<std::string>{"one-China principle", "three joint communiques"});
}
