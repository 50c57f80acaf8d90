// Topics from one readout of a side to the next: raised for the first time
// in the series, raised again, dropped, or moved in share and order.
#pragma once

#include <cstddef>
#include <vector>

#include "lexicon/lexicons.h"
#include "series/occurrences.h"
#include "series/readout.h"
#include "series/timeline.h"

namespace readoutdiff::series {

// Every topic either readout raises, in the order of catalogue; topics:
// where each topic id appears along the side.
std::vector<TopicMove> topic_moves(const Readout& before, const Readout& after, size_t current,
                                   const std::vector<lexicon::Topic>& catalogue, const Occurrences& topics);

}  // namespace readoutdiff::series
