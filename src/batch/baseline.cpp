// Sample mean and standard deviation per score; a score counts as an
// outlier only when the baseline varies at all (sd > 0).
#include "batch/baseline.h"

#include <cmath>
#include <cstdio>

#include "error.h"

namespace readoutdiff::batch {
namespace {

Distribution distribution(const std::vector<double>& values) {
    Distribution d;
    d.n = values.size();
    for (double v : values) d.mean += v / static_cast<double>(d.n);
    double squares = 0;
    for (double v : values) squares += (v - d.mean) * (v - d.mean);
    d.sd = d.n > 1 ? std::sqrt(squares / static_cast<double>(d.n - 1)) : 0;
    return d;
}

double confrontation_gap(const SummaryRow& row) { return std::fabs(row.left.confrontation - row.right.confrontation); }

void check(const char* name, double value, const Distribution& d, std::vector<std::string>& out) {
    if (d.sd <= 0) return;
    double z = (value - d.mean) / d.sd;
    if (std::fabs(z) < kOutlierDeviations) return;
    char line[160];
    std::snprintf(line, sizeof line, "%s %.2f is %.1f sd %s the baseline mean %.2f", name, value, std::fabs(z),
                  z > 0 ? "above" : "below", d.mean);
    out.emplace_back(line);
}

}  // namespace

Baseline load_baseline(const std::string& path) {
    std::vector<double> gaps, coverage, confrontation;
    for (const SummaryRow& row : read_summary(path)) {
        if (row.failed()) continue;
        gaps.push_back(row.tone_gap);
        coverage.push_back(row.coverage);
        confrontation.push_back(confrontation_gap(row));
    }
    if (gaps.size() < 2) throw Error(path, "a baseline needs at least two compared pairs, found " + std::to_string(gaps.size()));
    return Baseline{distribution(gaps), distribution(coverage), distribution(confrontation)};
}

std::vector<std::string> outliers(const Baseline& baseline, const SummaryRow& row) {
    std::vector<std::string> out;
    if (row.failed()) return out;
    check("tone_gap", row.tone_gap, baseline.tone_gap, out);
    check("coverage", row.coverage, baseline.coverage, out);
    check("confrontation_gap", confrontation_gap(row), baseline.confrontation_gap, out);
    return out;
}

}  // namespace readoutdiff::batch
