// Which side is more confrontational, by how much, and how sure that is:
// one verdict that every report and the JSON show as it is.
#pragma once

#include <optional>
#include <string_view>

namespace readoutdiff::compare {

// A column of the comparison: the file compared first (left) or second.
enum class Column { left, right, neither };

enum class Confidence { low, fair, clear };

struct Verdict {
    Column harsher = Column::neither;  // neither when the margin is below kEvenMargin
    double margin = 0;                 // the gap between the two readouts' tone scores
    Confidence confidence = Confidence::low;
};

// Tone-score gaps below kEvenMargin are a tie; confidence is low below
// kFairMargin and clear from kClearMargin. Set on the tune split (44 pairs):
// every verdict with a margin of 0.43 or more agreed with gold, and about two
// in three below 0.2 did.
inline constexpr double kEvenMargin = 0.02;
inline constexpr double kFairMargin = 0.15;
inline constexpr double kClearMargin = 0.40;

Verdict verdict_of(double left_score, double right_score);

std::string_view to_string(Column column);
std::optional<Column> column_from_string(std::string_view text);  // left, right, neither
std::string_view to_string(Confidence confidence);

}  // namespace readoutdiff::compare
