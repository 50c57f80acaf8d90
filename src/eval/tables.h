// How eval prints agreement: one row per pair and a total per split, every
// signal in the same cell format wherever it appears.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "eval/agreement.h"

namespace readoutdiff::eval {

std::string cell(const Tally& tally);      // "7/8", or "-" when nothing was annotated
std::string cell(const SetCounts& counts); // "0.85/0.90" (precision/recall)
std::string f1_cell(const SetCounts& counts);  // "0.87 (0.85/0.90)"
std::string f1_cell(const Counts& counts);

// One row per pair, then a total per split (in first-seen order) and overall.
void write_signal_table(const std::vector<Agreement>& scores, std::ostream& out);

}  // namespace readoutdiff::eval
