// The words of the pair stage's reports: how a readout is named ("PRC
// readout of 2025-06-05, Xi Jinping with Trump") and why it is paired or not.
#pragma once

#include <string>

#include "pair/candidates.h"
#include "pair/readout.h"

namespace readoutdiff::pair {

// "US", "PRC", or "" for a readout whose side is unknown.
std::string side_name(Side side);

// The readout as a reader would name it: its side, its date and its
// principals, its own first: "PRC readout of 2025-06-05, Xi Jinping with
// Trump"; "readout of 07-08 (no year), Wang Yi" when less is known.
std::string describe(const Readout& readout);

// A pair's reason column: "US 2022-03-18, PRC 2022-03-18 (same day);
// principals Biden and Xi Jinping; similarity 0.16".
std::string pair_reason(const Readout& us, const Readout& prc, long us_day, long prc_day, double similarity);

// "2 days", "1 day", "same day".
std::string days_apart_text(long days);

}  // namespace readoutdiff::pair
