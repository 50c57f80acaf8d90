// summary.md: one table of the pairs, for a pull-request comment, then
// one of the readouts in no pair (batch --pair auto) with the reason.
#pragma once

#include <string>
#include <vector>

#include "batch/summary.h"

namespace readoutdiff::batch {

std::string summary_markdown(const Summary& summary);

}  // namespace readoutdiff::batch
