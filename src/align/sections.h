// Counterpart passages: each side's passage on the same subject side by
// side, whether the two make the same point or opposite ones. Built from
// each sentence's main or finer subject (analyze/subjects), the topics a sentence
// lists where it is its side's only mention, and the same-point links.
#pragma once

#include <vector>

#include "align/alignment.h"
#include "analyze/analysis.h"

namespace readoutdiff::align {

// Fills alignment.sections from the two analyses and alignment.links.
void build_sections(const analyze::Analysis& left, const analyze::Analysis& right, Alignment& alignment);

}  // namespace readoutdiff::align
