// libstemmer keeps state and reuses its output buffer, so there is one
// stemmer per thread and each result is copied out at once. Word frequencies
// are Zipfian, so a per-thread cache answers most calls.
#include "segment/stemmer.h"

#include <libstemmer.h>
#include <memory>
#include <string>
#include <unordered_map>

namespace readoutdiff::segment {
namespace {

constexpr size_t kCacheLimit = 200000;

struct StemmerDeleter {
    void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

std::string stem_uncached(std::string_view folded_word) {
    thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("english", "UTF_8"));
    if (!stemmer || folded_word.empty()) return std::string(folded_word);
    const sb_symbol* out = sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(folded_word.data()),
                                           static_cast<int>(folded_word.size()));
    if (out == nullptr) return std::string(folded_word);
    return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(stemmer.get())));
}

}  // namespace

std::string stem(std::string_view folded_word) {
    thread_local std::unordered_map<std::string, std::string> cache;
    std::string key(folded_word);
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    std::string result = stem_uncached(folded_word);
    if (cache.size() < kCacheLimit) cache.emplace(std::move(key), result);
    return result;
}

}  // namespace readoutdiff::segment
