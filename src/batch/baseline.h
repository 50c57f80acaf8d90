// --baseline: an earlier summary.jsonl whose scores say what is usual, so a
// pair that breaks the pattern is flagged (an outlier) even when no fixed
// gate trips.
#pragma once

#include <string>
#include <vector>

#include "batch/summary.h"

namespace readoutdiff::batch {

struct Distribution {
    double mean = 0;
    double sd = 0;
    size_t n = 0;
};

struct Baseline {
    Distribution tone_gap;
    Distribution coverage;
    Distribution confrontation_gap;
};

// How many standard deviations from the baseline mean make an outlier.
inline constexpr double kOutlierDeviations = 2.0;

// Reads the baseline's rows (failed pairs left out). Throws Error when the
// file is not a summary or has fewer than two usable rows.
Baseline load_baseline(const std::string& path);

// One line per score of row beyond kOutlierDeviations of the baseline.
std::vector<std::string> outliers(const Baseline& baseline, const SummaryRow& row);

}  // namespace readoutdiff::batch
