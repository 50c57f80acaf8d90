// The series in the terminal: per side, an overview table of the readouts,
// then each readout against the previous one (code phrases, meeting words,
// topics, tone and the sentences that moved it), then the formulas and
// topics over the whole series, and the readouts left out.
#pragma once

#include <cstddef>
#include <ostream>

#include "series/timeline.h"

namespace readoutdiff::render {

struct SeriesTerminalOptions {
    size_t width = 100;  // no output line is wider (at least 40)
    bool color = false;  // ANSI colors: added green, dropped red, changed yellow
};

void write_series_terminal(const series::Timeline& timeline, const SeriesTerminalOptions& options, std::ostream& out);

}  // namespace readoutdiff::render
