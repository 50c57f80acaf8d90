// The main subject of each sentence, for counterpart passages: the meeting
// itself (who met whom, how the talks went), the leaders' earlier meeting a
// readout builds on, else its strongest topic, specific topics before the
// broad ones (the relationship, channels). Subjects are topics.tsv's ids.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "analyze/analysis.h"

namespace readoutdiff::analyze {

// What the subject of one sentence is decided from.
struct SubjectEvidence {
    std::map<std::string, double> topics;  // topic id -> weight of its terms in the sentence
    bool describes_the_meeting = false;    // it has meeting words ("held candid talks")
    bool judges_the_meeting = false;       // ... other than "exchanged views" ("candid")
    bool reports_the_meeting = false;      // who met whom, or the readout's first sentence
    bool narrates_the_meeting = false;     // how it went, no one speaking ("The call lasted an hour")
};

struct Subjects {
    std::string main;   // topics.tsv id, or empty when the sentence has none
    // The finer subject within main (topics.tsv kind finer: "debt" within
    // "trade"), or empty. A Taiwan sentence that names the Indo-Pacific stays
    // a Taiwan sentence.
    std::string finer;
};

Subjects subjects_of(const SubjectEvidence& evidence, const std::vector<lexicon::Topic>& topics);

// Sentences with no subject of their own go on with the subject (and finer subject) of the
// sentence before them in their paragraph ("He raised the war in Ukraine.
// He called for a negotiated end to the crisis."); the first of a paragraph
// stays without one.
void carry_subjects(const segment::Document& document, std::vector<SentenceAnalysis>& sentences);

}  // namespace readoutdiff::analyze
