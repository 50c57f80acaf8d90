// Tests for text/dates: the dates readouts write, in their text, their
// datelines and their file names, and the calendar arithmetic pairing needs.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "text/dates.h"

namespace {

using readoutdiff::text::CalendarDate;

std::string iso_or_none(const std::optional<CalendarDate>& date) {
    return date ? readoutdiff::text::to_iso(*date) : "none";
}

}  // namespace

TEST_CASE("find_full_date reads 'Month D, YYYY' in any case, abbreviated months and ISO dates") {
    using readoutdiff::text::find_full_date;
    CHECK(iso_or_none(find_full_date("On November 15, 2023, they met.")) == "2023-11-15");
    CHECK(iso_or_none(find_full_date("SINGAPORE, MAY 31, 2024 - Austin met Dong.")) == "2024-05-31");
    CHECK(iso_or_none(find_full_date("WASHINGTON, Nov. 15, 2023 -- The two met.")) == "2023-11-15");
    CHECK(iso_or_none(find_full_date("On Sept. 9, 2021 they spoke.")) == "2021-09-09");
    CHECK(iso_or_none(find_full_date("June 30 2025 call")) == "2025-06-30");
    CHECK(iso_or_none(find_full_date("Published 2025-06-05.")) == "2025-06-05");
    SUBCASE("a date without a year, or one that does not exist, is no full date") {
        CHECK(iso_or_none(find_full_date("On July 8, the two met.")) == "none");
        CHECK(iso_or_none(find_full_date("On February 30, 2023, nothing.")) == "none");
        CHECK(iso_or_none(find_full_date("2023-02-29")) == "none");
    }
    SUBCASE("a month inside a word is no month") {
        CHECK(iso_or_none(find_full_date("The mayor 3, 2020 met.")) == "none");
        CHECK(iso_or_none(find_full_date("They decided 5, 2020.")) == "none");
    }
}

TEST_CASE("leading_date reads a dateline or an opening phrase, with or without a year") {
    using readoutdiff::text::leading_date;
    struct Case {
        const char* paragraph;
        const char* date;
    };
    const Case cases[] = {
        {"BEIJING, July 8 (Xinhua) -- Wang Yi met Blinken.", "07-08"},
        {"BEIJING, Aug. 29 (Xinhua) \u2014 Zhang Youxia met Sullivan.", "08-29"},
        {"Beijing, June 19: Wang Yi met Blinken.", "06-19"},
        {"BEIJING, April 20 -- Wei Fenghe held a call.", "04-20"},
        {"WASHINGTON, Nov. 15, 2023 (Xinhua) -- Xi met Biden.", "2023-11-15"},
        {"On the evening of March 18, Xi had a video call with Biden.", "03-18"},
        {"On August 28, Wang Wentao held talks with Raimondo.", "08-28"},
        {"On March 18, 2022, the two presidents spoke.", "2022-03-18"},
        {"President Xi, on July 8, met Blinken.", "none"},
        {"The two leaders met on July 8 (local time) -- in Bali.", "none"},
        {"On behalf of the President, Blinken spoke.", "none"},
        {"BEIJING, July 32 (Xinhua) -- nothing.", "none"},
        {"BEIJING, July 8 (Xinhua) Wang Yi met Blinken.", "none"},
        {"Wang Yi met Blinken,", "none"},  // a comma ends the text: no month looked for past its end
    };
    for (const Case& c : cases) {
        std::string paragraph = c.paragraph;
        CAPTURE(paragraph);
        CHECK(iso_or_none(leading_date(c.paragraph)) == c.date);
    }
}

TEST_CASE("date_in_file_name reads YYYY-MM-DD, YYYY_MM_DD and YYYYMMDD in the file name only") {
    using readoutdiff::text::date_in_file_name;
    CHECK(iso_or_none(date_in_file_name("readouts/2023-11-15-readout.md")) == "2023-11-15");
    CHECK(iso_or_none(date_in_file_name("xinhua_2023_06_19.txt")) == "2023-06-19");
    CHECK(iso_or_none(date_in_file_name("wire/xinhua-20230619.txt")) == "2023-06-19");
    CHECK(iso_or_none(date_in_file_name("2023-11-15/readout.txt")) == "none");
    CHECK(iso_or_none(date_in_file_name("r000123.txt")) == "none");
    CHECK(iso_or_none(date_in_file_name("id-120230619.txt")) == "none");
    CHECK(iso_or_none(date_in_file_name("2023-13-01.txt")) == "none");
}

TEST_CASE("day numbers count from 1970-01-01 and come back as the same date") {
    using readoutdiff::text::date_of_day;
    using readoutdiff::text::day_number;
    CHECK(day_number(CalendarDate{1970, 1, 1}) == 0);
    CHECK(day_number(CalendarDate{2015, 1, 1}) == 16436);
    CHECK(*day_number(CalendarDate{2024, 3, 1}) - *day_number(CalendarDate{2024, 2, 28}) == 2);
    CHECK(date_of_day(*day_number(CalendarDate{2023, 11, 15})) == CalendarDate{2023, 11, 15});
    CHECK_FALSE(day_number(CalendarDate{0, 7, 8}).has_value());
    CHECK_FALSE(day_number(CalendarDate{2023, 2, 29}).has_value());
}

TEST_CASE("nearest_day takes the year that puts month and day nearest, across a new year") {
    using readoutdiff::text::CalendarDate;
    using readoutdiff::text::date_of_day;
    using readoutdiff::text::day_number;
    using readoutdiff::text::nearest_day;
    long new_year = *day_number(CalendarDate{2024, 1, 1});
    CHECK(date_of_day(*nearest_day(12, 31, new_year)) == CalendarDate{2023, 12, 31});
    CHECK(date_of_day(*nearest_day(1, 2, new_year)) == CalendarDate{2024, 1, 2});
    CHECK(date_of_day(*nearest_day(2, 29, new_year)) == CalendarDate{2024, 2, 29});
    CHECK_FALSE(nearest_day(2, 29, *day_number(CalendarDate{2022, 6, 1})).has_value());
    CHECK_FALSE(nearest_day(2, 30, new_year).has_value());
}

TEST_CASE("parse_iso_date takes a whole yyyy-mm-dd that exists") {
    using readoutdiff::text::parse_iso_date;
    CHECK(iso_or_none(parse_iso_date("2023-11-15")) == "2023-11-15");
    CHECK(iso_or_none(parse_iso_date("2023-11-15T10:00")) == "none");
    CHECK(iso_or_none(parse_iso_date("2023-04-31")) == "none");
    CHECK(iso_or_none(parse_iso_date("")) == "none");
}
