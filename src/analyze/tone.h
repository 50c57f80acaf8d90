// Tone on the confrontational (-1) .. cooperative (+1) scale, by what each
// clause does: a speech act (a demand aimed at the other side, a warning, a
// concern, a bleak assessment, risk framing; a reassurance, a commitment,
// praise) decides a sentence's tone, and the words around it only shade it.
// Assertiveness and hedging come from their own lexicon words.
#pragma once

#include <vector>

#include "analyze/analysis.h"
#include "analyze/term_matcher.h"

namespace readoutdiff::analyze {

// What scoring one sentence needs.
struct ToneInput {
    const segment::Document& document;
    const segment::Sentence& sentence;
    const std::vector<TermMatch>& tone;          // tone.tsv matches
    const std::vector<TermMatch>& prohibitions;  // cues that turn a negation into a warning ("will not tolerate")
    const std::vector<TermMatch>& contrasts;     // cues.tsv contrast ("but") and concession ("although")
    const std::vector<TermMatch>& actors;        // actors.tsv matches: whom a demand is aimed at
    lexicon::Side own;                           // the readout's side (unknown: any single side is "the other")
};

Tone score_sentence_tone(const ToneInput& input);

// A readout's tone: the sum of its sentence scores over the square root of
// their number (plus one neutral sentence), clamped to [-1, 1]; confrontation
// and cooperation split it into its negative and positive parts;
// assertiveness and hedging as rates per sentence, capped at 1.
Tone document_tone(const std::vector<SentenceAnalysis>& sentences);

}  // namespace readoutdiff::analyze
