// Stage 4, align: two Analyses -> Alignment. Comparable readouts are not
// revisions of one text: links may cross (the sides order topics
// differently), a sentence may pair with two, and what has no counterpart
// stays unmatched.
#pragma once

#include "align/alignment.h"
#include "align/params.h"
#include "analyze/analysis.h"

namespace readoutdiff::align {

Alignment align(const analyze::Analysis& left, const analyze::Analysis& right, const AlignerParams& params = AlignerParams{});

}  // namespace readoutdiff::align
