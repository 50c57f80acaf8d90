// The lexicons are English: a readout in another language (a Chinese-language
// readout, say) would be compared without a single term matching, so it is
// refused unless the user insists (--force).
#pragma once

#include "text/text.h"

namespace readoutdiff::text {

// Below this share of A-Z letters among all letters, a text is not English.
inline constexpr double kLeastAsciiLetterShare = 0.5;
// Texts with fewer letters are too short to judge.
inline constexpr size_t kLeastLettersToJudge = 40;

// Throws Error naming the text's path when less than kLeastAsciiLetterShare
// of its letters (title and body) are A-Z. A few Chinese names in an English
// text pass; a language written in Latin letters (French) is not told apart.
void check_english(const Text& text);

}  // namespace readoutdiff::text
