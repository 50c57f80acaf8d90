// Tests for render/terminal_words: words without control characters, lines
// wrapped or cut to a display width.
#include <doctest/doctest.h>

#include "render/display_width.h"
#include "render/terminal_words.h"

using readoutdiff::render::cut_to_width;
using readoutdiff::render::display_width;
using readoutdiff::render::terminal_words;
using readoutdiff::render::wrap_to_width;

TEST_CASE("terminal_words splits at white space and drops C0, DEL and C1 controls") {
    CHECK(terminal_words("a\tb\nc  d") == std::vector<std::string>{"a", "b", "c", "d"});
    CHECK(terminal_words("\x1b[31mred\x7f") == std::vector<std::string>{"[31mred"});
    CHECK(terminal_words("x\xC2\x9B"
                         "2Jy") == std::vector<std::string>{"x2Jy"});
    CHECK(terminal_words("").empty());
}

TEST_CASE("wrap_to_width never passes the width, CJK counting two columns") {
    for (size_t width : {2u, 5u, 12u}) {  // a CJK character alone needs two
        CAPTURE(width);
        for (const std::string& line : wrap_to_width("one two three 中文字符 averyveryverylongword", width)) {
            CHECK(display_width(line) <= width);
        }
    }
    CHECK(wrap_to_width("one two three", 7) == std::vector<std::string>{"one two", "three"});
    CHECK(wrap_to_width("", 7) == std::vector<std::string>{""});
}

TEST_CASE("cut_to_width keeps what fits and marks the cut with an ellipsis") {
    CHECK(cut_to_width("one two three", 20) == "one two three");
    CHECK(cut_to_width("one two three", 9) == "one two\u2026");
    CHECK(display_width(cut_to_width("中文字符 中文字符 中文字符", 9)) <= 9);
}
