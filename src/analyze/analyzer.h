// Stage 3, analyze: Document + Lexicons -> Analysis. An Analyzer compiles the
// lexicons' matchers once and can then analyze any number of documents, from
// any number of threads.
#pragma once

#include "analyze/analysis.h"
#include "analyze/term_matcher.h"
#include "lexicon/lexicons.h"

namespace readoutdiff::analyze {

class Analyzer {
public:
    // lexicons must outlive the Analyzer.
    explicit Analyzer(const lexicon::Lexicons& lexicons);

    Analysis analyze(segment::Document document) const;

    const lexicon::Lexicons& lexicons() const { return m_lexicons; }

private:

    const lexicon::Lexicons& m_lexicons;
    TermMatcher m_tone;
    // The terms of the finer subjects are matched on their own, so that "climate
    // finance" does not take "climate" from the topics.
    TermMatcher m_topics;
    TermMatcher m_finer_subjects;
    TermMatcher m_actors;
    TermMatcher m_characterization;
    TermMatcher m_cues;
    // Office and title words, venue leads and usage cues are matched on their own: "PRC
    // Minister" and "PRC Vice Premier" are also usage cues, the "on" of "on the sidelines of"
    // a lead-in, and the "the" of "the PRC" a name-joiner.
    // The title words (office, official-title, name-joiner) serve office names and the
    // officials a readout introduces.
    TermMatcher m_title_words;
    TermMatcher m_venue_leads;
    TermMatcher m_usage;
    TermMatcher m_code_phrases;
    TermMatcher m_paraphrases;
};

}  // namespace readoutdiff::analyze
