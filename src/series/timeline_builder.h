// Readouts -> Timeline: each side's readouts in date order, each against the
// previous one of its side and against the side's whole series.
#pragma once

#include "series/collect.h"
#include "series/timeline.h"

namespace readoutdiff::series {

// Lanes for the sides present (only options.side when given), each sorted by
// date then path. With options.topic, a readout's formulas are those of its
// sentences on the topic, its topics that one topic, and only sentences on
// it are named as tone drivers.
Timeline build_timeline(Collection collection, const TimelineOptions& options);

}  // namespace readoutdiff::series
