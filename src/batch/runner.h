// Stage batch: every pair of a corpus through the pipeline, in parallel,
// each pair's HTML and JSON reports written to OUTDIR as it finishes, then
// the summaries. Pairs whose inputs have not changed since the last run in
// OUTDIR are reused, not recomputed.
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "analyze/analyzer.h"
#include "batch/baseline.h"
#include "batch/gates.h"
#include "batch/pairs.h"
#include "batch/summary.h"

namespace readoutdiff::batch {

struct BatchOptions {
    std::string corpus;
    std::string outdir;
    size_t jobs = 1;
    std::vector<Gate> gates;
    std::optional<Baseline> baseline;
    size_t shard = 1;   // k of --shard k/n
    size_t shards = 1;  // n
    size_t max_bytes = 0;
    std::string lexicon_fingerprint;  // changes when the lexicons change, so reports are redone
};

struct BatchResult {
    std::vector<SummaryRow> rows;  // sorted by id
    size_t reused = 0;
    bool interrupted = false;  // stop was set: the summaries were not written
};

// Called after each pair, from worker threads one at a time.
using ProgressCallback = std::function<void(size_t done, size_t total, const SummaryRow& row)>;

// Throws Error for an unusable corpus or OUTDIR; a pair that fails is a row
// with an error, and the others still run. Writes the summaries unless stopped.
BatchResult run_batch(const BatchOptions& options, const analyze::Analyzer& analyzer, const ProgressCallback& progress,
                      const std::atomic<bool>& stop);

// Joins the outputs of shard runs into outdir: rows, reports and summaries.
// Throws Error for a folder without summary.jsonl or an id in two shards.
std::vector<SummaryRow> merge_outputs(const std::vector<std::string>& shard_dirs, const std::string& outdir);

// Writes summary.jsonl, summary.md, junit.xml and index.html atomically.
void write_summaries(const std::string& outdir, const std::vector<SummaryRow>& rows);

// 2 when a pair could not be compared, else 1 when a gate tripped, else 0.
int exit_status(const std::vector<SummaryRow>& rows);

// A fingerprint of the lexicons in use: those of dir over the built-in ones.
std::string lexicon_fingerprint(const std::string& lexicon_dir);

}  // namespace readoutdiff::batch
