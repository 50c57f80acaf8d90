// Snowball English stems ("urged", "urges" -> "urg"), the unit that lexicon
// terms and sentences are matched on.
#pragma once

#include <string>
#include <string_view>

namespace readoutdiff::segment {

// Stems one case-folded word. Thread-safe: each thread keeps its own stemmer.
std::string stem(std::string_view folded_word);

}  // namespace readoutdiff::segment
