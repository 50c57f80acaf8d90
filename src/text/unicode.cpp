// ICU does the heavy lifting (validation by U8_NEXT, NFC, case folding); the
// ASCII fast paths matter because every token of every sentence is folded.
#include "text/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <unicode/uversion.h>

namespace readoutdiff::text {
namespace {

bool is_ascii(std::string_view s) {
    for (unsigned char c : s) {
        if (c >= 0x80) return false;
    }
    return true;
}

bool looks_like_utf16(std::string_view bytes) {
    if (bytes.size() >= 2) {
        auto b0 = static_cast<unsigned char>(bytes[0]);
        auto b1 = static_cast<unsigned char>(bytes[1]);
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) return true;
    }
    // Without a BOM, English UTF-16 text has a NUL in every other byte.
    size_t sample = std::min<size_t>(bytes.size(), 512);
    if (sample < 4) return false;
    size_t even_nuls = 0, odd_nuls = 0;
    for (size_t i = 0; i < sample; ++i) {
        if (bytes[i] == '\0') (i % 2 == 0 ? even_nuls : odd_nuls)++;
    }
    size_t half = sample / 2;
    return even_nuls * 10 >= half * 8 || odd_nuls * 10 >= half * 8;
}

// Folds punctuation that typists and web pages vary on; ICU case folding
// leaves these alone.
char32_t fold_punctuation(char32_t c) {
    switch (c) {
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: return U'\'';
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: return U'"';
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
        case 0x2212: return U'-';
        case 0x00A0: case 0x2007: case 0x202F: case 0x2009: case 0x200A: case 0x3000: return U' ';
        default: return c;
    }
}

}  // namespace

std::optional<EncodingProblem> find_encoding_problem(std::string_view bytes) {
    if (looks_like_utf16(bytes)) {
        return EncodingProblem{0, "is UTF-16, not UTF-8 (convert it first, e.g. iconv -f UTF-16 -t UTF-8)", true};
    }
    if (size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
        return EncodingProblem{nul, "contains a NUL byte at byte offset " + std::to_string(nul) +
                                        ": binary data, not a text readout"};
    }
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    int32_t length = static_cast<int32_t>(bytes.size());
    int32_t i = 0;
    while (i < length) {
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        int32_t start = i;
        UChar32 c;
        U8_NEXT(data, i, length, c);
        if (c < 0) {
            return EncodingProblem{static_cast<size_t>(start),
                                   "invalid UTF-8 at byte offset " + std::to_string(start)};
        }
    }
    return std::nullopt;
}

std::string to_nfc(std::string_view utf8) {
    if (is_ascii(utf8)) return std::string(utf8);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return std::string(utf8);
    icu::UnicodeString source = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    if (nfc->isNormalized(source, status) && U_SUCCESS(status)) return std::string(utf8);
    status = U_ZERO_ERROR;
    icu::UnicodeString normalized = nfc->normalize(source, status);
    if (U_FAILURE(status)) return std::string(utf8);
    std::string out;
    normalized.toUTF8String(out);
    return out;
}

std::string fold_for_matching(std::string_view utf8) {
    std::string out;
    if (is_ascii(utf8)) {
        out.reserve(utf8.size());
        for (char c : utf8) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        return out;
    }
    icu::UnicodeString folded = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    folded.foldCase();
    // Decomposed, so that an accent is a mark of its own and drops out ("communiqués").
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_SUCCESS(status)) {
        icu::UnicodeString decomposed = nfd->normalize(folded, status);
        if (U_SUCCESS(status)) folded = decomposed;
    }
    icu::UnicodeString mapped;
    for (int32_t i = 0; i < folded.length();) {
        UChar32 c = folded.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) mapped.append(static_cast<UChar32>(fold_punctuation(static_cast<char32_t>(c))));
        i += U16_LENGTH(c);
    }
    mapped.toUTF8String(out);
    return out;
}

std::string encode_utf8(char32_t code_point) {
    std::string out;
    icu::UnicodeString(static_cast<UChar32>(code_point)).toUTF8String(out);
    return out;
}

std::string icu_version() {
    UVersionInfo version;
    u_getVersion(version);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(version, text);
    return text;
}

LetterCounts count_letters(std::string_view utf8) {
    LetterCounts counts;
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    // int32_t as ICU's macros need: inputs are at most io::kLargestMaxBytes (1 GiB).
    auto length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0x80) {
            counts.ascii += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        } else if (u_isalpha(c)) {
            counts.other++;
        }
    }
    return counts;
}

}  // namespace readoutdiff::text
