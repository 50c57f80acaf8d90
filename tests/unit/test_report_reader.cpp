// Tests for series/report_reader: a compare JSON report read back gives the
// same readouts as the analyses it was written from; anything else is an
// input error naming the file and the field.
#include <doctest/doctest.h>

#include <sstream>

#include "analyze/analyzer.h"
#include "error.h"
#include "pipeline/pipeline.h"
#include "render/json_report.h"
#include "series/readout_of_analysis.h"
#include "series/report_reader.h"
#include "text/text.h"

namespace {

using readoutdiff::Error;
using readoutdiff::series::read_report;
using readoutdiff::series::Readout;

const char* kUs =
    "---\ntitle: Readout of Secretary Blinken's Call with PRC Foreign Minister Wang Yi\ndate: 2031-03-02\n---\n\n"
    "Secretary Blinken spoke with Foreign Minister Wang Yi. They held a candid and constructive discussion. "
    "The Secretary reaffirmed the one China policy and raised concerns about fentanyl.\n";
const char* kPrc =
    "Wang Yi Speaks with U.S. Secretary of State Antony Blinken\n\n"
    "Wang Yi said the one-China principle is the foundation of relations. The two sides had a frank exchange on "
    "trade.\n";

std::string report_json(readoutdiff::compare::Comparison& out) {
    static const readoutdiff::analyze::Analyzer analyzer(readoutdiff::lexicon::builtin_lexicons());
    out = readoutdiff::pipeline::compare_texts(readoutdiff::text::parse_text(kUs, "us.md"),
                                               readoutdiff::text::parse_text(kPrc, "prc.txt"), analyzer);
    std::ostringstream json;
    readoutdiff::render::write_json(out, json);
    return json.str();
}

void check_same(const Readout& a, const Readout& b) {
    CHECK(a.path == b.path);
    CHECK(a.title == b.title);
    CHECK(a.date == b.date);
    CHECK(a.side == b.side);
    CHECK(a.words == b.words);
    REQUIRE(a.sentences.size() == b.sentences.size());
    for (size_t i = 0; i < a.sentences.size(); ++i) {
        CHECK(a.sentences[i].text == b.sentences[i].text);
        CHECK(a.sentences[i].topics == b.sentences[i].topics);
        CHECK(a.sentences[i].tone == doctest::Approx(b.sentences[i].tone));
    }
    REQUIRE(a.topics.size() == b.topics.size());
    for (size_t i = 0; i < a.topics.size(); ++i) {
        CHECK(a.topics[i].id == b.topics[i].id);
        CHECK(a.topics[i].share == doctest::Approx(b.topics[i].share));
        CHECK(a.topics[i].rank == b.topics[i].rank);
    }
    CHECK(a.tone.score == doctest::Approx(b.tone.score));
    CHECK(a.tone.confrontation == doctest::Approx(b.tone.confrontation));
    REQUIRE(a.formulas.size() == b.formulas.size());
    for (size_t i = 0; i < a.formulas.size(); ++i) CHECK(a.formulas[i].term == b.formulas[i].term);
    REQUIRE(a.meeting_words.size() == b.meeting_words.size());
    for (size_t i = 0; i < a.meeting_words.size(); ++i) CHECK(a.meeting_words[i].rung == b.meeting_words[i].rung);
}

}  // namespace

TEST_CASE("a compare report read back gives the readouts its analyses give, the pair's date where a side has none") {
    readoutdiff::compare::Comparison comparison;
    std::string json = report_json(comparison);
    auto report = read_report(json, "pair.json", "2031-03-03");
    check_same(report.left, readoutdiff::series::readout_of(comparison.left, "2031-03-02"));
    check_same(report.right, readoutdiff::series::readout_of(comparison.right, "2031-03-03"));
    CHECK_FALSE(report.left.formulas.empty());
    CHECK_FALSE(report.left.meeting_words.empty());
    REQUIRE_FALSE(report.topics.empty());
    CHECK(report.topics.front().id == "taiwan");
}

TEST_CASE("what is not a compare report is an input error naming the file") {
    readoutdiff::compare::Comparison comparison;
    std::string json = report_json(comparison);
    auto message = [](const std::string& text) {
        try {
            read_report(text, "x.json", "");
        } catch (const Error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(message("{ not json") == "x.json: is not JSON (a compare report was expected)");
    CHECK(message("{\"schema_version\": \"2\"}") ==
          "x.json: not a readoutdiff compare report (schema_version '2', this version reads \"1\")");
    CHECK(message("{\"schema_version\": \"1\"}") == "x.json: not a readoutdiff compare report (no 'left')");
    std::string broken = json;
    broken.replace(broken.find("\"words\""), 7, "\"wordz\"");
    CHECK(message(broken) == "x.json: not a readoutdiff compare report (no 'left.words')");
}
