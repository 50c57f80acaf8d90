// The HTML report: one self-contained page (inline CSS, JavaScript and SVG,
// nothing fetched from the network) with the two readouts side by side.
#pragma once

#include <ostream>

#include "compare/comparison.h"

namespace readoutdiff::render {

void write_html(const compare::Comparison& comparison, std::ostream& out);

}  // namespace readoutdiff::render
