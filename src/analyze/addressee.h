// Whom a demand is aimed at: the subject of an obligation ("The U.S. side
// must ..."), the object of a demanding verb ("urged the United States to
// ..."), and whether that is the other side, both sides, or the speaker's own.
#pragma once

#include <vector>

#include "analyze/term_matcher.h"
#include "lexicon/lexicons.h"

namespace readoutdiff::analyze {

enum class Target { none, other_side, both_sides, own_side };

const char* to_string(Target target);

// The side(s) named as the subject right before token `at` (the nearest
// actor, with any actor joined to it by "and"), or as the object right
// after the demanding term [first, last] (within a few words).
lexicon::Side subject_before(const std::vector<segment::Token>& tokens, const std::vector<TermMatch>& actors, size_t at);
lexicon::Side object_after(const std::vector<segment::Token>& tokens, const std::vector<TermMatch>& actors, size_t last);

// What an addressed side is to the speaker whose side is own (us or prc;
// unknown: any single side counts as the other one).
Target target_of(lexicon::Side addressed, lexicon::Side own);

}  // namespace readoutdiff::analyze
