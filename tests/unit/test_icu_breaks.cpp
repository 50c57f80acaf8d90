// Tests for segment/icu_breaks with the ICU data linked in (only the English
// break rules, tools/icu_data_items.txt): English words and sentences, pieces
// that cover the text, and letters of scripts without their dictionaries
// kept together, a run per token.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "segment/icu_breaks.h"

namespace {

using readoutdiff::segment::icu_sentences;
using readoutdiff::segment::icu_words;
using readoutdiff::segment::Piece;

// The word pieces of text, separated by " | ".
std::string words(std::string_view text) {
    std::ostringstream out;
    bool first = true;
    for (const Piece& piece : icu_words(text)) {
        if (!piece.is_word) continue;
        out << (first ? "" : " | ") << text.substr(piece.begin, piece.end - piece.begin);
        first = false;
    }
    return out.str();
}

}  // namespace

TEST_CASE("icu_words: English words, numbers and abbreviations; spaces and punctuation are not words") {
    CHECK(words("The U.S. side's 2,500 tons, e.g. soybeans.") == "The | U.S | side's | 2,500 | tons | e.g | soybeans");
}

TEST_CASE("icu_words: the pieces cover the text, in order") {
    std::string_view text = "Wang Yi met Blinken \u2014 again.";
    uint32_t at = 0;
    for (const Piece& piece : icu_words(text)) {
        CHECK(piece.begin == at);
        at = piece.end;
    }
    CHECK(at == text.size());
}

TEST_CASE("icu_sentences: English sentence rules") {
    std::vector<Piece> pieces = icu_sentences("They met. Talks were candid! Was it useful? Yes.");
    CHECK(pieces.size() == 4);
}

// The word dictionaries of ICU (Chinese, Japanese, Thai, ...) are left out of
// the data on purpose: a run of such letters is one token, in the readouts
// and in the lexicons alike, so "习近平" in a text matches the lexicon's.
TEST_CASE("icu_words: a run of Chinese, Japanese or Thai letters is one word") {
    CHECK(words("President Xi Jinping (\u4e60\u8fd1\u5e73) met") ==
          "President | Xi | Jinping | \u4e60\u8fd1\u5e73 | met");
    CHECK(words("\u4e60\u8fd1\u5e73\u4e3b\u5e2d \u3072\u3089\u304c\u306a \u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22") ==
          "\u4e60\u8fd1\u5e73\u4e3b\u5e2d | \u3072\u3089\u304c\u306a | \u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22");
}
