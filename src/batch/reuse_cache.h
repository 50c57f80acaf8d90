// The reuse cache of batch: a pair whose inputs hash as in the last complete
// run in OUTDIR, and whose reports that run wrote, is taken from it rather
// than recomputed.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "batch/summary.h"
#include "pipeline/pipeline.h"

namespace readoutdiff::batch {

struct PreviousRun {
    std::map<std::string, SummaryRow> rows;  // by id
    long long summary_time = -1;             // when its summary.jsonl was written (ns), -1 when none
};

// The previous complete run in outdir; no rows when there is no usable summary.
PreviousRun previous_run(const std::string& outdir);

// Whether the pair id can be taken from previous: same hash, no error, and
// each report no newer than that run's summary (an interrupted later run
// may have rewritten them without updating the summary).
bool reusable(const PreviousRun& previous, const std::string& id, const std::string& hash,
              const std::vector<std::string>& reports);

// The hash of everything a pair's reports depend on: the tool version, the
// lexicons, the paths, bytes and meta.tsv dates of both readouts, and --force.
std::string input_hash(std::string_view lexicon_fingerprint, const pipeline::Input& left, const pipeline::Input& right,
                       bool force);

// A fingerprint of the lexicons in use: those of dir over the built-in ones.
std::string lexicon_fingerprint(const std::string& lexicon_dir);

// The name of the summary that is the cache (written last by a complete run).
inline constexpr std::string_view kSummaryFile = "summary.jsonl";

}  // namespace readoutdiff::batch
