// index.html: a sortable table linking every pair's reports, and each
// side's tone over time (by date), and the readouts in no pair with the reason.
#pragma once

#include <string>
#include <vector>

#include "batch/summary.h"

namespace readoutdiff::batch {

std::string index_html(const Summary& summary);

}  // namespace readoutdiff::batch
