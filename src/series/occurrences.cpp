#include "series/occurrences.h"

#include <algorithm>

namespace readoutdiff::series {

void Occurrences::add(const std::string& key, size_t position) {
    std::vector<size_t>& at = m_positions[key];
    if (at.empty() || at.back() != position) at.push_back(position);
}

bool Occurrences::first_at(const std::string& key, size_t position) const {
    const std::vector<size_t>& at = positions(key);
    return !at.empty() && at.front() == position;
}

std::optional<size_t> Occurrences::next_after(const std::string& key, size_t position) const {
    const std::vector<size_t>& at = positions(key);
    auto it = std::upper_bound(at.begin(), at.end(), position);
    if (it == at.end()) return std::nullopt;
    return *it;
}

const std::vector<size_t>& Occurrences::positions(const std::string& key) const {
    static const std::vector<size_t> none;
    auto it = m_positions.find(key);
    return it == m_positions.end() ? none : it->second;
}

}  // namespace readoutdiff::series
