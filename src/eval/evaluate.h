// `readoutdiff eval`: runs the aligner and the word-overlap baseline on gold
// pairs and reports precision, recall and F1 per pair, per split, overall.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "align/params.h"
#include "analyze/analyzer.h"
#include "eval/scores.h"
#include "eval/signals.h"

namespace readoutdiff::eval {

struct ErrorExample {
    std::string pair;
    bool missed;
    std::string left_text;
    std::string right_text;
    int left;
    int right;
};

struct Evaluation {
    std::vector<PairScore> aligner;   // one per gold file, in the order given
    std::vector<PairScore> baseline;  // the same pairs, word-overlap baseline
    std::vector<ErrorExample> errors;
    std::vector<SignalScore> signals;  // tone and framing signals against gold
    // A second annotator scored against gold, for the pairs that have its
    // links (kSecondAnnotation beside gold.json).
    std::vector<PairScore> second_annotator;
};

// A second, independent annotator's links for a pair, in gold.json's format.
constexpr const char* kSecondAnnotation = "gold-second.json";

Evaluation evaluate(const std::vector<std::string>& gold_paths, const analyze::Analyzer& analyzer,
                    const align::AlignerParams& params);

// The tables: alignment per pair, micro-averages per split and overall for the
// aligner and the baseline, the agreement of a second annotator where there is
// one, up to worst_count errors, then the signals.
void write_evaluation(const Evaluation& evaluation, size_t worst_count, std::ostream& out);

}  // namespace readoutdiff::eval
