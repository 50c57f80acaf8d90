// The script of the letters is a cheap, reliable signal: an English readout
// that names 习近平 three times still has well over 90% A-Z letters.
#include "text/language.h"

#include <cmath>

#include "error.h"
#include "text/unicode.h"

namespace readoutdiff::text {

void check_english(const Text& text) {
    LetterCounts title = count_letters(text.title);
    LetterCounts body = count_letters(text.body);
    size_t ascii = title.ascii + body.ascii;
    size_t letters = ascii + title.other + body.other;
    if (letters < kLeastLettersToJudge) return;
    double share = static_cast<double>(ascii) / static_cast<double>(letters);
    if (share >= kLeastAsciiLetterShare) return;
    throw Error(text.path, "does not look like English: " + std::to_string(std::lround(share * 100)) +
                               "% of its letters are A-Z (the lexicons are English; add --force to compare it anyway)");
}

}  // namespace readoutdiff::text
