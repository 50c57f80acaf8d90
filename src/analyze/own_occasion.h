// Words that name another occasion in most readouts ("in Busan", "at
// Woodside") name this one in the readout of that meeting: its opener says
// so ("met President Xi Jinping in Busan"). Found there, they date no claim
// or meeting word of that readout as earlier.
#pragma once

#include <vector>

#include "analyze/analysis.h"
#include "analyze/term_matcher.h"

namespace readoutdiff::analyze {

// The other-occasion cues that follow the meeting verb of the readout's
// opener (its first sentence reporting who met whom), unless that sentence
// builds on an earlier meeting ("Following the leaders' meeting in San
// Francisco, ... met"). cues: each sentence's cue matches.
std::vector<const lexicon::Term*> own_occasions(const std::vector<SentenceAnalysis>& sentences,
                                                const std::vector<std::vector<TermMatch>>& cues);

// cues without the other-occasion cues whose term is one of own.
void drop_own_occasions(std::vector<TermMatch>& cues, const std::vector<const lexicon::Term*>& own);

}  // namespace readoutdiff::analyze
