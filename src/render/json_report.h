// The JSON report: the contract of DESIGN.md (schema_version "1"; fields may
// be added, never renamed), for machines and CI.
#pragma once

#include <ostream>

#include "compare/comparison.h"

namespace readoutdiff::render {

void write_json(const compare::Comparison& comparison, std::ostream& out);

}  // namespace readoutdiff::render
