// Agreement of the tone and framing signals with gold: which side is more
// confrontational, the characterization words, the topics only one side
// raises, the sentences claiming agreement, who asked for the meeting.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "compare/comparison.h"
#include "eval/gold.h"
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
};

struct SignalScore {
    std::string pair;
    std::string split;
    std::string predicted_confrontational;  // left, right, neither
    std::string gold_confrontational;
    std::string predicted_request;  // left, right or empty
    std::string gold_request;
    bool sides_right = false;  // left detected as us and right as prc
    SetCounts characterization;
    SetCounts topics_only;
    SetCounts agreements;
};

SignalScore score_signals(const Gold& gold, const compare::Comparison& comparison);

void write_signal_table(const std::vector<SignalScore>& scores, std::ostream& out);

}  // namespace readoutdiff::eval
