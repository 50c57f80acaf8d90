// Who is reported as saying or doing what: the speaker of each sentence and
// the side they belong to, and whose readout the document is.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "analyze/term_matcher.h"

namespace readoutdiff::analyze {

// The speaker id of a sentence whose subject is both or all sides ("They agreed").
inline const std::string kBothSides = "both-sides";

// A readout's principal: the first official its title names, else the first
// its text names, as a host names its own first (or the other side's office
// holder when that first official is the one met "with"). side is the principal's,
// except under a title that names its principal by bare office and the
// counterpart in full ("The Secretary's Meeting with PRC Foreign Minister
// Wang Yi"): that readout is the named official's other side.
struct Principal {
    const lexicon::Term* official = nullptr;
    Side side = Side::unknown;
    bool titled = false;  // named by the title
};
Principal principal_of(const segment::Document& doc, const std::vector<TermMatch>& title_actors,
                       const std::vector<std::vector<TermMatch>>& actors, const std::vector<std::vector<TermMatch>>& cues);

// Sets speaker and speaker_side of each sentence: the subject of its main
// clause (after an opening phrase such as "In his call with Biden," or a
// dateline), where a bare office ("The Secretary") is the principal, or the
// official named before who holds it when the principal does not (an
// official holds the offices their aliases in actor_terms open with: "the
// Vice Premier" in a Secretary's readout), "he" and "she" the last official
// named as a subject, "they" both sides, and a bare surname the last official
// of that name; "X met with Y" reports no one speaking unless X goes on to
// say something in it (", conveying ...", "and welcomed ..."); a sentence with no
// subject of its own continues one side's speaker of the sentence before it
// in its paragraph ("China stands for peace." after "Xi pointed out that
// ..."; after the two sides' narration it is the readout's own), and
// a demand on the other side or both ("The U.S. side must ...", "The two
// militaries should ...") continues the last official who spoke, paragraphs
// on. actors[i] and cues[i] are the actor and cue matches of sentence i;
// actor_terms: the lexicon's actors and the readout's introduced officials.
void attribute_speakers(const segment::Document& document, const Principal& principal,
                        std::initializer_list<const std::vector<lexicon::Term>*> actor_terms, const std::vector<std::vector<TermMatch>>& actors,
                        const std::vector<std::vector<TermMatch>>& cues, std::vector<SentenceAnalysis>& sentences);

// Whether a bare office is written in the plural ("The Presidents agreed",
// "the Ministers"): the matcher accepts inflections, and a plural names the
// office holders of both sides, not the readout's principal.
bool plural_office(const segment::Sentence& s, const TermMatch& title);

// A US readout sets background between its officials' statements ("The aid package
// runs over two years."), where a PRC readout runs an official's remarks on
// over sentences with no subject of their own ("China stands for peace."): in a
// readout of the US side such a sentence is the readout's own, no one speaking.
void end_remarks_at_background(Side readout, std::vector<SentenceAnalysis>& sentences);

// The side whose readout this is: the principal's side (2 votes), one vote
// per statement its officials (not countries) are reported to make, one per
// phrase written the way only one government writes ("China-U.S.", "the
// PRC": usage, the sides of the us-usage and prc-usage cues), and, under a
// title naming the principal, one vote for the principal per sentence
// opening with "I" or "we". unknown on a tie.
Side readout_side(const Principal& principal, const std::vector<std::vector<TermMatch>>& actors,
                  const segment::Document& document, const std::vector<SentenceAnalysis>& sentences,
                  const std::vector<Side>& usage);

}  // namespace readoutdiff::analyze
