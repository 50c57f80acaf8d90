// What a careful reader marks on a pair, and what the tool says of it, in
// one shape: so the tool is scored against an annotator with the same code
// that scores one annotator against another (their agreement is the ceiling).
// Columns are the tool's: left is the file compared first (us.txt in gold).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compare/verdict.h"
#include "lexicon/lexicons.h"

namespace readoutdiff::eval {

// Which column: the harsher side, who asked for the meeting.
using compare::Column;
// How sure a reader is of the harsher side.
using compare::Confidence;

struct GoldLink {
    std::vector<int> left;
    std::vector<int> right;
    bool sure = true;
};

// Each side's passage on one subject (ANNOTATION.md, "counterpart passages").
struct Counterpart {
    std::string subject;
    std::vector<int> left;
    std::vector<int> right;
};

// A value for each column.
template <typename T>
struct Sides {
    T left{};
    T right{};
};

struct Annotation {
    std::string pair;   // the pair's folder name
    std::string split;  // tune, heldout, external, real
    std::vector<GoldLink> links;                    // same-point links
    std::optional<std::vector<Counterpart>> counterparts;  // when annotated
    Column more_confrontational = Column::neither;
    std::optional<Confidence> confidence;
    Sides<std::vector<std::string>> characterization;  // words for this meeting, lowercase
    Sides<std::vector<std::string>> topics_only;       // topic ids only this side raises
    Sides<std::vector<int>> agreements;                // sentence ids claiming agreement
    std::optional<Column> requested_by;                // nullopt when not annotated; neither: no text says
    // The side of each sentence's speaker (index = id - 1; Side::unknown: no one
    // is reported speaking); when annotated.
    std::optional<Sides<std::vector<lexicon::Side>>> speakers;
    // The side of each readout as detected; gold is us (left) and prc (right).
    Sides<lexicon::Side> readout{lexicon::Side::us, lexicon::Side::prc};
};

// A gold file's column: left, right, neither; us is left and prc right (us.txt is compared first).
Column gold_column(const std::string& text);

// The same annotation with the two files in the other order.
Annotation mirrored(Annotation annotation);

}  // namespace readoutdiff::eval
