// One line of summary.jsonl: what CI needs to know about a pair without
// opening its report, and what the next run needs to reuse it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compare/comparison.h"
#include "lexicon/lexicons.h"
#include "pair/pairing.h"

namespace readoutdiff::batch {

struct SideSummary {
    std::string path;
    lexicon::Side side = lexicon::Side::unknown;  // us, prc or unknown (never both)
    double tone = 0;
    double assertiveness = 0;
    double confrontation = 0;
    std::vector<std::string> characterization;
    std::optional<double> warmth;
    std::vector<std::string> only_here;  // topics this side raises and the other leaves out
    std::vector<std::string> omits;      // topics the other side raises and this one leaves out
};

// Which readout of a pair uses more confrontational language per sentence.


// Why a pair has no comparison: its input (exit status 2) or a bug (3).
enum class ErrorKind { none, input, internal };

struct SummaryRow {
    std::string id;
    std::string date;
    SideSummary left;
    SideSummary right;
    double tone_gap = 0;                    // |left tone - right tone|
    double coverage = 0;                    // share of sentences aligned
    bool characterization_changed = false;  // the sides put the meeting on different rungs
    compare::Column more_confrontational = compare::Column::neither;
    std::vector<std::string> gates;         // --fail-on expressions this pair trips
    std::vector<std::string> gate_details;  // parallel to gates: what tripped each, naming the sides
    std::vector<std::string> outliers;      // scores far from the --baseline
    std::string error;                      // why the pair could not be compared; empty when it was
    ErrorKind error_kind = ErrorKind::none;
    std::string input_hash;  // of the inputs, lexicons and tool version: unchanged means reusable
    bool reused = false;     // taken from the previous run (not written to the line)

    bool failed() const { return error_kind != ErrorKind::none; }
};

// A readout that --pair auto put in no pair: one more line of
// summary.jsonl, after the pairs' lines, with "unpaired" (its path) where a
// pair's line has "id".
struct UnpairedRow {
    std::string path;
    lexicon::Side side = lexicon::Side::unknown;  // us, prc or unknown
    std::string date;                             // yyyy-mm-dd; empty when unknown or given without a year
    pair::Standing standing = pair::Standing::no_counterpart;
    std::string reason;
    std::string alternative_of;      // an alternative's pair id, or the path of the readout standing for its meeting
    std::vector<std::string> gates;  // --fail-on expressions it trips (unpaired)

    bool alternative() const { return standing == pair::Standing::alternative; }
};

// What a summary.jsonl holds.
struct Summary {
    std::vector<SummaryRow> rows;       // sorted by id
    std::vector<UnpairedRow> unpaired;  // sorted by path
};

SummaryRow summarize(const std::string& id, const std::string& date, const compare::Comparison& comparison);

// A row for a pair that could not be compared.
SummaryRow failed_row(const std::string& id, const std::string& date, ErrorKind kind, std::string error);

// One JSON object on one line, keys in a fixed order, numbers rounded.
std::string to_json_line(const SummaryRow& row);
std::string to_json_line(const UnpairedRow& row);

// Parses a line written by to_json_line (or by an earlier version, without
// the fields added since); throws Error(path, ..., line) if it is not one.
SummaryRow from_json_line(std::string_view line, const std::string& path, size_t line_number);

// Every line of a summary.jsonl file.
Summary read_summary_file(const std::string& path);

// The pairs' rows of a summary.jsonl file (what a baseline and the reuse cache read).
std::vector<SummaryRow> read_summary(const std::string& path);

// summary.jsonl: one line per pair, then one per readout in no pair.
std::string summary_jsonl(const Summary& summary);


}  // namespace readoutdiff::batch
