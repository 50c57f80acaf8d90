// Mirroring swaps every left/right field, so a run with the files in the
// other order is scored against the same gold.
#include "eval/annotation.h"

#include <utility>

#include "error.h"

namespace readoutdiff::eval {
namespace {

Column swapped(Column column) {
    return column == Column::left ? Column::right : column == Column::right ? Column::left : Column::neither;
}

template <typename T>
void swap_sides(Sides<T>& sides) {
    std::swap(sides.left, sides.right);
}

}  // namespace

Column gold_column(const std::string& text) {
    if (text == "us") return Column::left;
    if (text == "prc") return Column::right;
    if (std::optional<Column> column = compare::column_from_string(text)) return *column;
    throw Error("", "'" + text + "' is not left, right, us, prc or neither");
}

Annotation mirrored(Annotation a) {
    for (GoldLink& link : a.links) std::swap(link.left, link.right);
    if (a.counterparts) {
        for (Counterpart& c : *a.counterparts) std::swap(c.left, c.right);
    }
    a.more_confrontational = swapped(a.more_confrontational);
    swap_sides(a.characterization);
    swap_sides(a.topics_only);
    swap_sides(a.agreements);
    if (a.requested_by) a.requested_by = swapped(*a.requested_by);
    if (a.speakers) swap_sides(*a.speakers);
    swap_sides(a.readout);
    return a;
}

}  // namespace readoutdiff::eval
