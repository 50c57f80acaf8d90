// Dates as readouts write them: "November 15, 2023" or "2023-11-15" in the
// text, a dateline that gives only month and day ("BEIJING, July 8 (Xinhua)
// --", "On the evening of March 18,"), a date in a file name
// ("2023-11-15-readout.md", "xinhua_20230619.txt"). Calendar arithmetic is
// std::chrono's, so a date that does not exist (February 30) is never one.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace readoutdiff::text {

struct CalendarDate {
    int year = 0;  // 0: the text gives no year
    unsigned month = 0;
    unsigned day = 0;

    bool has_year() const { return year != 0; }
    bool operator==(const CalendarDate&) const = default;
};

// The first date written in text as "Month D, YYYY" (any case, "Aug." and
// "Sept." too) or "YYYY-MM-DD".
std::optional<CalendarDate> find_full_date(std::string_view text);

// The date a paragraph opens with: a dateline ("BEIJING, July 8 (Xinhua) --",
// "WASHINGTON, Nov. 15, 2023 --", "Beijing, June 19:") or an opening phrase
// ("On August 28,", "On the evening of March 18,"). The year is 0 when the
// opening gives none.
std::optional<CalendarDate> leading_date(std::string_view paragraph);

// A date in a path's file name: YYYY-MM-DD, YYYY_MM_DD or YYYYMMDD, not part
// of a longer number, years 1900 to 2099.
std::optional<CalendarDate> date_in_file_name(std::string_view path);

// "2023-11-15", or "11-15" for a date without a year.
std::string to_iso(const CalendarDate& date);

// Parses "YYYY-MM-DD" (the whole string); nothing unless it is a real date.
std::optional<CalendarDate> parse_iso_date(std::string_view text);

// Days since 1970-01-01 of a date with a year; nothing for a date without a
// year or one that does not exist.
std::optional<long> day_number(const CalendarDate& date);

// The date of day_number n.
CalendarDate date_of_day(long n);

// The year that puts month and day nearest to the day number near (so
// "December 31" near 2024-01-01 is 2023-12-31), among the year of near and
// the years before and after it; nothing when none has that day (February 30,
// or February 29 far from a leap year).
std::optional<long> nearest_day(unsigned month, unsigned day, long near);

}  // namespace readoutdiff::text
