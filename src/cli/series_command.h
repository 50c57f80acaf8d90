// `readoutdiff series`: runs the series stage and writes its report; left-out
// readouts are warned about on standard error.
#pragma once

#include "cli/options.h"
#include "lexicon/lexicons.h"

namespace readoutdiff::cli {

// Returns the exit status (0); throws UsageError for an unknown --topic and
// lets the library's errors through to run().
int run_series(const Invocation& invocation, const lexicon::Lexicons& lexicons);

}  // namespace readoutdiff::cli
