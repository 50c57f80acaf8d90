// Whether a readout reports a call (phone, video) or a meeting in person:
// two readouts of one meeting agree on it, so a call on Monday and a meeting
// of the same officials on Thursday are never taken for one meeting.
#pragma once

#include <string_view>
#include <vector>

#include "analyze/term_matcher.h"
#include "segment/document.h"

namespace readoutdiff::pair {

enum class MeetingKind { unknown, remote, in_person };

std::string_view to_string(MeetingKind kind);  // "", "call", "meeting"

// Two kinds that cannot be one meeting's: a call and a meeting in person.
bool conflicting(MeetingKind a, MeetingKind b);

// The kind the title says (cues.tsv remote and in-person cues, a remote one
// first), else the kind the opening sentence says, else unknown. A weak
// remote cue ("call") counts only as a noun: after an article or a
// possessive ("the call", "Biden's call") or before "with" ("Call with").
// cues are the cue matches of the tokens.
MeetingKind meeting_kind(const std::vector<segment::Token>& title, const std::vector<analyze::TermMatch>& title_cues,
                         const std::vector<segment::Token>& opening,
                         const std::vector<analyze::TermMatch>& opening_cues);

}  // namespace readoutdiff::pair
