// The streaming XXH3 API hashes megabyte inputs without joining them first;
// each part is preceded by its length, so parts cannot run together.
#include "batch/hash.h"

#include <cstdio>
#include <new>
#include <xxhash.h>

namespace readoutdiff::batch {

struct Hasher::State {
    XXH3_state_t* xxh = XXH3_createState();
    State() {
        if (xxh == nullptr || XXH3_64bits_reset(xxh) != XXH_OK) throw std::bad_alloc();
    }
    ~State() { XXH3_freeState(xxh); }
    State(const State&) = delete;
    State& operator=(const State&) = delete;
};

Hasher::Hasher() : m_state(std::make_unique<State>()) {}

Hasher::~Hasher() = default;

Hasher& Hasher::add(std::string_view part) {
    uint64_t length = part.size();
    XXH3_64bits_update(m_state->xxh, &length, sizeof length);
    XXH3_64bits_update(m_state->xxh, part.data(), part.size());
    return *this;
}

uint64_t Hasher::value() const { return XXH3_64bits_digest(m_state->xxh); }

std::string Hasher::hex() const {
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value()));
    return buffer;
}

uint64_t hash_of(std::string_view text) { return XXH3_64bits(text.data(), text.size()); }

}  // namespace readoutdiff::batch
