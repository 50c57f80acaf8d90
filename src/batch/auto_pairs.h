// batch --pair auto: the pairs the pair stage finds among the readouts of a
// corpus in any layout, and the readouts it leaves out. OUTDIR/pairs.tsv
// holds the pairing between runs, so a pair stays a pair as readouts arrive.
#pragma once

#include <string>
#include <vector>

#include "analyze/analyzer.h"
#include "batch/pairs.h"
#include "batch/summary.h"

namespace readoutdiff::batch {

struct AutoPairs {
    std::vector<PairSpec> pairs;        // sorted by id
    std::vector<UnpairedRow> unpaired;  // sorted by path, gates not yet applied
    std::vector<std::string> changes;   // pairs of the previous OUTDIR/pairs.tsv replaced or dropped
    std::string pairs_tsv;              // the new OUTDIR/pairs.tsv, to write with the summaries
};

// The file that keeps the pairing in OUTDIR.
inline constexpr std::string_view kPairsFile = "pairs.tsv";

// Throws Error for a corpus folder that cannot be read or holds no readout,
// or a malformed OUTDIR/pairs.tsv.
AutoPairs auto_pairs(const std::string& corpus, const std::string& outdir, long window, size_t jobs, size_t max_bytes,
                     const analyze::Analyzer& analyzer);

// Keeps the readouts of shard k (1-based) of n, split as select_shard splits
// pairs (an XXH3 hash, of the path), so each readout is reported by one shard.
std::vector<UnpairedRow> select_shard(std::vector<UnpairedRow> unpaired, size_t k, size_t n);

}  // namespace readoutdiff::batch
