// Stage 3's output: what each sentence says (topics, entities, speaker, tone)
// and what the whole readout does (characterize the meeting, claim
// agreements, say who asked). Every number keeps the terms that produced it.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "lexicon/lexicons.h"
#include "segment/document.h"

namespace readoutdiff::analyze {

using lexicon::Side;

// The two subjects (topics.tsv ids of kind subject) the analysis itself assigns.
inline constexpr const char* kMeetingSubject = "meeting";  // this meeting
inline constexpr const char* kEarlierSummitSubject = "earlier-summit";  // the leaders' earlier meeting it builds on
// The actor (actors.tsv category) of the two leaders together: "the two heads of state".
inline constexpr const char* kBothLeaders = "both-leaders";

// Whether a side is one government's (not both, not unknown).
inline bool one_side(Side side) { return side == Side::us || side == Side::prc; }

// The other government's side; unknown for both or unknown.
inline Side other_side(Side side) {
    if (side == Side::us) return Side::prc;
    if (side == Side::prc) return Side::us;
    return Side::unknown;
}

// One lexicon term found in a sentence, with the weight it finally counted for.
struct TermHit {
    std::string term;             // the words as written in the sentence
    lexicon::Category category;   // e.g. confrontational, assertive, demand
    double weight = 0;     // what it counted for, after negation, intensifiers and scope
    std::string rule;      // how it was weighed: "negated", "intensified x1.5", "aimed at the other side", ...
    Side addressee = Side::unknown;  // a demand's or obligation's addressee
};

struct Tone {
    double score = 0;          // [-1, 1]: confrontational .. cooperative
    double assertiveness = 0;  // [0, 1]
    double hedging = 0;        // [0, 1]
    // The negative and positive parts of score: for a readout, the mean over
    // its sentences of max(0, -sentence score) and max(0, sentence score).
    double confrontation = 0;
    double cooperation = 0;
    std::vector<TermHit> terms;
};

struct CodePhraseHit {
    std::string group;         // e.g. "one-china"
    lexicon::Variant variant;  // whose wording
    std::string term;     // the lexicon term
    int sentence = 0;
};

struct SentenceAnalysis {
    std::vector<std::string> entities;  // canonical actor ids, sorted, unique
    std::vector<std::string> officials;  // ... of the persons among them
    std::vector<std::string> points;    // paraphrases.tsv point ids, sorted, unique
    std::vector<std::string> topics;    // topic ids, in lexicon order (kinds topic and broad)
    std::string subject;                // its main subject (topics.tsv id: a topic, "meeting", ...), or empty
    std::string finer_subject;          // a subject within that topic (topics.tsv kind finer: "debt"), or empty
    std::vector<std::string> mentioned_subjects;  // every topics.tsv id it names, any kind, in lexicon order
    std::string speaker;                // canonical actor id, or empty
    Side speaker_side = Side::unknown;
    std::optional<size_t> subject_end;  // the last token of the main clause's subject, when it has one
    bool reports_meeting = false;       // "X met with Y": who met whom, no one speaking
    bool narrates_meeting = false;      // how the meeting went, no one speaking: "The call lasted an hour", "X was present"
    bool continues_remarks = false;     // no subject nor saying of its own: its speaker is the sentence's before it ("China stands for peace.")
    bool names_earlier_meeting = false;  // a meeting of two other officials: "the March call between X and Y"
    bool describes_meeting = false;     // it has words for this meeting ("held candid talks")
    bool judges_meeting = false;        // ... other than "exchanged views" ("candid", "constructive")
    Tone tone;
    bool claims_agreement = false;
    size_t word_count = 0;
};

struct CharacterizationWord {
    std::string word;  // as the lexicon has it, e.g. "in-depth"
    std::vector<std::string> stems;  // how it was matched ("in depth" is the same word)
    lexicon::Category rung;  // cordial, constructive, candid, frank, exchanged_views
    double warmth = 0;
    int sentence = 0;
};

// The readout's opener: its first sentence that reports who met whom, or end.
inline std::vector<SentenceAnalysis>::const_iterator opener(const std::vector<SentenceAnalysis>& sentences) {
    return std::find_if(sentences.begin(), sentences.end(), [](const SentenceAnalysis& s) { return s.reports_meeting; });
}

struct Analysis {
    segment::Document document;
    Side side = Side::unknown;  // whose readout this is, from the text
    std::vector<SentenceAnalysis> sentences;  // parallel to document.sentences
    Tone tone;                                // whole document; terms are not repeated here
    std::vector<CharacterizationWord> characterization;
    std::vector<int> agreements;  // sentence ids
    Side requested_by = Side::unknown;
    int request_sentence = 0;  // 0 when no text says who asked
    std::vector<CodePhraseHit> code_phrases;
    size_t word_count = 0;
};

}  // namespace readoutdiff::analyze
