// Tests for series/readout_date: the text's own date first, then meta.tsv,
// the file name and the folder name, as batch dates a pair.
#include <doctest/doctest.h>

#include "series/readout_date.h"
#include "temp_dir.h"

using readoutdiff::series::readout_date;
using readoutdiff::text::Text;

TEST_CASE("a readout's date: its text, meta.tsv beside it, its file name, its folder name") {
    test_support::TempDir dir;
    Text text;
    std::string plain = dir.write("plain/us.txt", "x");
    SUBCASE("the text's own date wins") {
        text.date = "2024-04-02";
        dir.write("plain/meta.tsv", "date\t2020-01-01\n");
        CHECK(readout_date(text, plain) == "2024-04-02");
    }
    SUBCASE("meta.tsv beside the file") {
        dir.write("plain/meta.tsv", "kind\tcall\ndate\t2023-11-15\n");
        CHECK(readout_date(text, plain) == "2023-11-15");
    }
    SUBCASE("the file name") {
        std::string named = dir.write("plain/2022-11-14-bali.md", "x");
        CHECK(readout_date(text, named) == "2022-11-14");
    }
    SUBCASE("the folder name") {
        std::string in_folder = dir.write("2021-09-09-call/prc.txt", "x");
        CHECK(readout_date(text, in_folder) == "2021-09-09");
    }
    SUBCASE("none of them") { CHECK(readout_date(text, plain).empty()); }
    SUBCASE("a name starting with an impossible date has none") {
        std::string bad = dir.write("plain/2022-13-40-x.txt", "x");
        CHECK(readout_date(text, bad).empty());
    }
}
