// The series as one self-contained HTML page: a timeline (each side's tone
// and confrontation over time as inline SVG, with a marker for every
// code-phrase change linking to its two sentences), a topic-share heat map
// per side, and a table per readout against the previous one; the compare
// report's themes, offline rules (a Content-Security-Policy that loads
// nothing) and keyboard access.
#pragma once

#include <ostream>

#include "series/timeline.h"

namespace readoutdiff::render {

void write_series_html(const series::Timeline& timeline, std::ostream& out);

}  // namespace readoutdiff::render
