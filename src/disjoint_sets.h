// Union-find over 0..n-1, for grouping: the aligner's connected components of
// candidate links, the pair stage's readouts of one meeting. The smallest
// member is its set's root, so groups come out in the same order every run.
#pragma once

#include <algorithm>
#include <numeric>
#include <vector>

namespace readoutdiff {

class DisjointSets {
public:
    explicit DisjointSets(size_t n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    size_t find(size_t x) {
        while (m_parent[x] != x) x = m_parent[x] = m_parent[m_parent[x]];
        return x;
    }
    void unite(size_t a, size_t b) {
        a = find(a), b = find(b);
        if (a != b) m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<size_t> m_parent;
};

}  // namespace readoutdiff
