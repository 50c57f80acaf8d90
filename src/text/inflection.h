// Whether a word is an inflected form of a lexicon word: "urged" of "urge",
// "talks" of "talk", "stopping" of "stop", "China's" of "china". Stems alone
// over-match in diplomatic text ("productive" and "products" share one), so
// the matcher uses stems to find candidates and this to confirm them.
#pragma once

#include <cstddef>
#include <string_view>

namespace readoutdiff::text {

// Both arguments case-folded.
bool is_inflection_of(std::string_view word, std::string_view base);

// An -ing form of at least min_length letters ("meeting", "conveying").
bool ing_form(std::string_view word, size_t min_length);

// An -ed form of at least min_length letters ("agreed", "exchanged").
bool ed_form(std::string_view word, size_t min_length);

// A form of "be" that heads a passive or a predicate ("is", "were", "been").
bool be_form(std::string_view word);

// A word in the possessive: "Command's", "Sullivan’s".
bool possessive(std::string_view word);

}  // namespace readoutdiff::text
