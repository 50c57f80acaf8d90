// Tests for series/readout_of_analysis: a readout file's analysis reduced to
// the series' facts, numbers rounded as the compare JSON rounds them.
#include <doctest/doctest.h>

#include <cmath>

#include "analyze/analyzer.h"
#include "segment/segment.h"
#include "series/readout_of_analysis.h"
#include "text/text.h"

TEST_CASE("sentences, topics by rank, formulas and meeting words come from the analysis") {
    const auto& lexicons = readoutdiff::lexicon::builtin_lexicons();
    readoutdiff::analyze::Analyzer analyzer(lexicons);
    auto text = readoutdiff::text::parse_text(
        "---\ntitle: Readout of Secretary Blinken's Call with PRC Foreign Minister Wang Yi\nsource_url: "
        "https://example.org/r\n---\n\n"
        "Secretary Blinken held a candid discussion with Wang Yi on climate change. "
        "He reaffirmed the one China policy on Taiwan.\n",
        "r.md");
    auto analysis = analyzer.analyze(readoutdiff::segment::segment(text, lexicons.segmenting));
    auto r = readoutdiff::series::readout_of(analysis, "2031-01-01");
    CHECK(r.path == "r.md");
    CHECK(r.date == "2031-01-01");
    CHECK(r.source == "https://example.org/r");
    CHECK(r.side == readoutdiff::lexicon::Side::us);
    REQUIRE(r.sentences.size() == 2);
    CHECK(r.sentence(2).text == "He reaffirmed the one China policy on Taiwan.");
    REQUIRE(r.topics.size() >= 2);
    for (size_t k = 1; k < r.topics.size(); ++k) CHECK(r.topics[k - 1].rank < r.topics[k].rank);
    REQUIRE(r.formulas.size() == 1);
    CHECK(r.formulas[0].group == "one-china");
    CHECK(r.formulas[0].sentence == 2);
    REQUIRE(r.meeting_words.size() == 1);
    CHECK(r.meeting_words[0].rung == readoutdiff::lexicon::Category::candid);
    for (double x : {r.tone.score, r.tone.confrontation, r.topics[0].share})
        CHECK(std::round(x * 10000) == doctest::Approx(x * 10000));
}
