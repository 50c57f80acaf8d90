// Tests for render/series_md: input text cannot break a table or inject
// markup; every table row has its header's cells.
#include <doctest/doctest.h>

#include <regex>
#include <sstream>

#include "render/series_md.h"
#include "series_readouts.h"
#include "text/lines.h"

TEST_CASE("Markdown tables keep their shape whatever the readouts say") {
    std::ostringstream out;
    readoutdiff::render::write_series_markdown(test_support::hostile_timeline(), out);
    std::string md = out.str();
    CHECK(md.find("<script>") == std::string::npos);
    CHECK(md.find("\\<script\\>") != std::string::npos);
    CHECK(md.find("\\*bold\\*") != std::string::npos);
    const std::regex separator(R"((^|[^\\])\|)");
    size_t header_cells = 0;
    for (std::string_view line : readoutdiff::text::split_lines(md)) {
        if (line.empty() || line.front() != '|') {
            header_cells = 0;
            continue;
        }
        std::string text(line);
        size_t cells = static_cast<size_t>(
            std::distance(std::sregex_iterator(text.begin(), text.end(), separator), std::sregex_iterator()));
        if (header_cells == 0) header_cells = cells;
        CAPTURE(text);
        CHECK(cells == header_cells);
    }
}
