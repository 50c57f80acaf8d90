// The summary rows every report shows, computed once in the compare stage:
// the words that drive each side's tone, how warmly each describes the
// meeting and which side is warmer, and the code phrases side by side.
#pragma once

#include <optional>
#include <vector>

#include "analyze/analysis.h"
#include "compare/comparison.h"

namespace readoutdiff::compare {

// The polar tone terms (not assertive, not hedges) with the largest weights,
// each term once, at most `limit`.
std::vector<analyze::TermHit> tone_drivers(const analyze::Analysis& analysis, size_t limit);

// The mean warmth of a side's meeting words; nullopt when it has none.
std::optional<double> warmth(const analyze::Analysis& analysis);

// Warmth gaps below kWarmthMargin are a tie.
inline constexpr double kWarmthMargin = 0.05;
// The warmer side; nullopt when either side has no meeting words.
std::optional<Column> warmer_of(const std::optional<double>& left, const std::optional<double>& right);

// Code phrases by group, groups sorted by name: the variants each side uses,
// each once, in the order first used.
std::vector<CodePhraseRow> code_phrase_rows(const analyze::Analysis& left, const analyze::Analysis& right);

}  // namespace readoutdiff::compare
