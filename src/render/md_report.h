// The Markdown report, for a pull-request comment or a newsletter draft.
#pragma once

#include <ostream>

#include "compare/comparison.h"

namespace readoutdiff::render {

void write_markdown(const compare::Comparison& comparison, std::ostream& out);

}  // namespace readoutdiff::render
