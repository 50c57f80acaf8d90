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

TEST_CASE("wrap_label breaks a label at spaces and cuts only a word too wide, with an ellipsis") {
    using readoutdiff::render::wrap_label;
    CHECK(wrap_label("Technology, export controls", 24) == std::vector<std::string>{"Technology, export", "controls"});
    CHECK(wrap_label("Taiwan", 24) == std::vector<std::string>{"Taiwan"});
    CHECK(wrap_label("peaceful-reunification", 12) == std::vector<std::string>{"peaceful-re\u2026"});
    for (const std::string& line : wrap_label("中文字符中文字符 and more", 7)) CHECK(display_width(line) <= 7);
}

TEST_CASE("split_path breaks a path only after a '/'") {
    using readoutdiff::render::split_path;
    const std::string path = "corpus/pairs/2023-11-15-biden-xi-woodside/us.txt";
    // As much as fits beside what is already on the line, then whole names.
    CHECK(split_path(path, 14, 31) ==
          std::vector<std::string>{"corpus/pairs/", "2023-11-15-biden-xi-woodside/", "us.txt"});
    CHECK(split_path(path, 31, 31) ==
          std::vector<std::string>{"corpus/pairs/", "2023-11-15-biden-xi-woodside/", "us.txt"});
    CHECK(split_path(path, 80, 80) == std::vector<std::string>{path});
    // Nothing fits on the first line: the first piece is empty.
    CHECK(split_path(path, 5, 31) ==
          std::vector<std::string>{"", "corpus/pairs/", "2023-11-15-biden-xi-woodside/", "us.txt"});
    // Only a name wider than the width is split inside.
    std::vector<std::string> pieces = split_path("a/averyveryverylongname.txt", 10, 10);
    CHECK(pieces.front() == "a/");
    for (const std::string& piece : pieces) CHECK(display_width(piece) <= 10);
    std::string joined;
    for (const std::string& piece : pieces) joined += piece;
    CHECK(joined == "a/averyveryverylongname.txt");
}
