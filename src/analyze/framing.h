// How a readout frames the meeting as a whole: the words it uses for the
// talks themselves, the sentences that claim agreement, who it says asked for
// the meeting, and which variant of each diplomatic code phrase it uses.
#pragma once

#include <vector>

#include "analyze/analysis.h"
#include "analyze/term_matcher.h"

namespace readoutdiff::analyze {

// A cue of this weight holds by itself (cues.tsv); a weaker one needs support
// from context: an invitation is no request for this meeting, "recent" dates
// a meeting noun but never an agreement claim.
inline constexpr double kReliableCue = 1.0;

// The matches of one sentence that framing needs, by lexicon.
struct FramingMatches {
    const segment::Sentence* sentence = nullptr;
    std::vector<TermMatch> characterization;
    std::vector<TermMatch> cues;
    std::vector<TermMatch> actors;
    std::vector<TermMatch> negators;
    std::vector<TermMatch> code_phrases;
};

// Fills characterization, agreements, requested_by, request_sentence and
// code_phrases of analysis, and claims_agreement of each sentence.
void analyze_framing(const std::vector<FramingMatches>& matches, Analysis& analysis);

}  // namespace readoutdiff::analyze
