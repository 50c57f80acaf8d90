// Officials the lexicon does not know, introduced the way readouts introduce
// anyone: a side's marker, an official's title, then the name ("Chinese Vice
// Foreign Minister Sun Weidong", "U.S. Assistant Secretary of State Daniel
// Okoro"). Each becomes a person of that side for this readout only,
// so that the name, the surname ("Sun said") and the title with the name
// find them as they find the lexicon's officials. An official no marker gives a
// side, nor whom they met, is left out unless the title owns them.
#pragma once

#include <span>
#include <vector>

#include "analyze/term_matcher.h"
#include "lexicon/lexicons.h"
#include "segment/document.h"

namespace readoutdiff::analyze {

// The readout's title and its own side, once known: the official the title says the
// readout is of ("Readout of Cyber Advisor Dr. Ana Vega-Ruiz's Trip to
// ..."), whom no marker gives a side, is of that side.
struct TitleOwner {
    std::span<const segment::Token> title;
    lexicon::Side side = lexicon::Side::unknown;
};

// The readout's introduced officials, once each: per official person terms
// under the name, the title and the name, and the short name the readout goes
// on with ("Sullivan", "Director Wang"), all with the id the name's words make
// ("sun-weidong"). actors, cues and title_words: each
// sentence's matches (actors including the demonyms and bodies, "Chinese", "CPC", that mark a
// side; the other cues; cues.tsv's office, official-title and name-joiner
// words, matched apart from the other cues: "the PRC" is also a usage cue).
std::vector<lexicon::Term> introduced_officials(const segment::Document& doc, const std::vector<std::vector<TermMatch>>& actors,
                                                const std::vector<std::vector<TermMatch>>& cues,
                                                const std::vector<std::vector<TermMatch>>& title_words, const TitleOwner& owner);

}  // namespace readoutdiff::analyze
