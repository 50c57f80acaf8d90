// merge: the outputs of batch --shard runs joined into one folder, the same
// as a single run's.
#pragma once

#include <string>
#include <vector>

#include "batch/summary.h"

namespace readoutdiff::batch {

// Copies each shard's reports into outdir and writes the joined summaries.
// Throws Error for a folder without summary.jsonl or an id in two shards.
std::vector<SummaryRow> merge_outputs(const std::vector<std::string>& shard_dirs, const std::string& outdir);

}  // namespace readoutdiff::batch
