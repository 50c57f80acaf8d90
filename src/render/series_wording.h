// Wording shared by the human-readable series reports (terminal, Markdown,
// HTML), so the three say each change the same way.
#pragma once

#include <string>
#include <string_view>

#include "series/timeline.h"

namespace readoutdiff::render {

// "US", "PRC"
std::string side_label(lexicon::Side side);
// "US: 21 readouts, 2021-02-10 to 2024-11-16"; one readout: "US: 1 readout, 2021-02-10"
std::string lane_heading(const series::Lane& lane);
// "US 3" (1-based position in the lane)
std::string readout_name(const series::Lane& lane, size_t position);
// "US 3 (2022-11-14)"
std::string readout_label(const series::Lane& lane, size_t position);
// "+" added or raised, "-" dropped, "~" changed or moved
std::string_view formula_mark(series::FormulaChangeKind kind);
std::string_view topic_mark(series::TopicChange change);
// "US wording", "PRC wording", "shared wording"
std::string variant_name(lexicon::Variant variant);
// "guardrails: “veer into conflict” (US wording)";
// "one-china: “one china policy” (US wording) → “one-china principle” (PRC wording)"
std::string formula_change_text(const series::FormulaChange& change);
// "first in the series" (every term), "first in the series: “guardrail”"
// (some terms); "back in US 12 (2023-09-17)";
// "not used again in the series"; empty when there is nothing to say
std::string formula_change_notes(const series::FormulaChange& change, const series::Lane& lane);
// "Taiwan: 12% → 20%, #5 of 9 → #1 of 6"; "Climate, first in the series: 8%, #4 of 9";
// "Fentanyl (was 12%, #3 of 7), back in US 14 (2024-01-10)"
std::string topic_move_text(const series::TopicMove& move, const series::Timeline& timeline, const series::Lane& lane,
                            size_t position);
// "+ candid, substantive · - constructive · rungs + candid (first in the series) - constructive"; "unchanged"
std::string meeting_words_text(const series::MeetingWordsMove& move);
// "the readout's words for the meeting": "candid, constructive" or "none"
std::string meeting_words_of(const series::Readout& readout);
// "tone +0.08 → -0.55 (-0.63) · confrontation 0.10 → 0.80 (+0.70)"
std::string tone_shift_text(const series::ToneMove& move);
// "-0.53 from the US mean of -0.02"
std::string tone_deviation_text(const series::Entry& entry, const series::Lane& lane);
// "s7, -0.80, new" or "US 2 s4, +0.60, gone"
std::string driver_label(const series::ToneDriver& driver, const series::Lane& lane, size_t current);
// "a.txt: has no date (...)"
std::string left_out_text(const series::LeftOut& left_out);
// "21 readouts: US 21, PRC 0; 1 left out" and the filters in effect
std::string timeline_summary(const series::Timeline& timeline);

}  // namespace readoutdiff::render
