// Reasons name readouts by what a reader knows of them (side, date, who
// met), never by internal ids, so a CI log line stands on its own.
#include "pair/reasons.h"

#include <cstdlib>

#include "render/format.h"

namespace readoutdiff::pair {
namespace {

std::string date_text(const Readout& r) {
    if (r.day) return text::to_iso(text::date_of_day(*r.day));
    if (r.year_less) return text::to_iso(*r.year_less) + " (no year)";
    return "";
}

// Where a date not stated as such came from.
std::string origin_note(const Readout& r) {
    switch (r.date_origin) {
        case text::DateOrigin::dateline:
            return r.year_from_others ? " (dateline, year from readouts of the same officials)" : " (dateline)";
        case text::DateOrigin::file_name: return " (file name)";
        default: return "";
    }
}

}  // namespace

std::string side_name(Side side) {
    if (side == Side::us) return "US";
    if (side == Side::prc) return "PRC";
    return "";
}

std::string describe(const Readout& r) {
    std::string text = side_name(r.side);
    text += text.empty() ? "readout" : " readout";
    std::string date = date_text(r);
    if (!date.empty()) text += " of " + date;
    bool prc_first = r.side == Side::prc;
    std::string us = !r.principals.us.empty()    ? display_name(r.principals.us)
                     : r.principals.us_by_office ? "its principal (named by office)"
                                                 : "";
    std::string prc = !r.principals.prc.empty()    ? display_name(r.principals.prc)
                      : r.principals.prc_by_office ? "its principal (named by office)"
                                                   : "";
    const std::string& own = prc_first ? prc : us;
    const std::string& other = prc_first ? us : prc;
    if (!own.empty() && !other.empty())
        text += ", " + own + " with " + other;
    else if (!own.empty() || !other.empty())
        text += ", " + (own.empty() ? other : own);
    if (r.kind != MeetingKind::unknown) text += " (" + std::string(to_string(r.kind)) + ")";
    return text;
}

std::string days_apart_text(long days) {
    if (days == 0) return "same day";
    return std::to_string(days) + (days == 1 ? " day" : " days");
}

std::string pair_reason(const Readout& us, const Readout& prc, long us_day, long prc_day, double similarity) {
    Principals principals = pair_principals(us, prc);
    std::string office = us.principals.us_by_office     ? " (the US readout names its own by office)"
                         : prc.principals.prc_by_office ? " (the PRC readout names its own by office)"
                                                        : "";
    return "US " + text::to_iso(text::date_of_day(us_day)) + origin_note(us) + ", PRC " +
           text::to_iso(text::date_of_day(prc_day)) + origin_note(prc) + " (" +
           days_apart_text(std::labs(us_day - prc_day)) + "); principals " + display_name(principals.us) + " and " +
           display_name(principals.prc) + office + "; similarity " + render::fixed(similarity, 2);
}

}  // namespace readoutdiff::pair
