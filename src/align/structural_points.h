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

// What the two readouts' openers (each one's first sentence on who met whom)
// say of the meeting: an official both name ("I just had a call with President
// Xi", "Xi Jinping spoke by telephone with Donald Trump") makes it one meeting
// even where the rest shares few words; officials on both sides and none in
// common make two meetings, however alike the rest (every readout agrees to
// keep talking); unknown when an opener is missing or names no official.
enum class OpenerOfficials { shared, different, unknown };
OpenerOfficials opener_officials(const analyze::Analysis& left, const analyze::Analysis& right);

// same_meeting: whether the content links or the openers say the two readouts
// are of one meeting (two readouts of different meetings describe theirs too).
void link_structural_points(const analyze::Analysis& left, const analyze::Analysis& right, bool same_meeting,
                            std::vector<PassageLink>& passages);

}  // namespace readoutdiff::align
