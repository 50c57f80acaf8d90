// Tests for series/readout_date: front matter's date first, then meta.tsv,
// a date in the text, the file name and the folder name, as compare and batch
// date a readout.
#include <doctest/doctest.h>

#include "series/readout_date.h"
#include "temp_dir.h"

using readoutdiff::series::readout_date;
using readoutdiff::text::Text;

TEST_CASE("a readout's date: front matter, meta.tsv beside it, its text, its file name, its folder name") {
    test_support::TempDir dir;
    Text text;
    std::string plain = dir.write("plain/us.txt", "x");
    SUBCASE("front matter's date wins") {
        text.date = "2024-04-02";
        text.date_origin = readoutdiff::text::DateOrigin::front_matter;
        dir.write("plain/meta.tsv", "date\t2020-01-01\n");
        CHECK(readout_date(text, plain) == "2024-04-02");
    }
    SUBCASE("meta.tsv wins over a date read from the text") {
        text.date = "2024-04-02";
        text.date_origin = readoutdiff::text::DateOrigin::dateline;
        dir.write("plain/meta.tsv", "date\t2020-01-01\n");
        CHECK(readout_date(text, plain) == "2020-01-01");
    }
    SUBCASE("the text's date without meta.tsv") {
        text.date = "2024-04-02";
        text.date_origin = readoutdiff::text::DateOrigin::dateline;
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
