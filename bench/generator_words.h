// What the benchmark generators share: a seeded random source that gives
// the same numbers on every platform, and a diplomatic vocabulary with
// pseudo-words, so generated readouts keep a realistic spread of rare and
// common terms.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace generator {

// xorshift64*: fixed output for a seed on every platform.
class Random {
public:
    explicit Random(uint64_t seed) : m_state(seed * 2654435761u + 1) {}
    uint64_t next() {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 2685821657736338717ull;
    }
    size_t below(size_t n) { return static_cast<size_t>(next() % n); }
    bool chance(double p) { return static_cast<double>(next() % 10000) < p * 10000; }

private:
    uint64_t m_state;
};

inline const std::vector<std::string> kVerbs = {
    "stressed",        "noted",      "underscored", "pointed out", "reiterated",
    "raised concerns", "emphasized", "welcomed",    "agreed",      "urged"};
inline const std::vector<std::vector<std::string>> kTopics = {
    {"Taiwan", "the Taiwan Strait", "cross-Strait peace", "Taiwan independence", "the one China policy"},
    {"fentanyl", "precursor chemicals", "counternarcotics cooperation", "illicit drugs", "pill presses"},
    {"trade", "tariffs", "market access", "overcapacity", "economic relations", "investment"},
    {"export controls", "semiconductors", "technology restrictions", "the entity list"},
    {"climate change", "emissions", "clean energy", "methane"},
    {"military communication", "theater commanders", "maritime safety", "defense talks"},
    {"the South China Sea", "the Philippines", "freedom of navigation"},
    {"the war in Ukraine", "Russia's defense industrial base", "a political settlement"},
    {"human rights", "Xinjiang", "Tibet", "Hong Kong"},
    {"people-to-people exchanges", "students", "journalists", "direct flights"},
    {"artificial intelligence", "AI safety", "nuclear command and control"}};
inline const std::vector<std::string> kLinks = {"and",           "including",       "as well as",     "with respect to",
                                                "in particular", "on the basis of", "for the sake of"};
inline const std::vector<std::string> kQualities = {
    "stable",  "healthy",   "sustainable", "constructive", "candid",
    "serious", "practical", "responsible", "firm",         "mutually beneficial"};
inline const std::vector<std::string> kSyllables = {"ka",  "lo", "mi",  "ren", "ta",  "shu", "po", "vel", "dan", "qi",
                                                    "zor", "ne", "bai", "tu",  "lan", "gre", "fo", "xin", "wu",  "ro"};

inline std::string pseudo_word(Random& random) {
    std::string word;
    size_t n = 2 + random.below(3);
    for (size_t k = 0; k < n; ++k) word += kSyllables[random.below(kSyllables.size())];
    return word;
}

template <typename T>
const T& pick(Random& random, const std::vector<T>& items) {
    return items[random.below(items.size())];
}

}  // namespace generator
