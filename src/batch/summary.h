// One line of summary.jsonl: what CI needs to know about a pair without
// opening its report, and what the next run needs to reuse it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compare/comparison.h"

namespace readoutdiff::batch {

struct SideSummary {
    std::string path;
    std::string side;  // us, prc or unknown
    double tone = 0;
    double assertiveness = 0;
    double confrontation = 0;
    std::vector<std::string> characterization;
    std::optional<double> warmth;
    std::vector<std::string> omitted;  // topics raised on this side only
};

struct SummaryRow {
    std::string id;
    std::string date;
    SideSummary left;
    SideSummary right;
    double tone_gap = 0;               // |left tone - right tone|
    double coverage = 0;               // share of sentences aligned
    bool characterization_changed = false;  // the sides put the meeting on different rungs
    std::string more_confrontational;  // left, right or neither
    std::vector<std::string> gates;    // --fail-on expressions this pair trips
    std::vector<std::string> outliers; // scores far from the --baseline
    std::string error;                 // why the pair could not be compared; empty when it was
    std::string input_hash;            // of the inputs, lexicons and tool version: unchanged means reusable
    bool reused = false;               // taken from the previous run (not written to the line)

    bool failed() const { return !error.empty(); }
};

SummaryRow summarize(const std::string& id, const std::string& date, const compare::Comparison& comparison);

// One JSON object on one line, keys in a fixed order, numbers rounded.
std::string to_json_line(const SummaryRow& row);

// Parses a line written by to_json_line; throws Error(path, ..., line) if it is not one.
SummaryRow from_json_line(const std::string& line, const std::string& path, size_t line_number);

// All rows of a summary.jsonl file.
std::vector<SummaryRow> read_summary(const std::string& path);

}  // namespace readoutdiff::batch
