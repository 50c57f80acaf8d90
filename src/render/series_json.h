// The series as JSON: the contract in the README ("JSON series report"),
// schema_version "1"; fields may be added, never renamed.
#pragma once

#include <ostream>

#include "series/timeline.h"

namespace readoutdiff::render {

void write_series_json(const series::Timeline& timeline, std::ostream& out);

}  // namespace readoutdiff::render
