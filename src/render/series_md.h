// The series as GitHub-flavoured Markdown: per side an overview table, a
// table per readout against the previous one with the sentences that carry
// each change, and the formulas and topics over the series.
#pragma once

#include <ostream>

#include "series/timeline.h"

namespace readoutdiff::render {

void write_series_markdown(const series::Timeline& timeline, std::ostream& out);

}  // namespace readoutdiff::render
