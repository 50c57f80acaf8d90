// The summary files of a batch OUTDIR, written from the rows.
#pragma once

#include <string>
#include <vector>

#include "batch/summary.h"

namespace readoutdiff::batch {

// Writes summary.md, junit.xml, index.html and, last, summary.jsonl, each atomically.
void write_summaries(const std::string& outdir, const Summary& summary);

}  // namespace readoutdiff::batch
