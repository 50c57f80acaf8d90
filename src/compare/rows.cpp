// Right-only sentences are anchored to their predecessor on the right so
// that they appear where the right readout says them, near related rows.
// Rows get a sort key (anchor row, then right id) and one stable sort places
// them all, so long inputs cost n log n.
#include "compare/rows.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace readoutdiff::compare {

std::vector<Row> report_rows(const align::Alignment& alignment) {
    std::vector<Row> rows;
    size_t next_left_only = 0;
    const auto& left_only = alignment.unmatched_left;
    for (size_t k = 0; k < alignment.links.size(); ++k) {
        int left_id = alignment.links[k].left.front();
        while (next_left_only < left_only.size() && left_only[next_left_only] < left_id) {
            rows.push_back(Row{Row::Kind::left_only, static_cast<size_t>(left_only[next_left_only++])});
        }
        rows.push_back(Row{Row::Kind::link, k});
    }
    while (next_left_only < left_only.size()) {
        rows.push_back(Row{Row::Kind::left_only, static_cast<size_t>(left_only[next_left_only++])});
    }

    // Where each linked right sentence sits among the rows.
    std::map<int, long> row_of_right;
    for (size_t r = 0; r < rows.size(); ++r) {
        if (rows[r].kind != Row::Kind::link) continue;
        for (int id : alignment.links[rows[r].index].right) row_of_right[id] = static_cast<long>(r);
    }
    // Key: (anchor row, right id); -1 anchors before the first row.
    std::vector<std::tuple<long, int, Row>> keyed;
    for (size_t r = 0; r < rows.size(); ++r) keyed.emplace_back(static_cast<long>(r), 0, rows[r]);
    for (int id : alignment.unmatched_right) {
        auto it = row_of_right.lower_bound(id);
        long anchor = it == row_of_right.begin() ? -1 : std::prev(it)->second;
        keyed.emplace_back(anchor, id, Row{Row::Kind::right_only, static_cast<size_t>(id)});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
        return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
    });
    rows.clear();
    for (const auto& entry : keyed) rows.push_back(std::get<2>(entry));
    return rows;
}

}  // namespace readoutdiff::compare
