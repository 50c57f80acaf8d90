// How far one annotation agrees with another, signal by signal: the tool
// against an annotator, or one annotator against another (the ceiling).
#pragma once

#include <string>

#include "eval/annotation.h"
#include "eval/scores.h"

namespace readoutdiff::eval {

// Precision and recall of a predicted set against a gold set.
struct SetCounts {
    size_t predicted = 0;
    size_t gold = 0;
    size_t agreed = 0;
    SetCounts& operator+=(const SetCounts& other);
    double precision() const;
    double recall() const;
    double f1() const;
};

// k right out of n; n = 0 when the gold does not annotate it.
struct Tally {
    size_t right = 0;
    size_t total = 0;
    Tally& operator+=(const Tally& other);
    void add(bool is_right);
};

struct Agreement {
    std::string pair;
    std::string split;
    Tally harsher;          // the more confrontational side
    Tally harsher_clear;    // the same, where gold is clear about it
    Tally harsher_unsure;   // where gold is not clear: the prediction says neither or is not clear either
    Tally meeting_words_exact;  // sides whose meeting words are exactly gold's (as stems)
    SetCounts meeting_words;
    SetCounts topics_only;
    SetCounts agreements;
    Tally asked;     // who asked for the meeting
    Tally speakers;  // sentences whose speaker side is gold's
    Tally sides;     // readouts whose side is gold's (us, prc)
    Counts links;    // same-point links
    SetCounts counterparts;  // sentence pairs (left, right) placed in one section
    bool has_counterparts = false;

    Agreement& operator+=(const Agreement& other);
};

// left_sentences, right_sentences: the sentence counts of the two readouts.
Agreement agreement(const Annotation& predicted, const Annotation& gold, size_t left_sentences,
                    size_t right_sentences);

}  // namespace readoutdiff::eval
