// junit.xml: one test case per pair, a failure per tripped gate, an error
// per pair that could not be compared, for CI systems that read JUnit.
#pragma once

#include <string>
#include <vector>

#include "batch/summary.h"

namespace readoutdiff::batch {

std::string junit_xml(const std::vector<SummaryRow>& rows);

}  // namespace readoutdiff::batch
