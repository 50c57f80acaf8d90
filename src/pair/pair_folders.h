// The pair stage from folders to a pairing: find the readouts, profile them
// in parallel, keep what an earlier pairs.tsv paired, pair the rest.
#pragma once

#include <string>
#include <vector>

#include "analyze/analyzer.h"
#include "io/file_io.h"
#include "pair/pairing.h"

namespace readoutdiff::pair {

struct PairOptions {
    std::vector<std::string> folders;  // folders (searched recursively) or readout files
    std::string previous;              // an earlier pairs.tsv to keep; empty, or a missing file: none
    std::string skip;                  // a folder under them not to search (batch's OUTDIR); empty: none
    long window = kDefaultWindow;      // days
    size_t jobs = 1;                   // readouts profiled in parallel
    size_t max_bytes = io::kDefaultMaxBytes;
};

struct FolderPairing {
    std::vector<Readout> readouts;  // sorted by path
    Pairing pairing;
};

// Throws Error for a folder that cannot be read, one without readouts, or a
// malformed previous pairs.tsv; a readout that cannot be read or paired is
// reported in the pairing, never thrown.
FolderPairing pair_folders(const PairOptions& options, const analyze::Analyzer& analyzer);

}  // namespace readoutdiff::pair
