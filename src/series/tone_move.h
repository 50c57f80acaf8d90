// Tone and confrontation from one readout of a side to the next, with the
// sentences that moved them most.
#pragma once

#include <cstddef>
#include <functional>

#include "series/readout.h"
#include "series/timeline.h"

namespace readoutdiff::series {

// in_focus(readout position, sentence id) says which sentences may be named
// as drivers (with --topic, those on the topic).
ToneMove tone_move(const Readout& before, size_t previous, const Readout& after, size_t current,
                   const std::function<bool(size_t, int)>& in_focus);

}  // namespace readoutdiff::series
