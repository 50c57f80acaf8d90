// Tests for text/lines: one way to split lines, CRLF included.
#include <doctest/doctest.h>

#include "text/lines.h"

using readoutdiff::text::split_lines;
using Lines = std::vector<std::string_view>;

TEST_CASE("split_lines splits on newlines without a final empty line") {
    CHECK(split_lines("a\nb\n") == Lines{"a", "b"});
    CHECK(split_lines("a\nb") == Lines{"a", "b"});
    CHECK(split_lines("a\n\nb") == Lines{"a", "", "b"});
    CHECK(split_lines("").empty());
}

TEST_CASE("split_lines drops the carriage return of CRLF") { CHECK(split_lines("a\r\nb\r\n") == Lines{"a", "b"}); }
