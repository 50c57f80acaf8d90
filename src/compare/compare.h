// Stage 5, compare: two Analyses and their Alignment -> Comparison.
#pragma once

#include "compare/comparison.h"
#include "lexicon/lexicons.h"

namespace readoutdiff::compare {

Comparison compare(analyze::Analysis left, analyze::Analysis right, align::Alignment alignment,
                   const lexicon::Lexicons& lexicons);

}  // namespace readoutdiff::compare
