// junit.xml: one test case per pair, a failure per tripped gate, an error
// per pair that could not be compared, for CI systems that read JUnit; a
// test case per readout in no pair: skipped with the reason, or a failure
// when --fail-on unpaired trips on it (an alternative passes).
#pragma once

#include <string>
#include <vector>

#include "batch/summary.h"

namespace readoutdiff::batch {

std::string junit_xml(const Summary& summary);

}  // namespace readoutdiff::batch
