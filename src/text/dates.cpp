// Dates are found in the folded text (lowercase, dashes folded to '-'), so
// "BEIJING, Aug. 29 (Xinhua) —" and "Beijing, August 29 (Xinhua) --" read
// alike. A match must stand on word boundaries: "mayor" holds no month.
#include "text/dates.h"

#include <array>
#include <cctype>
#include <chrono>

#include "text/unicode.h"

namespace readoutdiff::text {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"january",   "february", "march",    "april",
                                                      "may",       "june",     "july",     "august",
                                                      "september", "october",  "november", "december"};

// Words that may stand between "On" and the month of an opening phrase.
constexpr std::array<std::string_view, 4> kTimesOfDay = {"morning", "afternoon", "evening", "night"};

// The longest place name a dateline opens with ("WASHINGTON, D.C.", "RIO DE JANEIRO").
constexpr size_t kLongestPlace = 40;

bool is_digit(std::string_view s, size_t i) { return i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); }
bool is_letter(std::string_view s, size_t i) { return i < s.size() && std::isalpha(static_cast<unsigned char>(s[i])); }

bool valid(const CalendarDate& date) {
    using namespace std::chrono;
    if (date.month < 1 || date.month > 12 || date.day < 1) return false;
    // Without a year, February 29 may exist: check against a leap year.
    int year = date.has_year() ? date.year : 2000;
    return year_month_day{std::chrono::year{year}, std::chrono::month{date.month}, std::chrono::day{date.day}}.ok();
}

// A month name at i (full, or abbreviated: "aug", "aug.", "sept."), on a word
// boundary; sets *end past it.
std::optional<unsigned> month_at(std::string_view s, size_t i, size_t* end) {
    if (i >= s.size() || (i > 0 && is_letter(s, i - 1))) return std::nullopt;
    for (size_t m = 0; m < kMonths.size(); ++m) {
        std::string_view name = kMonths[m];
        // The full name, then "sept" (the one four-letter abbreviation), then three letters.
        for (size_t length : {name.size(), size_t{4}, size_t{3}}) {
            bool abbreviation = length < name.size();
            if (length > name.size() || (abbreviation && length == 4 && name != "september")) continue;
            if (s.compare(i, length, name.substr(0, length)) != 0) continue;
            size_t after = i + length;
            if (is_letter(s, after)) continue;
            if (abbreviation && after < s.size() && s[after] == '.') ++after;
            *end = after;
            return static_cast<unsigned>(m + 1);
        }
    }
    return std::nullopt;
}

// Up to two digits at i, not followed by a third.
std::optional<unsigned> day_at(std::string_view s, size_t i, size_t* end) {
    if (!is_digit(s, i)) return std::nullopt;
    unsigned day = static_cast<unsigned>(s[i] - '0');
    size_t j = i + 1;
    if (is_digit(s, j)) day = day * 10 + static_cast<unsigned>(s[j++] - '0');
    if (is_digit(s, j)) return std::nullopt;
    *end = j;
    return day;
}

// Four digits at i that are a plausible year, not part of a longer number.
std::optional<int> year_at(std::string_view s, size_t i) {
    if (!(is_digit(s, i) && is_digit(s, i + 1) && is_digit(s, i + 2) && is_digit(s, i + 3)) || is_digit(s, i + 4)) {
        return std::nullopt;
    }
    int year = std::stoi(std::string(s.substr(i, 4)));
    if (year < 1900 || year > 2099) return std::nullopt;
    return year;
}

// "Month D" at i, with ", YYYY" or " YYYY" after it when written; sets *end
// past what was read.
std::optional<CalendarDate> month_day_at(std::string_view s, size_t i, size_t* end) {
    size_t p = 0;
    std::optional<unsigned> month = month_at(s, i, &p);
    if (!month || p >= s.size() || s[p] != ' ') return std::nullopt;
    size_t q = 0;
    std::optional<unsigned> day = day_at(s, p + 1, &q);
    if (!day) return std::nullopt;
    CalendarDate date{0, *month, *day};
    size_t year_start =
        s.compare(q, 2, ", ") == 0 ? q + 2 : (q < s.size() && s[q] == ' ' ? q + 1 : std::string_view::npos);
    if (year_start != std::string_view::npos) {
        if (std::optional<int> year = year_at(s, year_start)) {
            date.year = *year;
            q = year_start + 4;
        }
    }
    if (!valid(date)) return std::nullopt;
    *end = q;
    return date;
}

std::optional<CalendarDate> iso_at(std::string_view s, size_t i, char separator) {
    if (i > 0 && is_digit(s, i - 1)) return std::nullopt;
    std::optional<int> year = year_at(s, i);
    if (!year || i + 10 > s.size() || s[i + 4] != separator || s[i + 7] != separator) return std::nullopt;
    if (!is_digit(s, i + 5) || !is_digit(s, i + 6) || !is_digit(s, i + 8) || !is_digit(s, i + 9) ||
        is_digit(s, i + 10)) {
        return std::nullopt;
    }
    CalendarDate date{*year, static_cast<unsigned>((s[i + 5] - '0') * 10 + (s[i + 6] - '0')),
                      static_cast<unsigned>((s[i + 8] - '0') * 10 + (s[i + 9] - '0'))};
    return valid(date) ? std::optional(date) : std::nullopt;
}

bool is_place_char(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == ' ' || c == '.' || c == '\'' || c == '-';
}

// "place, Month D[, YYYY] [(Agency)] --" or ":" at the start of s.
std::optional<CalendarDate> dateline(std::string_view s) {
    size_t comma = s.find(',');
    if (comma == 0 || comma == std::string_view::npos || comma > kLongestPlace || !is_letter(s, 0)) return std::nullopt;
    for (size_t i = 0; i < comma; ++i) {
        if (!is_place_char(s[i])) return std::nullopt;
    }
    size_t end = 0;
    std::optional<CalendarDate> date = month_day_at(s, comma + 2, &end);
    if (s.compare(comma, 2, ", ") != 0 || !date) return std::nullopt;
    while (end < s.size() && s[end] == ' ') ++end;
    if (end < s.size() && s[end] == '(') {
        size_t close = s.find(')', end);
        if (close == std::string_view::npos || close - end > kLongestPlace) return std::nullopt;
        end = close + 1;
        while (end < s.size() && s[end] == ' ') ++end;
    }
    if (end < s.size() && (s[end] == '-' || s[end] == ':')) return date;
    return std::nullopt;
}

// "On [the morning|afternoon|evening|night of] Month D[, YYYY]," at the start of s.
std::optional<CalendarDate> opening_phrase(std::string_view s) {
    if (s.compare(0, 3, "on ") != 0) return std::nullopt;
    size_t i = 3;
    if (s.compare(i, 4, "the ") == 0) {
        i += 4;
        bool time_of_day = false;
        for (std::string_view word : kTimesOfDay) {
            if (s.compare(i, word.size(), word) == 0 && s.compare(i + word.size(), 4, " of ") == 0) {
                i += word.size() + 4;
                time_of_day = true;
                break;
            }
        }
        if (!time_of_day) return std::nullopt;
    }
    size_t end = 0;
    std::optional<CalendarDate> date = month_day_at(s, i, &end);
    if (!date || end >= s.size() || (s[end] != ',' && s[end] != ' ')) return std::nullopt;
    return date;
}

std::string two_digits(unsigned n) { return (n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace

std::optional<CalendarDate> find_full_date(std::string_view text) {
    std::string folded = fold_for_matching(text);
    std::string_view s = folded;
    for (size_t i = 0; i < s.size(); ++i) {
        if (std::optional<CalendarDate> iso = iso_at(s, i, '-')) return iso;
        size_t end = 0;
        if (std::optional<CalendarDate> date = month_day_at(s, i, &end); date && date->has_year()) return date;
    }
    return std::nullopt;
}

std::optional<CalendarDate> leading_date(std::string_view paragraph) {
    std::string folded = fold_for_matching(paragraph.substr(0, 160));
    if (std::optional<CalendarDate> date = dateline(folded)) return date;
    return opening_phrase(folded);
}

std::optional<CalendarDate> date_in_file_name(std::string_view path) {
    std::string_view name =
        path.substr(path.find_last_of('/') == std::string_view::npos ? 0 : path.find_last_of('/') + 1);
    for (size_t i = 0; i < name.size(); ++i) {
        for (char separator : {'-', '_'}) {
            if (std::optional<CalendarDate> date = iso_at(name, i, separator)) return date;
        }
        if ((i > 0 && is_digit(name, i - 1)) || i + 8 > name.size() || is_digit(name, i + 8)) continue;
        std::string_view digits = name.substr(i, 8);
        if (digits.find_first_not_of("0123456789") != std::string_view::npos) continue;
        std::string compact = std::string(digits.substr(0, 4)) + "-" + std::string(digits.substr(4, 2)) + "-" +
                              std::string(digits.substr(6, 2));
        if (std::optional<CalendarDate> date = iso_at(compact, 0, '-')) return date;
    }
    return std::nullopt;
}

std::string to_iso(const CalendarDate& date) {
    std::string month_day = two_digits(date.month) + "-" + two_digits(date.day);
    return date.has_year() ? std::to_string(date.year) + "-" + month_day : month_day;
}

std::optional<CalendarDate> parse_iso_date(std::string_view text) {
    if (text.size() != 10) return std::nullopt;
    return iso_at(text, 0, '-');
}

std::optional<long> day_number(const CalendarDate& date) {
    if (!date.has_year() || !valid(date)) return std::nullopt;
    using namespace std::chrono;
    sys_days days{
        year_month_day{std::chrono::year{date.year}, std::chrono::month{date.month}, std::chrono::day{date.day}}};
    return static_cast<long>(days.time_since_epoch().count());
}

CalendarDate date_of_day(long n) {
    using namespace std::chrono;
    year_month_day ymd{sys_days{days{n}}};
    return CalendarDate{static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                        static_cast<unsigned>(ymd.day())};
}

std::optional<long> nearest_day(unsigned month, unsigned day, long near) {
    int year = date_of_day(near).year;
    std::optional<long> best;
    for (int y : {year - 1, year, year + 1}) {
        std::optional<long> candidate = day_number(CalendarDate{y, month, day});
        if (candidate && (!best || std::labs(*candidate - near) < std::labs(*best - near))) best = candidate;
    }
    return best;
}

}  // namespace readoutdiff::text
