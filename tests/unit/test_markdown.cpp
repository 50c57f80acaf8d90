// Tests for render/markdown: table text is escaped, code spans are not (a
// path shows as it is), and a backtick inside a code span gets a longer fence.
#include <doctest/doctest.h>

#include "render/markdown.h"

using readoutdiff::render::markdown_code;
using readoutdiff::render::markdown_text;

TEST_CASE("markdown_text escapes Markdown's special characters and joins lines") {
    CHECK(markdown_text("us_side *x* | [a]") == "us\\_side \\*x\\* \\| \\[a\\]");
    CHECK(markdown_text("a\nb") == "a b");
}

TEST_CASE("markdown_code shows the text as it is") {
    CHECK(markdown_code("corpus/us_side.txt") == "`corpus/us_side.txt`");
    CHECK(markdown_code("a*b*\\c") == "`a*b*\\c`");
}

TEST_CASE("markdown_code fences a backtick with more backticks") {
    CHECK(markdown_code("it`s") == "``it`s``");
    CHECK(markdown_code("a``b") == "```a``b```");
    CHECK(markdown_code("`start") == "`` `start ``");
}

TEST_CASE("markdown_code escapes the pipe a table would split on") { CHECK(markdown_code("a|b") == "`a\\|b`"); }
