// The series stage, from the command line's FILES|DIRS to a Timeline:
// find the readouts, read and date them, follow each side over time.
#pragma once

#include <string>
#include <vector>

#include "analyze/analyzer.h"
#include "series/timeline.h"

namespace readoutdiff::series {

struct SeriesInputs {
    std::vector<std::string> paths;  // readout files, folders of readouts, batch OUTDIRs
    size_t max_bytes;
    bool force = false;  // also readouts that are not English
    size_t jobs = 1;     // files analyzed at once
    TimelineOptions options;
};

// Throws Error for what sources.h and collect.h refuse, and when no side has
// two readouts to compare: one readout given, too few dated or with a side
// that can be told, or one readout on each side (the message names a file).
Timeline run_series(const SeriesInputs& inputs, const analyze::Analyzer& analyzer);

// How a readout left out is described: "has no date (...)", "...".
std::string left_out_reason(LeftOutReason reason);

}  // namespace readoutdiff::series
