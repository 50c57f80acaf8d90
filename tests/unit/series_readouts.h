// Readouts built by hand for the series unit tests: a few sentences with
// topics and tone, formulas and meeting words on them, so each test states
// exactly what changed from one readout to the next.
#pragma once

#include <string>
#include <vector>

#include "series/readout.h"

namespace test_support {

using readoutdiff::lexicon::Category;
using readoutdiff::lexicon::Side;
using readoutdiff::lexicon::Variant;
using readoutdiff::series::Readout;

struct ReadoutBuilder {
    Readout readout;

    ReadoutBuilder(std::string path, std::string date, Side side = Side::us) {
        readout.path = std::move(path);
        readout.date = std::move(date);
        readout.side = side;
    }
    // A sentence with its tone and topics; returns its id.
    int sentence(std::string text, double tone = 0, std::vector<std::string> topics = {}) {
        readout.sentences.push_back({std::move(text), std::move(topics), tone});
        readout.words += 10;
        return static_cast<int>(readout.sentences.size());
    }
    ReadoutBuilder& formula(std::string group, Variant variant, std::string term, int sentence) {
        readout.formulas.push_back({std::move(group), variant, std::move(term), sentence});
        return *this;
    }
    ReadoutBuilder& word(std::string word, Category rung, int sentence) {
        readout.meeting_words.push_back({std::move(word), rung, sentence});
        return *this;
    }
    ReadoutBuilder& topic(std::string id, double share, int rank) {
        readout.topics.push_back({std::move(id), share, 1, rank});
        return *this;
    }
    ReadoutBuilder& tone(double score, double confrontation, double cooperation = 0) {
        readout.tone = {score, confrontation, cooperation};
        return *this;
    }
};

}  // namespace test_support

#include "series/timeline_builder.h"

namespace test_support {

// Two US readouts and two PRC readouts whose texts carry markup, a table
// separator, Markdown emphasis and a terminal escape, for the renderers.
inline readoutdiff::series::Timeline hostile_timeline() {
    readoutdiff::series::Collection c;
    c.topics = {{"taiwan", "Taiwan <b>"}, {"trade", "Trade | economy"}};
    const std::string nasty =
        "He said <script>alert(1)</script> | *bold* \x1b[31mred\x1b[0m and \xE2\x80\xAE reversed.";
    ReadoutBuilder us1("us/<a>.txt", "2031-01-01", Side::us), us2("us/b.txt", "2031-02-01", Side::us);
    ReadoutBuilder prc1("prc/a.txt", "2031-01-02", Side::prc), prc2("prc/b.txt", "2031-02-02", Side::prc);
    us1.readout.title = "Title <i>one</i> | `x`";
    us1.readout.source = "javascript:alert(2)";
    int a = us1.sentence(nasty, 0.3, {"taiwan"});
    us1.formula("one-china", Variant::us, "one china policy", a)
        .word("candid", Category::candid, a)
        .topic("taiwan", 0.6, 1)
        .tone(0.3, 0.0, 0.3);
    int b = us2.sentence("The US opposes Taiwan independence.", -0.6, {"taiwan"});
    int c2 = us2.sentence(nasty, -0.2, {"trade"});
    us2.formula("taiwan-independence", Variant::prc, "oppose taiwan independence", b)
        .word("frank", Category::frank, c2)
        .topic("taiwan", 0.4, 1)
        .topic("trade", 0.3, 2)
        .tone(-0.4, 0.4);
    int d = prc1.sentence("The one-China principle stands.", 0.1, {"taiwan"});
    prc1.formula("one-china", Variant::prc, "one-china principle", d).topic("taiwan", 1.0, 1).tone(0.1, 0);
    int e = prc2.sentence("Trade talks went well.", 0.5, {"trade"});
    prc2.formula("win-win", Variant::prc, "win-win cooperation", e).topic("trade", 1.0, 1).tone(0.5, 0);
    for (auto* r : {&us1, &us2, &prc1, &prc2}) c.readouts.push_back(r->readout);
    c.found = 5;
    c.left_out.push_back({"undated <x>.txt", readoutdiff::series::LeftOutReason::undated});
    return readoutdiff::series::build_timeline(std::move(c), {});
}

}  // namespace test_support
