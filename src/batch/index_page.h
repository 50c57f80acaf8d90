// index.html: a sortable table linking every pair's reports, and each
// side's tone over time (by date).
#pragma once

#include <string>
#include <vector>

#include "batch/summary.h"

namespace readoutdiff::batch {

std::string index_html(const std::vector<SummaryRow>& rows);

}  // namespace readoutdiff::batch
