// Whether a sentence claims that the sides agreed on something at this
// meeting: "the two sides agreed", "reached a set of understandings",
// "secured an agreement", or both sides as the subject of a joint step
// ("The two sides committed to", "They will", "The two leaders tasked their
// teams", "affirmed the need to"). Not an appeal ("should act on the
// consensus", "called on"), a reference to another occasion's agreement
// ("the common understandings reached in Bali"), one side's own decision, or
// a step some official only welcomed or reviewed.
#pragma once

#include "analyze/analysis.h"
#include "analyze/framing.h"

namespace readoutdiff::analyze {

// How a sentence claims it: by its subject ("The two sides agreed"), or by a clause of
// both sides' joined to one official's ("President Biden stressed ..., and the leaders
// renewed their pledge to ..."), which makes the sentence both sides' too.
enum class AgreementClaim { none, by_subject, by_joint_clause };

AgreementClaim agreement_claim(const FramingMatches& matches, const SentenceAnalysis& sentence);

// Whether a settle verb settles an agreement here: "reached ... understandings",
// "issued a joint statement", or in the passive "an agreement was reached", "a
// joint statement will be released" (never a consensus "reached by" the
// leaders, an earlier one).
bool settles_an_agreement(const std::vector<segment::Token>& tokens, const std::vector<TermMatch>& cues, const TermMatch& verb);

}  // namespace readoutdiff::analyze
