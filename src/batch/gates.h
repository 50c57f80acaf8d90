// --fail-on expressions: small conditions on a pair's summary that make a
// CI run fail ("tone_gap>0.6", "omitted:taiwan", "coverage<0.5",
// "characterization_changed"), or a condition on a readout that --pair auto
// put in no pair ("unpaired").
#pragma once

#include <string>
#include <vector>

#include "batch/summary.h"

namespace readoutdiff::batch {

enum class GateField {
    tone_gap,
    coverage,
    confrontation_gap,
    left_tone,
    right_tone,
    left_confrontation,
    right_confrontation,
    left_assertiveness,
    right_assertiveness
};
enum class GateOp { greater, greater_equal, less, less_equal, equal, not_equal };
enum class GateFlag { characterization_changed, outlier, unpaired };

struct Gate {
    enum class Kind { compare, omitted, flag } kind = Kind::compare;
    std::string text;                       // as the user wrote it
    GateField field = GateField::tone_gap;  // compare
    GateOp op = GateOp::greater;            // compare
    double value = 0;                       // compare
    std::string topic;                      // omitted: a topic id, or "any"
    GateFlag flag = GateFlag::outlier;      // flag
};

// The names a gate may use, for messages and the README.
std::vector<std::string> gate_numeric_fields();
std::vector<std::string> gate_flags();

// Throws Error naming the expression and the 1-based column of the problem.
Gate parse_gate(const std::string& text);

// Throws Error when an omitted:TOPIC gate names a topic that is not in topic_ids.
void check_gate_topic(const Gate& gate, const std::vector<std::string>& topic_ids);

// Whether the gate can only trip against a --baseline (outlier).
bool needs_baseline(const Gate& gate);

// Whether the gate can only trip on readouts --pair auto left out (unpaired).
bool needs_pair_auto(const Gate& gate);

bool trips(const Gate& gate, const SummaryRow& row);

// unpaired trips on a readout in no pair, an alternative aside (its meeting
// has a readout of that side); no other gate trips on a readout.
bool trips(const Gate& gate, const UnpairedRow& row);

// What tripped a gate, naming the sides: "PRC omits taiwan (raised by US)",
// "tone_gap 0.71 > 0.6".
std::string trip_detail(const Gate& gate, const SummaryRow& row);

}  // namespace readoutdiff::batch
