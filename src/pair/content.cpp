// Terms get ids in order of first appearance, so the vectors do not depend
// on a hash function; sublinear term frequency keeps a long readout's
// repeated words from drowning the rest.
#include "pair/content.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

namespace readoutdiff::pair {

std::vector<align::SparseVector> content_vectors(const std::vector<Readout>& readouts) {
    std::unordered_map<std::string_view, uint32_t> ids;
    std::vector<std::vector<std::pair<uint32_t, uint32_t>>> counts(readouts.size());
    std::vector<uint32_t> document_frequency;
    for (size_t r = 0; r < readouts.size(); ++r) {
        std::vector<uint32_t> keys;
        keys.reserve(readouts[r].terms.size());
        for (const std::string& term : readouts[r].terms) {
            auto [it, added] = ids.emplace(term, static_cast<uint32_t>(ids.size()));
            if (added) document_frequency.push_back(0);
            keys.push_back(it->second);
        }
        std::sort(keys.begin(), keys.end());
        for (uint32_t key : keys) {
            if (!counts[r].empty() && counts[r].back().first == key) {
                counts[r].back().second++;
            } else {
                counts[r].emplace_back(key, 1);
                document_frequency[key]++;
            }
        }
    }
    double n = static_cast<double>(readouts.size());
    std::vector<align::SparseVector> vectors(readouts.size());
    for (size_t r = 0; r < readouts.size(); ++r) {
        double norm = 0;
        for (const auto& [key, count] : counts[r]) {
            // Smoothed: a term in every readout still counts a little, so two readouts alone can be compared.
            double idf = std::log((n + 1) / (document_frequency[key] + 1)) + 1;
            double weight = (1 + std::log(count)) * idf;
            vectors[r].emplace_back(key, static_cast<float>(weight));
            norm += weight * weight;
        }
        for (auto& entry : vectors[r]) entry.second = static_cast<float>(entry.second / std::sqrt(norm));
    }
    return vectors;
}

double similarity(const align::SparseVector& a, const align::SparseVector& b) { return align::cosine(a, b); }

}  // namespace readoutdiff::pair
