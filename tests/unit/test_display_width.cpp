// Tests for render/display_width: terminal columns of UTF-8 text (CJK and
// emoji two, combining marks none) and splitting a long word by columns.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "render/display_width.h"

namespace {

using readoutdiff::render::display_width;
using readoutdiff::render::split_to_width;

// The items separated by " | ", so that a failure prints readable values.
template <typename T>
std::string joined(const std::vector<T>& items) {
    std::ostringstream out;
    for (size_t i = 0; i < items.size(); ++i) out << (i ? " | " : "") << items[i];
    return out.str();
}

}  // namespace

TEST_CASE("display_width counts terminal columns") {
    SUBCASE("ASCII") { CHECK(display_width("U.S. side") == 9); }
    SUBCASE("empty") { CHECK(display_width("") == 0); }
    SUBCASE("CJK ideographs take two columns") { CHECK(display_width("\u4E2D\u7F8E\u5173\u7CFB") == 8); }
    SUBCASE("CJK punctuation takes two columns") { CHECK(display_width("\u3002") == 2); }
    SUBCASE("a combining accent takes none") { CHECK(display_width("Pe\u0301rez") == 5); }
    SUBCASE("a precomposed accent takes one") { CHECK(display_width("P\u00E9rez") == 5); }
    SUBCASE("curly quotes take one") { CHECK(display_width("\u201Cwin-win\u201D") == 9); }
    SUBCASE("an emoji takes two") { CHECK(display_width("\U0001F600") == 2); }
    SUBCASE("an emoji presentation sequence takes two") { CHECK(display_width("\u2764\uFE0F") == 2); }
    SUBCASE("mixed") { CHECK(display_width("Xi \u4E60\u8FD1\u5E73") == 9); }
    SUBCASE("an invalid byte counts as one column") { CHECK(display_width("a\xFF" "b") == 3); }
}

TEST_CASE("split_to_width cuts a word into pieces no wider than the width") {
    SUBCASE("ASCII") {
        CHECK(joined(split_to_width("abcdefg", 3)) == "abc | def | g");
    }
    SUBCASE("fits") { CHECK(joined(split_to_width("abc", 3)) == "abc"); }
    SUBCASE("CJK never split inside a character") {
        CHECK(joined(split_to_width("\u4E2D\u7F8E\u5173\u7CFB", 3)) ==
              "\u4E2D | \u7F8E | \u5173 | \u7CFB");
        CHECK(joined(split_to_width("\u4E2D\u7F8E\u5173\u7CFB", 4)) == "\u4E2D\u7F8E | \u5173\u7CFB");
    }
    SUBCASE("a combining accent stays with its letter") {
        CHECK(joined(split_to_width("cafe\u0301s", 4)) == "cafe\u0301 | s");
    }
    SUBCASE("a character wider than the width gets a piece of its own") {
        CHECK(joined(split_to_width("a\u4E2Db", 1)) == "a | \u4E2D | b");
        CHECK(joined(split_to_width("\u4E2D\u56FD", 1)) == "\u4E2D | \u56FD");
    }
    SUBCASE("empty word") { CHECK(split_to_width("", 5) == std::vector<std::string>{""}); }
}

TEST_CASE("split_to_width pieces add up to the word and respect the width") {
    const std::string word = "Pe\u0301rez\u4E2D\u7F8Ewin-win\u201Cok\u201D\U0001F600";
    for (size_t width = 2; width <= 8; ++width) {
        CAPTURE(width);
        std::vector<std::string> pieces = split_to_width(word, width);
        std::string joined;
        for (const std::string& piece : pieces) {
            CHECK(display_width(piece) <= width);
            CHECK_FALSE(piece.empty());
            joined += piece;
        }
        CHECK(joined == word);
    }
}
