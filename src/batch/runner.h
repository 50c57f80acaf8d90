// Stage batch: every pair of a corpus through the pipeline, in parallel,
// each pair's HTML and JSON reports written to OUTDIR as it finishes, then
// the summaries. Pairs whose inputs have not changed since the last run in
// OUTDIR are reused, not recomputed (reuse_cache.h).
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
    bool force = false;               // compare copies of one readout and readouts that are not English
    std::string lexicon_fingerprint;  // changes when the lexicons change, so reports are redone
    bool pair_auto = false;           // pair the readouts found under corpus (auto_pairs.h)
    long window = 3;                  // with pair_auto: days between the two readouts of one meeting, at most
};

struct BatchResult {
    std::vector<SummaryRow> rows;  // sorted by id
    std::vector<UnpairedRow> unpaired;  // with pair_auto: the readouts in no pair, sorted by path
    std::vector<std::string> changes;   // with pair_auto: pairs of the previous run replaced or dropped
    size_t reused = 0;
    bool interrupted = false;  // stop was set: the summaries were not written
};

// Called after each pair, from worker threads one at a time.
using ProgressCallback = std::function<void(size_t done, size_t total, const SummaryRow& row)>;

// Throws Error for an unusable corpus or OUTDIR; a pair that fails is a row
// with an error (an input error, or an internal one: a bug), and the others
// still run. Writes the summaries unless stopped.
BatchResult run_batch(const BatchOptions& options, const analyze::Analyzer& analyzer, const ProgressCallback& progress,
                      const std::atomic<bool>& stop);

// The row compare returns, or, when it throws, the pair's error row: an
// Error is the input's, anything else (std::bad_alloc, a library's
// exception) an internal error. Nothing escapes a worker thread.
SummaryRow row_or_error(const PairSpec& pair, const std::function<SummaryRow()>& compare);

// 3 when a pair met an internal error, else 2 when a pair could not be
// compared, else 1 when a gate tripped (on a pair or a readout in no pair),
// else 0.
int exit_status(const Summary& summary);

}  // namespace readoutdiff::batch
