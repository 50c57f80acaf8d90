// `readoutdiff eval`: runs the tool on the corpus pairs that have gold and
// scores it, signal by signal, per pair, per split and overall, beside a
// word-overlap baseline and, where a pair has one, a second annotator.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "align/params.h"
#include "analyze/analyzer.h"
#include "eval/agreement.h"
#include "eval/scores.h"

namespace readoutdiff::eval {

struct ErrorExample {
    std::string pair;
    bool missed;
    std::string left_text;
    std::string right_text;
    int left;
    int right;
};

struct PairEvaluation {
    std::string pair;
    std::string split;
    PairScore links;                // the aligner's same-point links against gold
    PairScore baseline;             // the word-overlap baseline's
    Agreement signals;              // every signal against gold
    std::optional<PairScore> second_annotator;  // gold-second.json's links against gold
};

struct Evaluation {
    std::vector<PairEvaluation> pairs;  // in the order given
    std::vector<ErrorExample> errors;
};

// A second, independent annotator's links for a pair, in gold.json's format.
constexpr const char* kSecondAnnotation = "gold-second.json";

Evaluation evaluate(const std::vector<std::string>& gold_paths, const analyze::Analyzer& analyzer,
                    const align::AlignerParams& params);

// The tables: links per pair, micro-averages per split and overall for the
// aligner and the baseline, a second annotator where there is one, up to
// worst_count errors, then the signals.
void write_evaluation(const Evaluation& evaluation, size_t worst_count, std::ostream& out);

}  // namespace readoutdiff::eval
