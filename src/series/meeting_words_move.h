// The words a readout uses for the meeting, against the previous readout of
// its side: words added and dropped, rungs of the ladder gained and lost
// ("candid and constructive" losing "constructive").
#pragma once

#include <cstddef>

#include "series/occurrences.h"
#include "series/readout.h"
#include "series/timeline.h"

namespace readoutdiff::series {

// The key of a rung in rung occurrences.
std::string rung_key(lexicon::Category rung);

// rungs: where each rung_key appears along the side.
MeetingWordsMove meeting_words_move(const Readout& before, size_t previous, const Readout& after, size_t current,
                                    const Occurrences& rungs);

}  // namespace readoutdiff::series
