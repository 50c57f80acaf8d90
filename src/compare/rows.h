// The reading order of a side-by-side report, shared by every renderer.
#pragma once

#include <vector>

#include "compare/comparison.h"

namespace readoutdiff::compare {

// Links and left-only sentences in left order; each right-only sentence after
// the row that holds its right-hand predecessor (first when it has none).
std::vector<Row> report_rows(const align::Alignment& alignment);

}  // namespace readoutdiff::compare
