// Reads a compare JSON report (the README's contract, schema_version "1")
// back into the two readouts it describes, so a series can be drawn from a
// batch OUTDIR without reading or analyzing the texts again.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicons.h"
#include "series/readout.h"

namespace readoutdiff::series {

struct ReportReadouts {
    Readout left;
    Readout right;
    std::vector<lexicon::Topic> topics;  // the report's topic ids and labels, in its order
};

// path names the report in errors. A side's date is its own ("date"), else
// pair_date (the pair's date from the batch summary); it may stay empty.
// Throws Error(path, ...) for text that is not JSON or not such a report.
ReportReadouts read_report(std::string_view json, const std::string& path, const std::string& pair_date);

}  // namespace readoutdiff::series
