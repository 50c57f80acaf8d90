// What the series stage knows of one readout: the facts it follows over time
// (code phrases, meeting words, topics, tone) and the sentences they came
// from. Built from an Analysis (a readout file) or from one side of a compare
// JSON report (a batch OUTDIR), so both inputs meet in one shape.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "lexicon/lexicons.h"

namespace readoutdiff::series {

struct ReadoutSentence {
    std::string text;                 // as the readout writes it
    std::vector<std::string> topics;  // topic ids
    double tone = 0;                  // the sentence's tone score, [-1, 1]
};

// A code phrase as used: a formula of a code_phrases.tsv group.
struct FormulaUse {
    std::string group;
    lexicon::Variant variant;
    std::string term;  // the lexicon term, e.g. "one china policy"
    int sentence = 0;  // 1-based
};

// A word the readout uses for the meeting itself.
struct MeetingWord {
    std::string word;
    lexicon::Category rung;  // cordial, constructive, candid, frank, exchanged_views
    int sentence = 0;
};

// A topic the readout raises.
struct TopicPresence {
    std::string id;
    double share = 0;  // fraction of the readout's words in sentences tagged with it
    int mentions = 0;  // sentences tagged
    int rank = 0;      // 1 = the topic raised first
};

struct ReadoutTone {
    double score = 0;          // [-1, 1]
    double confrontation = 0;  // mean over sentences of max(0, -score)
    double cooperation = 0;    // mean over sentences of max(0, score)
};

struct Readout {
    std::string path;
    std::string title;
    std::string date;    // yyyy-mm-dd
    std::string source;  // URL or publisher, may be empty
    lexicon::Side side = lexicon::Side::unknown;
    size_t words = 0;
    std::vector<ReadoutSentence> sentences;  // sentence id = index + 1
    std::vector<TopicPresence> topics;       // raised topics, by rank
    ReadoutTone tone;
    std::vector<MeetingWord> meeting_words;  // in text order
    std::vector<FormulaUse> formulas;        // in text order

    const ReadoutSentence& sentence(int id) const { return sentences.at(static_cast<size_t>(id - 1)); }
};

}  // namespace readoutdiff::series
