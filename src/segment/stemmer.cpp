// libstemmer keeps state and reuses its output buffer, so there is one
// stemmer per thread and each result is copied out at once.
#include "segment/stemmer.h"

#include <libstemmer.h>
#include <memory>

namespace readoutdiff::segment {
namespace {

struct StemmerDeleter {
    void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

sb_stemmer* thread_stemmer() {
    thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("english", "UTF_8"));
    return stemmer.get();
}

}  // namespace

std::string stem(std::string_view folded_word) {
    sb_stemmer* stemmer = thread_stemmer();
    if (stemmer == nullptr || folded_word.empty()) return std::string(folded_word);
    const sb_symbol* out = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(folded_word.data()),
                                           static_cast<int>(folded_word.size()));
    if (out == nullptr) return std::string(folded_word);
    return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(stemmer)));
}

}  // namespace readoutdiff::segment
