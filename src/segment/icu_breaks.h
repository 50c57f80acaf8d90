// ICU's break iterators over UTF-8 text, giving byte offsets directly. The
// only file of the segment layer that touches ICU.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace readoutdiff::segment {

struct Piece {
    uint32_t begin;
    uint32_t end;
    bool is_word;  // letters, digits or ideographs (ICU rule status), not spaces or punctuation
};

// Sentence boundaries as ICU's English rules see them (spaces included).
std::vector<Piece> icu_sentences(std::string_view utf8);

// Word boundaries: words and the pieces between them, covering all of utf8.
std::vector<Piece> icu_words(std::string_view utf8);

}  // namespace readoutdiff::segment
