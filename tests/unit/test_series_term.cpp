// Tests for render/series_term: no line passes the width, no control
// character from a readout reaches the terminal, colors only when asked.
#include <doctest/doctest.h>

#include <sstream>

#include "render/display_width.h"
#include "render/series_term.h"
#include "series_readouts.h"
#include "text/lines.h"

using readoutdiff::render::display_width;
using readoutdiff::render::write_series_terminal;

TEST_CASE("every line fits the width, and the readouts' escapes are gone") {
    auto timeline = test_support::hostile_timeline();
    for (size_t width : {40u, 61u, 100u, 200u}) {
        CAPTURE(width);
        std::ostringstream out;
        write_series_terminal(timeline, {width, false}, out);
        std::string text = out.str();
        CHECK(text.find('\x1b') == std::string::npos);
        for (std::string_view line : readoutdiff::text::split_lines(text)) CHECK(display_width(line) <= width);
    }
    std::ostringstream wide;
    write_series_terminal(timeline, {200, false}, wide);
    CHECK(
        wide.str().find(
            "+ taiwan-independence: \u201Coppose taiwan independence\u201D (PRC wording) \u00B7 first in the series") !=
        std::string::npos);
}

TEST_CASE("colors only with color on") {
    auto timeline = test_support::hostile_timeline();
    std::ostringstream plain, colored;
    write_series_terminal(timeline, {100, false}, plain);
    write_series_terminal(timeline, {100, true}, colored);
    CHECK(plain.str().find("\033[") == std::string::npos);
    CHECK(colored.str().find("\033[32m+\033[0m") != std::string::npos);
}
