// Stage 4's output: links between passages of the two readouts that make the
// same point, each with its score and the evidence for it, and the sentences
// of each side that have no counterpart.
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

struct Alignment {
    std::vector<Link> links;  // ordered by the first left sentence
    std::vector<int> unmatched_left;
    std::vector<int> unmatched_right;
};

}  // namespace readoutdiff::align
