// A readout body (and title) analyzed with the built-in lexicons, for the
// unit tests of the analyze and align stages.
#pragma once

#include <string>

#include "analyze/analyzer.h"
#include "lexicon/lexicons.h"
#include "segment/segment.h"

inline readoutdiff::analyze::Analysis analyze_body(const std::string& body, const std::string& title = "") {
    static const readoutdiff::analyze::Analyzer analyzer(readoutdiff::lexicon::builtin_lexicons());
    readoutdiff::text::Text text;
    text.path = "test.txt";
    text.title = title;
    text.body = body;
    return analyzer.analyze(readoutdiff::segment::segment(text, readoutdiff::lexicon::builtin_lexicons().segmenting));
}

// "speaker/side" for each sentence, separated by " | ".
inline std::string speakers(const readoutdiff::analyze::Analysis& analysis) {
    std::string out;
    for (const auto& sentence : analysis.sentences) {
        if (!out.empty()) out += " | ";
        out += sentence.speaker + "/" + std::string(readoutdiff::lexicon::to_string(sentence.speaker_side));
    }
    return out;
}
