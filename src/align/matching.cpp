// Components keep the cubic Hungarian step small: readouts give one
// component of a few dozen sentences; a 100,000-sentence input gives many
// small ones, and any that stays large falls back to best-pair-first.
#include "align/matching.h"

#include <algorithm>
#include <limits>
#include <map>

#include "disjoint_sets.h"

namespace readoutdiff::align {
namespace {

// Minimum-cost assignment of every row to a distinct column (rows <= columns),
// shortest augmenting paths with potentials; cost[r][c].
std::vector<int> assign_rows(const std::vector<std::vector<double>>& cost) {
    size_t n = cost.size(), m = cost.empty() ? 0 : cost[0].size();
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> u(n + 1, 0), v(m + 1, 0);
    std::vector<size_t> column_row(m + 1, 0), way(m + 1, 0);
    for (size_t row = 1; row <= n; ++row) {
        column_row[0] = row;
        size_t column = 0;
        std::vector<double> min_to(m + 1, inf);
        std::vector<bool> used(m + 1, false);
        do {
            used[column] = true;
            size_t r = column_row[column], next = 0;
            double delta = inf;
            for (size_t c = 1; c <= m; ++c) {
                if (used[c]) continue;
                double reduced = cost[r - 1][c - 1] - u[r] - v[c];
                if (reduced < min_to[c]) min_to[c] = reduced, way[c] = column;
                if (min_to[c] < delta) delta = min_to[c], next = c;
            }
            for (size_t c = 0; c <= m; ++c) {
                if (used[c]) u[column_row[c]] += delta, v[c] -= delta;
                else min_to[c] -= delta;
            }
            column = next;
        } while (column_row[column] != 0);
        do {
            size_t previous = way[column];
            column_row[column] = column_row[previous];
            column = previous;
        } while (column != 0);
    }
    std::vector<int> row_column(n, -1);
    for (size_t c = 1; c <= m; ++c) {
        if (column_row[c] != 0) row_column[column_row[c] - 1] = static_cast<int>(c - 1);
    }
    return row_column;
}

std::vector<ScoredPair> exact(const std::vector<ScoredPair>& pairs) {
    std::vector<uint32_t> lefts, rights;
    for (const ScoredPair& p : pairs) lefts.push_back(p.left), rights.push_back(p.right);
    for (auto* ids : {&lefts, &rights}) {
        std::sort(ids->begin(), ids->end());
        ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
    }
    bool transpose = lefts.size() > rights.size();
    const auto& rows = transpose ? rights : lefts;
    const auto& columns = transpose ? lefts : rights;
    auto index_of = [](const std::vector<uint32_t>& ids, uint32_t id) {
        return static_cast<size_t>(std::lower_bound(ids.begin(), ids.end(), id) - ids.begin());
    };
    std::vector<std::vector<double>> cost(rows.size(), std::vector<double>(columns.size(), 0.0));
    std::map<std::pair<size_t, size_t>, const ScoredPair*> by_cell;
    for (const ScoredPair& p : pairs) {
        size_t r = index_of(rows, transpose ? p.right : p.left);
        size_t c = index_of(columns, transpose ? p.left : p.right);
        cost[r][c] = -p.gain;
        by_cell[{r, c}] = &p;
    }
    std::vector<ScoredPair> chosen;
    std::vector<int> row_column = assign_rows(cost);
    for (size_t r = 0; r < rows.size(); ++r) {
        auto it = by_cell.find({r, static_cast<size_t>(row_column[r])});
        if (row_column[r] >= 0 && it != by_cell.end()) chosen.push_back(*it->second);
    }
    return chosen;
}

std::vector<ScoredPair> best_first(std::vector<ScoredPair> pairs, size_t left_count, size_t right_count) {
    std::stable_sort(pairs.begin(), pairs.end(), [](const ScoredPair& a, const ScoredPair& b) { return a.gain > b.gain; });
    std::vector<bool> left_used(left_count, false), right_used(right_count, false);
    std::vector<ScoredPair> chosen;
    for (const ScoredPair& p : pairs) {
        if (left_used[p.left] || right_used[p.right]) continue;
        left_used[p.left] = right_used[p.right] = true;
        chosen.push_back(p);
    }
    return chosen;
}

}  // namespace

std::vector<ScoredPair> max_weight_matching(const std::vector<ScoredPair>& pairs, size_t left_count,
                                            size_t right_count, size_t exact_limit) {
    DisjointSets sets(left_count + right_count);
    for (const ScoredPair& p : pairs) sets.unite(p.left, left_count + p.right);
    std::map<size_t, std::vector<ScoredPair>> components;
    for (const ScoredPair& p : pairs) components[sets.find(p.left)].push_back(p);

    std::vector<ScoredPair> chosen;
    for (auto& [root, members] : components) {
        size_t lefts = 0, rights = 0;
        {
            std::vector<uint32_t> l, r;
            for (const ScoredPair& p : members) l.push_back(p.left), r.push_back(p.right);
            std::sort(l.begin(), l.end());
            std::sort(r.begin(), r.end());
            lefts = static_cast<size_t>(std::unique(l.begin(), l.end()) - l.begin());
            rights = static_cast<size_t>(std::unique(r.begin(), r.end()) - r.begin());
        }
        auto part = std::min(lefts, rights) <= exact_limit && std::max(lefts, rights) <= 4 * exact_limit
                        ? exact(members)
                        : best_first(members, left_count, right_count);
        chosen.insert(chosen.end(), part.begin(), part.end());
    }
    std::sort(chosen.begin(), chosen.end(), [](const ScoredPair& a, const ScoredPair& b) { return a.left < b.left; });
    return chosen;
}

}  // namespace readoutdiff::align
