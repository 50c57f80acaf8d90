// Code phrases from one readout of a side to the next: groups added,
// dropped, switched to another variant or reworded, with the formulas that
// appear for the first time in the series.
#pragma once

#include <string>
#include <vector>

#include "series/occurrences.h"
#include "series/readout.h"
#include "series/timeline.h"

namespace readoutdiff::series {

// The key of a formula (a group's term) in formula occurrences.
std::string formula_key(const std::string& group, const std::string& term);

// groups and formulas: where each group and each formula_key appears along
// the side. before and after are the readouts at positions previous and
// current of the lane.
std::vector<FormulaChange> formula_changes(const Readout& before, size_t previous, const Readout& after, size_t current,
                                           const Occurrences& groups, const Occurrences& formulas);

}  // namespace readoutdiff::series
