// What a readout says, as one TF-IDF vector over the content terms of all
// the readouts being paired: words every readout uses ("relations",
// "cooperation") weigh little, the ones two readouts of one meeting share
// ("Luxembourg", "export controls") weigh much.
#pragma once

#include <vector>

#include "align/features.h"
#include "pair/readout.h"

namespace readoutdiff::pair {

// One L2-normalized vector per readout, in the order given; IDF over all of
// them. Deterministic for the same readouts in the same order.
std::vector<align::SparseVector> content_vectors(const std::vector<Readout>& readouts);

// Cosine of two content vectors, in [0, 1].
double similarity(const align::SparseVector& a, const align::SparseVector& b);

}  // namespace readoutdiff::pair
