// Numbers in reports and summaries are rounded to 4 decimals: enough for any
// score, and short, stable text that CI can diff.
#pragma once

#include <cmath>

namespace readoutdiff::render {

inline double round_to_4_decimals(double value) { return std::round(value * 10000.0) / 10000.0; }

}  // namespace readoutdiff::render
