// Same-point links against gold, by the standard sure/possible method: a
// predicted sentence pair is correct if gold has it as sure or possible;
// recall counts the sure pairs found. Sentences left unmatched are scored
// too, since "no counterpart" is half of what an analyst reads.
#pragma once

#include <string>
#include <vector>

#include "eval/annotation.h"

namespace readoutdiff::eval {

// a / b, or 1 when b is 0 (nothing to find means nothing was missed).
inline double ratio(size_t a, size_t b) { return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b); }

inline double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}

struct Counts {
    size_t predicted = 0;          // predicted sentence pairs
    size_t predicted_correct = 0;  // of those, sure or possible in gold
    size_t sure = 0;               // sure pairs in gold
    size_t sure_found = 0;         // of those, predicted
    size_t gold_unmatched = 0;       // sentences in no gold link
    size_t predicted_unmatched = 0;  // sentences the prediction left unmatched
    size_t unmatched_agreed = 0;     // in both

    Counts& operator+=(const Counts& other);
    double precision() const;
    double recall() const;
    double f1() const;
    double unmatched_precision() const;
    double unmatched_recall() const;
};

struct PairError {
    bool missed;  // a sure gold pair not predicted; else a predicted pair gold does not have
    int left;
    int right;
};

struct PairScore {
    std::string pair;
    std::string split;
    Counts counts;
    std::vector<PairError> errors;
};

// The predicted links are those the prediction is sure of (all of the tool's;
// an annotator's sure links: the rows it would show).
PairScore score_links(const Annotation& gold, const Annotation& predicted, size_t left_sentences,
                      size_t right_sentences);

}  // namespace readoutdiff::eval
