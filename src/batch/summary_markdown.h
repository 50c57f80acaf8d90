// summary.md: one table of the pairs, for a pull-request comment.
#pragma once

#include <string>
#include <vector>

#include "batch/summary.h"

namespace readoutdiff::batch {

std::string summary_markdown(const std::vector<SummaryRow>& rows);

}  // namespace readoutdiff::batch
