// Points every readout makes in its own words, which share names and little
// else: who met whom, how the talks went, and the leaders' earlier meeting
// as the basis of this one. On each side the sentences that make such a
// point (two at most, in text order) are linked with the other side's, and
// leave whatever content link the matching gave them.
#pragma once

#include <vector>

#include "align/merges.h"
#include "analyze/analysis.h"

namespace readoutdiff::align {

// Whether each readout's opener (its first sentence on who met whom) names
// an official the other's names too: "I just had a call with President Xi"
// and "Xi Jinping spoke by telephone with Donald Trump" report one meeting
// even where the rest shares few words.
bool openers_name_one_official(const analyze::Analysis& left, const analyze::Analysis& right);

// same_meeting: whether the content links or the openers say the two readouts
// are of one meeting (two readouts of different meetings describe theirs too).
void link_structural_points(const analyze::Analysis& left, const analyze::Analysis& right, bool same_meeting,
                            std::vector<PassageLink>& passages);

}  // namespace readoutdiff::align
