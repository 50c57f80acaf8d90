// A readout dated only by month and day (a dateline, "BEIJING, Oct. 14
// (Xinhua) --") takes its year from the readouts it can belong with: those
// of the same officials and kind of meeting near that month and day. When
// they lie in one year, that is its year; when in several, the year is not
// told, and the readout is reported rather than paired by guess.
#pragma once

#include <vector>

#include "pair/readout.h"

namespace readoutdiff::pair {

// Sets day (and clears year_less) of each readout without a year whose month
// and day fit dated readouts of the same principals in exactly one year:
// another side's within window days, its own side's within a day. Sets
// possible_years when they fit readouts of several years.
void resolve_years(std::vector<Readout>& readouts, long window);

}  // namespace readoutdiff::pair
