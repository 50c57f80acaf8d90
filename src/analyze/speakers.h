// Who is reported as saying what: the speaker of each sentence and the side
// they belong to, with pronouns carried over ("He stressed..."), and whose
// readout the document is.
#pragma once

#include <vector>

#include "analyze/analysis.h"
#include "analyze/term_matcher.h"

namespace readoutdiff::analyze {


// Sets speaker and speaker_side of each sentence. actors[i] and speech[i] are
// the actor and speech-verb matches of sentence i.
void attribute_speakers(const segment::Document& document, const std::vector<std::vector<TermMatch>>& actors,
                        const std::vector<std::vector<TermMatch>>& speech, std::vector<SentenceAnalysis>& sentences);

// The side whose readout this is: the side of its principal, the first
// official the title names or else the text (2 votes; a title naming its
// principal by bare office, "The Secretary's Meeting with Wang Yi", gives
// the named official's other side), one vote per statement its officials
// (not countries) are reported to make, one per phrase written the way only
// one government writes ("China-U.S.", "the PRC": usage, the sides of the
// us-usage and prc-usage cues), and, under a title naming the principal, one
// vote for the principal per sentence opening with "I" or "we". unknown on a
// tie. title_actors are the actor matches of the title.
Side readout_side(const std::vector<TermMatch>& title_actors, const std::vector<std::vector<TermMatch>>& actors,
                  const segment::Document& document, const std::vector<SentenceAnalysis>& sentences,
                  const std::vector<Side>& usage);

}  // namespace readoutdiff::analyze
