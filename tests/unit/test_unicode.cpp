// Tests for text/unicode: encoding problems with their byte offsets, NFC,
// the folded matching form, UTF-8 encoding of escapes and the ICU version.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "text/unicode.h"

namespace {

using readoutdiff::text::encode_utf8;
using readoutdiff::text::find_encoding_problem;
using readoutdiff::text::fold_for_matching;
using readoutdiff::text::icu_version;
using readoutdiff::text::to_nfc;

const std::string kUtf16Message = "is UTF-16, not UTF-8 (convert it first, e.g. iconv -f UTF-16 -t UTF-8)";

}  // namespace

TEST_CASE("find_encoding_problem accepts valid UTF-8") {
    SUBCASE("ASCII") { CHECK_FALSE(find_encoding_problem("The two leaders met.").has_value()); }
    SUBCASE("accents, CJK, curly quotes, emoji") {
        CHECK_FALSE(find_encoding_problem("P\u00E9rez \u4E2D\u56FD \u201Cwin-win\u201D \U0001F600").has_value());
    }
    SUBCASE("a UTF-8 byte order mark") { CHECK_FALSE(find_encoding_problem("\xEF\xBB\xBFTitle").has_value()); }
    SUBCASE("empty") { CHECK_FALSE(find_encoding_problem("").has_value()); }
}

TEST_CASE("find_encoding_problem reports a NUL byte with its offset") {
    auto problem = find_encoding_problem(std::string_view("abc\0def", 7));
    REQUIRE(problem.has_value());
    CHECK(problem->offset == 3);
    CHECK(problem->message == "contains a NUL byte at byte offset 3: binary data, not a text readout");
}

TEST_CASE("find_encoding_problem recognizes UTF-16") {
    SUBCASE("little-endian with a byte order mark") {
        auto problem = find_encoding_problem(std::string_view("\xFF\xFEH\0i\0", 6));
        REQUIRE(problem.has_value());
        CHECK(problem->offset == 0);
        CHECK(problem->message == kUtf16Message);
        CHECK(problem->whole_file);  // named without a position
    }
    SUBCASE("big-endian with a byte order mark") {
        auto problem = find_encoding_problem(std::string_view("\xFE\xFF\0H\0i", 6));
        REQUIRE(problem.has_value());
        CHECK(problem->message == kUtf16Message);
    }
    SUBCASE("little-endian without a byte order mark") {
        auto problem = find_encoding_problem(std::string_view("H\0e\0l\0l\0o\0 \0w\0o\0r\0l\0d\0", 22));
        REQUIRE(problem.has_value());
        CHECK(problem->message == kUtf16Message);
    }
    SUBCASE("big-endian without a byte order mark") {
        auto problem = find_encoding_problem(std::string_view("\0H\0e\0l\0l\0o", 10));
        REQUIRE(problem.has_value());
        CHECK(problem->message == kUtf16Message);
    }
}

TEST_CASE("find_encoding_problem reports invalid UTF-8 at the offset of the bad sequence") {
    struct Case {
        const char* name;
        std::string bytes;
        size_t offset;
    };
    const Case cases[] = {
        {"truncated three-byte sequence at the end", "ab\xE4\xB8", 2},
        {"truncated sequence before ASCII", "abc\xE4\xB8 def", 3},
        {"overlong encoding of NUL", "ab\xC0\x80", 2},
        {"overlong two-byte slash", "x\xC1\xAF", 1},
        {"UTF-16 surrogate", "abcd\xED\xA0\x80", 4},
        {"stray continuation byte", "\x80" "abc", 0},
        {"stray continuation byte after valid text", "caf\xC3\xA9 \x80", 6},
        {"byte that never occurs in UTF-8", "ok \xFF", 3},
        {"code point above U+10FFFF", "a\xF4\x90\x80\x80", 1},
    };
    for (const Case& c : cases) {
        std::string name = c.name;
        CAPTURE(name);
        auto problem = find_encoding_problem(c.bytes);
        REQUIRE(problem.has_value());
        CHECK(problem->offset == c.offset);
        CHECK(problem->message == "invalid UTF-8 at byte offset " + std::to_string(c.offset));
    }
}

TEST_CASE("to_nfc composes a letter and a combining accent") {
    SUBCASE("e + U+0301 becomes U+00E9") { CHECK(to_nfc("Caf" "e\xCC\x81") == "Caf\xC3\xA9"); }
    SUBCASE("already composed text is unchanged") { CHECK(to_nfc("Caf\xC3\xA9") == "Caf\xC3\xA9"); }
    SUBCASE("ASCII is unchanged") { CHECK(to_nfc("The U.S. side") == "The U.S. side"); }
    SUBCASE("CJK is unchanged") { CHECK(to_nfc("\u4E2D\u56FD") == "\u4E2D\u56FD"); }
    SUBCASE("two spellings compare equal after NFC") { CHECK(to_nfc("P\u00E9rez") == to_nfc("Pe\u0301rez")); }
}

TEST_CASE("fold_for_matching folds case, accents, quotes, dashes and spaces") {
    SUBCASE("ASCII case") { CHECK(fold_for_matching("The U.S. Side") == "the u.s. side"); }
    SUBCASE("curly apostrophe") { CHECK(fold_for_matching("China\u2019s") == "china's"); }
    SUBCASE("curly double quotes") { CHECK(fold_for_matching("\u201CWin-Win\u201D") == "\"win-win\""); }
    SUBCASE("en and em dashes") { CHECK(fold_for_matching("2023\u20132024 \u2014 talks") == "2023-2024 - talks"); }
    SUBCASE("no-break space") { CHECK(fold_for_matching("Wang\u00A0Yi") == "wang yi"); }
    SUBCASE("accented capitals lose their accents") { CHECK(fold_for_matching("\u00C9T\u00C9") == "ete"); }
    SUBCASE("an accent composed or decomposed") {
        CHECK(fold_for_matching("communiqu\u00E9s") == "communiques");
        CHECK(fold_for_matching("communique\u0301s") == "communiques");
    }
    SUBCASE("full case folding") { CHECK(fold_for_matching("Stra\u00DFe") == "strasse"); }
    SUBCASE("CJK unchanged") { CHECK(fold_for_matching("\u4E2D\u56FD") == "\u4E2D\u56FD"); }
}

TEST_CASE("encode_utf8 encodes one code point") {
    CHECK(encode_utf8(U'A') == "A");
    CHECK(encode_utf8(0xA0) == "\xC2\xA0");
    CHECK(encode_utf8(0x2019) == "\xE2\x80\x99");
    CHECK(encode_utf8(0x4E2D) == "\xE4\xB8\xAD");
    CHECK(encode_utf8(0x1F600) == "\xF0\x9F\x98\x80");
}

TEST_CASE("icu_version: major.minor of the ICU linked in") {
    std::string version = icu_version();
    CAPTURE(version);
    size_t dot = version.find('.');
    REQUIRE(dot != std::string::npos);
    CHECK(dot > 0);
    CHECK(version.find_first_not_of("0123456789.") == std::string::npos);
}
