// How batch summaries name the two readouts of a pair: US and PRC when the
// pair was detected as one US and one PRC readout (in either order), else
// left and right.
#pragma once

#include <string>

#include "batch/summary.h"

namespace readoutdiff::batch {

// The readouts in US, PRC order for the summaries' US and PRC columns.
struct SidesInOrder {
    const SideSummary* us;
    const SideSummary* prc;
    // One US and one PRC readout were detected; when not, the order is the
    // corpus layout's (us.* or the manifest's left column first).
    bool detected;
};

SidesInOrder sides_in_order(const SummaryRow& row);

// "US" or "PRC" for the left (or right) readout when detected, else "left" or "right".
std::string side_name(const SummaryRow& row, bool left);

// The name of the more confrontational side, or "neither".
std::string harsher_name(const SummaryRow& row);

}  // namespace readoutdiff::batch
