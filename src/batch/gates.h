// --fail-on expressions: small conditions on a pair's summary that make a
// CI run fail ("tone_gap>0.6", "omitted:taiwan", "coverage<0.5",
// "characterization_changed").
#pragma once

#include <string>
#include <vector>

#include "batch/summary.h"

namespace readoutdiff::batch {

struct Gate {
    enum class Kind { compare, omitted, flag } kind;
    std::string text;   // as the user wrote it
    std::string field;  // compare: a numeric field; flag: a flag name
    std::string op;     // compare: > >= < <= == !=
    double value = 0;
    std::string topic;  // omitted: a topic id, or "any"
};

// The names a gate may use, for messages and the README.
std::vector<std::string> gate_numeric_fields();
std::vector<std::string> gate_flags();

// Throws Error naming the expression and the 1-based column of the problem.
Gate parse_gate(const std::string& text);

// Throws Error when an omitted:TOPIC gate names a topic that is not in topic_ids.
void check_gate_topic(const Gate& gate, const std::vector<std::string>& topic_ids);

bool trips(const Gate& gate, const SummaryRow& row);

}  // namespace readoutdiff::batch
