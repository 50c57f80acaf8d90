// What the pair stage knows of one readout: whose it is, when, who met whom,
// and what it says. A file that cannot be read, or is not English, is still
// a Readout, with its problem: it is reported, never the end of a run.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analyze/analyzer.h"
#include "pair/meeting_kind.h"
#include "pair/principals.h"
#include "text/dates.h"
#include "text/text.h"

namespace readoutdiff::pair {

using lexicon::Side;

enum class ReadoutProblem { none, unreadable, not_english };

struct Readout {
    std::string path;  // as found under the folders given
    std::string title;
    ReadoutProblem problem = ReadoutProblem::none;
    std::string problem_message;  // the input error, without the path
    Side side = Side::unknown;    // us, prc or unknown
    // The date: with its year as a day number (days since 1970-01-01), or
    // month and day only (a dateline without a year); neither when unknown.
    std::optional<long> day;
    std::optional<text::CalendarDate> year_less;
    text::DateOrigin date_origin = text::DateOrigin::none;
    bool year_from_others = false;    // day's year taken from readouts of the same officials (years.h)
    std::vector<int> possible_years;  // a date without a year that fits readouts of these years (years.h)
    Principals principals;
    MeetingKind kind = MeetingKind::unknown;  // a call, or a meeting in person
    size_t words = 0;
    // Content terms, once per occurrence: stems of content words (neither
    // function words nor actors' names), "point ID" for each paraphrase point
    // and "topic ID" for each topic a sentence raises.
    std::vector<std::string> terms;

    bool has_date() const { return day.has_value() || year_less.has_value(); }
};

// Reads, segments and analyzes readouts; one Profiler serves any number of
// threads.
class Profiler {
public:
    explicit Profiler(const analyze::Analyzer& analyzer);

    // Never throws an input Error: it becomes the readout's problem.
    Readout profile(const std::string& path, size_t max_bytes) const;

    // The same for a text already read (tests).
    Readout profile_text(text::Text text) const;

private:
    const analyze::Analyzer& m_analyzer;
    analyze::TermMatcher m_actors;
    analyze::TermMatcher m_cues;
};

}  // namespace readoutdiff::pair
