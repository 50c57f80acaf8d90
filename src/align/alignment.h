// Stage 4's output, two levels: counterpart sections (each side's passage on
// one subject, side by side even when they disagree) and, inside them,
// same-point links between passages that make the same point, each with its
// score and the evidence for it; and what has no counterpart.
#pragma once

#include <string>
#include <vector>

namespace readoutdiff::align {

struct Link {
    std::vector<int> left;   // sentence ids, ascending; one or two
    std::vector<int> right;  // sentence ids, ascending; one or two
    double score = 0;        // [0, 1]
    std::vector<std::string> reason;  // e.g. "shared terms: fentanyl, precursor"
};

// Each side's passage on one subject (a topics.tsv id: a topic, "meeting",
// "earlier-summit"). A sentence normally belongs to one section; one that
// lists several subjects may join each where it is its side's only mention.
struct Section {
    std::string subject;
    std::vector<int> left;     // sentence ids, ascending; never empty
    std::vector<int> right;    // sentence ids, ascending; never empty
    std::vector<size_t> links;  // indices into Alignment::links: the same-point links shown in this section
};

struct Alignment {
    std::vector<Link> links;  // same-point links, ordered by the first left sentence
    std::vector<Section> sections;  // ordered by their first left sentence
    std::vector<int> unmatched_left;   // in no same-point link
    std::vector<int> unmatched_right;
};

}  // namespace readoutdiff::align
