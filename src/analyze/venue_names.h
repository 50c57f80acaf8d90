// "on the sidelines of the ASEAN Foreign Ministers' Meeting", "on the margins of
// the NATO Summit": the name of the gathering two officials met at says where
// they met, not what either raised, so a topic's word in it counts for no topic.
#pragma once

#include <vector>

#include "analyze/term_matcher.h"
#include "segment/document.h"

namespace readoutdiff::analyze {

// topic_terms without those that stand, capitalized, in the name right after a
// venue lead: the run of capitalized words, numbers ("21st") and the joiners a
// name holds ("of", "the") that the lead opens. venue_leads: the sentence's
// matches of cues.tsv's venue leads, in order; cues: its other cues (for the joiners).
std::vector<TermMatch> outside_venue_names(const segment::Document& doc, const segment::Sentence& s,
                                           const std::vector<TermMatch>& topic_terms, const std::vector<TermMatch>& venue_leads,
                                           const std::vector<TermMatch>& cues);

}  // namespace readoutdiff::analyze
