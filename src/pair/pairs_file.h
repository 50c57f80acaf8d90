// pairs.tsv as the pair stage writes it and batch reads it: one line per
// pair (id, US readout, PRC readout, date, reason), then each readout in no
// pair as a comment line, so that the next run can tell which readouts are
// new. The next run keeps the pairs it finds there (pairing.h).
#pragma once

#include <string>
#include <vector>

#include "pair/pairing.h"

namespace readoutdiff::pair {

// The file's text. Paths are written relative to base_folder (the folder
// the file goes to), or as the readouts give them when base_folder is empty.
std::string pairs_tsv(const std::vector<Readout>& readouts, const Pairing& pairing, const std::string& base_folder);

// The pairs and the readouts listed in a pairs.tsv (an earlier run's, or one
// written by hand: id<TAB>us<TAB>prc[<TAB>date[<TAB>reason]]), paths resolved
// against the file's folder and written as the readouts give them where one
// of them is that file. Nothing when the file does not exist; throws Error
// (file:line) for a line that is not a pair.
PreviousPairing read_previous_pairing(const std::string& file, const std::vector<Readout>& readouts);

}  // namespace readoutdiff::pair
