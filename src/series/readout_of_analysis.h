// A readout file's Analysis, reduced to what the series follows.
#pragma once

#include <string>

#include "analyze/analysis.h"
#include "series/readout.h"

namespace readoutdiff::series {

// Topic shares and ranks are those the compare report gives the readout
// (compare/emphasis.h); date is the readout's, found by readout_date.h.
Readout readout_of(const analyze::Analysis& analysis, std::string date);

}  // namespace readoutdiff::series
