// merge: the outputs of batch --shard runs joined into one folder, the same
// as a single run's.
#pragma once

#include <string>
#include <vector>

#include "batch/summary.h"

namespace readoutdiff::batch {

// Copies each shard's reports into outdir and writes the joined summaries
// (the readouts in no pair of --pair auto runs too). Throws Error for a
// folder without summary.jsonl, or an id or unpaired readout in two shards.
Summary merge_outputs(const std::vector<std::string>& shard_dirs, const std::string& outdir);

}  // namespace readoutdiff::batch
