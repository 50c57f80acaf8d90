// A pair whose sides were not detected keeps the names of its position,
// so a summary never calls a readout US on a guess.
#include "batch/side_names.h"

namespace readoutdiff::batch {
namespace {

using lexicon::Side;

bool detected(const SummaryRow& row) {
    return (row.left.side == Side::us && row.right.side == Side::prc) ||
           (row.left.side == Side::prc && row.right.side == Side::us);
}

}  // namespace

SidesInOrder sides_in_order(const SummaryRow& row) {
    bool known = detected(row);
    if (known && row.left.side == Side::prc) return {&row.right, &row.left, true};
    return {&row.left, &row.right, known};
}

std::string side_name(const SummaryRow& row, bool left) {
    if (!detected(row)) return left ? "left" : "right";
    return (left ? row.left.side : row.right.side) == Side::us ? "US" : "PRC";
}

std::string harsher_name(const SummaryRow& row) {
    switch (row.more_confrontational) {
        case compare::Column::left: return side_name(row, true);
        case compare::Column::right: return side_name(row, false);
        case compare::Column::neither: break;
    }
    return "neither";
}

}  // namespace readoutdiff::batch
