// A readout often builds on a meeting its principals did not hold: "in the
// spirit of the March video call between President X and President Y", "Y
// and X held a fruitful meeting in Lima". Such a sentence names
// the leaders' earlier meeting whatever words it uses, so no lexicon of
// summit names has to know it.
#pragma once

#include <vector>

#include "analyze/speakers.h"
#include "analyze/term_matcher.h"
#include "segment/document.h"

namespace readoutdiff::analyze {

// Whether the sentence names a meeting of two officials of opposite sides,
// neither of them the readout's principal: a meeting noun "between" them
// (not "a meeting between", one still to come), or
// the two joined by "and" right before a past meeting verb ("met", "had a
// ... meeting"). Without a known principal nothing is claimed: the pair
// could be this meeting's own.
bool names_an_earlier_meeting(const segment::Sentence& sentence, const std::vector<TermMatch>& actors,
                              const std::vector<TermMatch>& cues, const Principal& principal);

}  // namespace readoutdiff::analyze
