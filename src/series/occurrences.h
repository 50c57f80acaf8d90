// Where each key (a formula, a group, a topic, a rung) appears along one
// side's series: the positions of the readouts using it. Answers "first time
// in the series?" and "does it come back?" in logarithmic time, so a series
// of n readouts costs n log n, never n squared.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace readoutdiff::series {

class Occurrences {
public:
    // Readouts are added in increasing position; a key added twice for one
    // readout counts once.
    void add(const std::string& key, size_t position);

    // Whether position is the first readout using key.
    bool first_at(const std::string& key, size_t position) const;
    // The first readout after position using key.
    std::optional<size_t> next_after(const std::string& key, size_t position) const;
    // Every readout using key, in order (empty for an unknown key).
    const std::vector<size_t>& positions(const std::string& key) const;
    const std::map<std::string, std::vector<size_t>>& all() const { return m_positions; }

private:
    std::map<std::string, std::vector<size_t>> m_positions;
};

}  // namespace readoutdiff::series
