// The one hash of batch: XXH3 (libxxhash), for the reuse cache's input hash,
// the lexicon fingerprint and the stable shard of a pair.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace readoutdiff::batch {

// A 64-bit hash of several parts, each added whole: ("ab", "c") and ("a",
// "bc") hash differently.
class Hasher {
public:
    Hasher();
    ~Hasher();
    Hasher(const Hasher&) = delete;
    Hasher& operator=(const Hasher&) = delete;

    Hasher& add(std::string_view part);
    uint64_t value() const;
    std::string hex() const;  // 16 lowercase hex digits

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// The hash of one string.
uint64_t hash_of(std::string_view text);

}  // namespace readoutdiff::batch
