// Tone on the confrontational (-1) .. cooperative (+1) scale, with
// assertiveness and hedging, from lexicon terms and their local context:
// negation ("does not seek a new Cold War"), prohibition ("no interference
// will be tolerated") and intensifiers ("firmly opposes").
#pragma once

#include <vector>

#include "analyze/analysis.h"
#include "analyze/term_matcher.h"

namespace readoutdiff::analyze {

// tone_matches: matches from tone.tsv; prohibitions: matches of the
// "prohibition" cues (tolerate, allow) that turn a negation into a warning.
Tone score_sentence_tone(const segment::Document& document, const segment::Sentence& sentence,
                         const std::vector<TermMatch>& tone_matches, const std::vector<TermMatch>& prohibitions);

// A readout's tone: the mean weight of all its polar terms, shrunk towards 0
// for short texts; assertiveness and hedging as rates per sentence, capped at
// 1; confrontation and cooperation as weight per sentence.
Tone document_tone(const std::vector<SentenceAnalysis>& sentences);

}  // namespace readoutdiff::analyze
