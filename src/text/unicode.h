// Unicode services the rest of the program needs, behind plain std::string
// signatures so that ICU stays inside the text and segment layers.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace readoutdiff::text {

// The no-break space (U+00A0) in UTF-8: the White House pages put it
// between words and around emphasis, and every reader step treats it as a space.
inline constexpr std::string_view kNoBreakSpace = "\u00A0";

// A byte offset and what is wrong there.
struct EncodingProblem {
    size_t offset;
    std::string message;
    bool whole_file = false;  // the file is in another encoding: no position to name
};

// Returns the first reason the bytes are not a UTF-8 text file: NUL bytes
// (binary data), UTF-16, or an invalid UTF-8 sequence (truncated, overlong,
// surrogate, stray continuation byte). Nothing when the bytes are fine.
std::optional<EncodingProblem> find_encoding_problem(std::string_view bytes);

// Canonical composition (NFC), so "é" typed two ways compares equal.
std::string to_nfc(std::string_view utf8);

// The form used for matching, never for display: case-folded, accents dropped
// ("communiqués" matches "communiques"), curly quotes and dashes folded to
// ASCII, non-breaking and other spaces to a plain space.
std::string fold_for_matching(std::string_view utf8);

// Letters counted by script: A-Z and a-z, and all other letters (Chinese,
// Cyrillic, accented Latin, ...), to tell an English text from another.
struct LetterCounts {
    size_t ascii = 0;
    size_t other = 0;
};
LetterCounts count_letters(std::string_view utf8);

// Encodes one code point as UTF-8 (used to decode escapes such as \u2019).
std::string encode_utf8(char32_t code_point);

// The version of the ICU library linked in, such as "72.1".
std::string icu_version();

}  // namespace readoutdiff::text
