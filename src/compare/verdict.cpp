// The lower tone score is the harsher readout: the score already weighs
// demands, warnings and reassurances (analyze/tone), so the headline and
// the tone gauges can never disagree.
#include "compare/verdict.h"

#include <cmath>

namespace readoutdiff::compare {

Verdict verdict_of(double left_score, double right_score) {
    Verdict v;
    v.margin = std::fabs(left_score - right_score);
    if (v.margin >= kEvenMargin) v.harsher = left_score < right_score ? Column::left : Column::right;
    v.confidence = v.margin >= kClearMargin ? Confidence::clear : v.margin >= kFairMargin ? Confidence::fair : Confidence::low;
    return v;
}

std::string_view to_string(Column column) {
    switch (column) {
        case Column::left: return "left";
        case Column::right: return "right";
        case Column::neither: return "neither";
    }
    return "neither";
}

std::optional<Column> column_from_string(std::string_view text) {
    for (Column column : {Column::left, Column::right, Column::neither}) {
        if (to_string(column) == text) return column;
    }
    return std::nullopt;
}

std::string_view to_string(Confidence confidence) {
    switch (confidence) {
        case Confidence::low: return "low";
        case Confidence::fair: return "fair";
        case Confidence::clear: return "clear";
    }
    return "low";
}

}  // namespace readoutdiff::compare
