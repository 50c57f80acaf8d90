// Reads every source of a series into readouts: readout files are read,
// dated and analyzed (in parallel), batch OUTDIRs' compare reports are read
// back. Readouts whose date or side cannot be told are set aside with the
// reason, never silently dropped.
#pragma once

#include <string>
#include <vector>

#include "analyze/analyzer.h"
#include "series/readout.h"
#include "series/sources.h"

namespace readoutdiff::series {

enum class LeftOutReason { undated, side_unknown };

struct LeftOut {
    std::string path;
    LeftOutReason reason;
};

struct Collection {
    std::vector<Readout> readouts;       // dated, with a side; in source order
    std::vector<LeftOut> left_out;       // in source order
    std::vector<lexicon::Topic> topics;  // the lexicons' topics, then any other a report names
    size_t found = 0;                    // readouts read, before any was left out
};

struct CollectOptions {
    size_t max_bytes;
    bool force = false;  // also readouts that are not English
    size_t jobs = 1;     // files read and analyzed at once
};

// Throws the first Error in source order: an unreadable or invalid file, a
// readout that is not English (unless force), a batch OUTDIR whose summary
// or report cannot be read.
Collection collect_readouts(const Sources& sources, const analyze::Analyzer& analyzer, const CollectOptions& options);

}  // namespace readoutdiff::series
