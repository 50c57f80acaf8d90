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
};

Totals totals(const std::vector<SummaryRow>& rows);

// "3 pairs, 1 with gates tripped, 0 outliers, 0 unreadable" (no final period).
std::string totals_line(const Totals& totals);

// A pair's gates, each as "EXPR: what tripped it", then "outlier: ..." lines.
std::vector<std::string> flags_of(const SummaryRow& row);

}  // namespace readoutdiff::batch
