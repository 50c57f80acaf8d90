// Tests for text/meta_date: a pair folder's meta.tsv dates its readouts,
// below front matter and above the text.
#include <doctest/doctest.h>

#include "temp_dir.h"
#include "text/meta_date.h"

using readoutdiff::text::DateOrigin;
using readoutdiff::text::meta_date_beside;
using readoutdiff::text::meta_tsv_date;
using readoutdiff::text::take_meta_date;
using readoutdiff::text::Text;

TEST_CASE("meta_tsv_date reads the date line, a real date only") {
    CHECK(meta_tsv_date("date\t2023-11-15\nkind\tmeeting\n") == "2023-11-15");
    CHECK(meta_tsv_date("kind\tcall\r\ndate\t2021-02-10\r\n") == "2021-02-10");
    CHECK(meta_tsv_date("kind\tcall\n").empty());
    CHECK(meta_tsv_date("date\t2023-02-30\n").empty());
    CHECK(meta_tsv_date("update\t2023-11-15\n").empty());
    CHECK(meta_tsv_date("").empty());
}

TEST_CASE("meta_date_beside reads the meta.tsv in the readout's folder") {
    test_support::TempDir dir;
    std::string us = dir.write("pair/us.txt", "x");
    CHECK(meta_date_beside(us).empty());
    dir.write("pair/meta.tsv", "date\t2023-11-15\n");
    CHECK(meta_date_beside(us) == "2023-11-15");
    CHECK(meta_date_beside("-").empty());
}

TEST_CASE("take_meta_date: front matter wins, then meta.tsv, then the text") {
    Text text;
    text.date = "2023-11-16";
    text.date_origin = DateOrigin::dateline;
    SUBCASE("over a date read from the text") {
        take_meta_date(text, "2023-11-15");
        CHECK(text.date == "2023-11-15");
        CHECK(text.date_origin == DateOrigin::meta_tsv);
    }
    SUBCASE("over a dateline without a year") {
        text.date.clear();
        text.month_day = "11-16";
        take_meta_date(text, "2023-11-15");
        CHECK(text.date == "2023-11-15");
        CHECK(text.month_day.empty());
    }
    SUBCASE("not over front matter") {
        text.date_origin = DateOrigin::front_matter;
        take_meta_date(text, "2023-11-15");
        CHECK(text.date == "2023-11-16");
    }
    SUBCASE("an empty date changes nothing") {
        take_meta_date(text, "");
        CHECK(text.date == "2023-11-16");
        CHECK(text.date_origin == DateOrigin::dateline);
    }
}
