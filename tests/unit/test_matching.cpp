// Tests for align/matching's max_weight_matching: the one-to-one set of pairs
// with the largest total gain, which first-come greedy pairing can miss.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "align/matching.h"

namespace {

using readoutdiff::align::max_weight_matching;
using readoutdiff::align::ScoredPair;

constexpr size_t kExactLimit = 50;

// The items separated by " | ", so that a failure prints readable values.
template <typename T>
std::string joined(const std::vector<T>& items) {
    std::ostringstream out;
    for (size_t i = 0; i < items.size(); ++i) out << (i ? " | " : "") << items[i];
    return out.str();
}

// "left-right" for each chosen pair.
std::string chosen(const std::vector<ScoredPair>& pairs) {
    std::vector<std::string> out;
    for (const ScoredPair& p : pairs) out.push_back(std::to_string(p.left) + "-" + std::to_string(p.right));
    return joined(out);
}

double total_gain(const std::vector<ScoredPair>& pairs) {
    double total = 0;
    for (const ScoredPair& p : pairs) total += p.gain;
    return total;
}

}  // namespace

TEST_CASE("max_weight_matching beats best-pair-first where the best pair blocks two good ones") {
    // Best-pair-first takes 0-0 (0.9) and stops; the optimum is 0-1 + 1-0 (1.5).
    const std::vector<ScoredPair> pairs = {{0, 0, 0.9}, {0, 1, 0.8}, {1, 0, 0.7}};
    SUBCASE("exact") {
        std::vector<ScoredPair> result = max_weight_matching(pairs, 2, 2, kExactLimit);
        CHECK(chosen(result) == "0-1 | 1-0");
        CHECK(total_gain(result) == doctest::Approx(1.5));
    }
    SUBCASE("a component over the exact limit falls back to best-pair-first") {
        std::vector<ScoredPair> result = max_weight_matching(pairs, 2, 2, 1);
        CHECK(chosen(result) == "0-0");
    }
}

TEST_CASE("max_weight_matching keeps the single best pair when it outweighs the alternatives") {
    const std::vector<ScoredPair> pairs = {{0, 0, 0.9}, {0, 1, 0.3}, {1, 0, 0.3}};
    CHECK(chosen(max_weight_matching(pairs, 2, 2, kExactLimit)) == "0-0");
}

TEST_CASE("max_weight_matching is one-to-one and sorted by left index") {
    // A 3x3 example whose optimum (2-0, 0-1, 1-2: 0.8 + 0.9 + 0.7 = 2.4) uses no row's best alone.
    const std::vector<ScoredPair> pairs = {{0, 0, 0.95}, {0, 1, 0.9}, {1, 0, 0.6}, {1, 2, 0.7},
                                           {2, 0, 0.8},  {2, 2, 0.5}, {1, 1, 0.2}};
    std::vector<ScoredPair> result = max_weight_matching(pairs, 3, 3, kExactLimit);
    CHECK(chosen(result) == "0-1 | 1-2 | 2-0");
    CHECK(total_gain(result) == doctest::Approx(2.4));
}

TEST_CASE("max_weight_matching handles separate components and unequal sides") {
    SUBCASE("two components") {
        const std::vector<ScoredPair> pairs = {{3, 4, 0.4}, {0, 0, 0.5}, {1, 0, 0.6}};
        CHECK(chosen(max_weight_matching(pairs, 4, 5, kExactLimit)) == "1-0 | 3-4");
    }
    SUBCASE("more rights than lefts") {
        const std::vector<ScoredPair> pairs = {{0, 0, 0.5}, {0, 1, 0.6}, {0, 2, 0.4}};
        CHECK(chosen(max_weight_matching(pairs, 1, 3, kExactLimit)) == "0-1");
    }
    SUBCASE("more lefts than rights") {
        const std::vector<ScoredPair> pairs = {{0, 0, 0.5}, {1, 0, 0.6}, {2, 0, 0.4}, {2, 1, 0.3}};
        CHECK(chosen(max_weight_matching(pairs, 3, 2, kExactLimit)) == "1-0 | 2-1");
    }
    SUBCASE("no pairs") { CHECK(max_weight_matching({}, 3, 3, kExactLimit).empty()); }
}

TEST_CASE("max_weight_matching keeps each chosen pair's gain") {
    std::vector<ScoredPair> result = max_weight_matching({{2, 1, 0.25}}, 3, 3, kExactLimit);
    REQUIRE(result.size() == 1);
    CHECK(result[0].left == 2);
    CHECK(result[0].right == 1);
    CHECK(result[0].gain == doctest::Approx(0.25));
}
