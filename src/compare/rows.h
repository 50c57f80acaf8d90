// The reading order of a side-by-side report, shared by every renderer: one
// group per counterpart section, in the left readout's order, each with its
// same-point links (word-diffed) and then the rest of each side's passage on
// the subject (shown whole: a word diff of two different statements is
// noise); then each side's passages that the other side does not take up,
// grouped by subject.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "align/alignment.h"

namespace readoutdiff::compare {

enum class RowKind {
    same_point,   // a same-point link: the two passages make one point
    counterpart,  // the rest of each side's passage on the section's subject
    only,         // one side's sentences the other side does not take up
};

struct Row {
    RowKind kind;
    std::vector<int> left;        // sentence ids shown on the left, ascending (empty: none on this side)
    std::vector<int> right;       // on the right
    std::optional<size_t> link;   // same_point: the index into alignment.links
};

struct RowGroup {
    enum class Kind { section, only_left, only_right } kind;
    std::string label;             // the subject's label
    std::optional<size_t> section; // section: the index into alignment.sections
    std::vector<Row> rows;
};

// One side's sentences on one subject that are in no section.
struct OnlyPassage {
    std::string subject;  // topics.tsv id, or empty for sentences with no subject
    std::string label;
    std::vector<int> sentences;
};

// section_labels: parallel to alignment.sections.
std::vector<RowGroup> report_groups(const align::Alignment& alignment, const std::vector<std::string>& section_labels,
                                    const std::vector<OnlyPassage>& only_left, const std::vector<OnlyPassage>& only_right);

}  // namespace readoutdiff::compare
