// "Secretary of Defense", "Special Envoy for Climate", "Trade Minister":
// a topic's word inside the name of an office says who someone is, not what
// anyone raised, so it counts for no topic of the sentence.
#pragma once

#include <vector>

#include "analyze/term_matcher.h"
#include "segment/document.h"

namespace readoutdiff::analyze {

// topic_terms without those that stand, capitalized, in an office's name: after
// "of" or "for" behind an office word ("Minister of National Defense") or just
// before one ("Trade Minister"). A topic term that holds its office word
// ("defense secretary" in topic_terms.tsv) is the lexicon's choice and stays.
// office_words: the sentence's matches of cues.tsv's office words, in order.
std::vector<TermMatch> outside_office_names(const segment::Document& doc, const segment::Sentence& s,
                                            const std::vector<TermMatch>& topic_terms, const std::vector<TermMatch>& office_words);

}  // namespace readoutdiff::analyze
