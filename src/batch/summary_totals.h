// What every batch summary counts and lists the same way: the totals line
// and each pair's flags (gates tripped, outliers).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "batch/summary.h"

namespace readoutdiff::batch {

struct Totals {
    size_t pairs = 0;
    size_t failed = 0;
    size_t tripped = 0;
    size_t flagged = 0;
    size_t unpaired = 0;      // readouts in no pair, alternatives aside
    size_t alternatives = 0;  // second readouts of a meeting from one side
    size_t unpaired_tripped = 0;  // readouts in no pair that trip a gate
};

Totals totals(const Summary& summary);

// "3 pairs, 1 with gates tripped, 0 outliers, 0 unreadable", and
// "; 2 readouts in no pair, 1 alternative" when --pair auto left any out
// (no final period).
std::string totals_line(const Totals& totals);

// A pair's gates, each as "EXPR: what tripped it", then "outlier: ..." lines.
std::vector<std::string> flags_of(const SummaryRow& row);

// "US", "PRC" or "unknown": the side column of a readout in no pair.
std::string side_cell(lexicon::Side side);

}  // namespace readoutdiff::batch
