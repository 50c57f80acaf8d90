// Wording shared by the human-readable renderers (terminal, Markdown, HTML),
// so that every report says the same thing the same way.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compare/comparison.h"

namespace readoutdiff::render {

std::string upper(std::string text);
std::string fixed(double value, int decimals);
std::string signed_number(double value);  // "+0.42", "-0.10"
std::string percent(double fraction);     // "12%"

// "-0.21 confrontational · confrontation 0.40 · assertive 0.30 · hedging 0.05"
std::string tone_line(const analyze::Tone& tone);
// "candid, constructive (warmth 0.60)" or "no words for the meeting"
std::string characterization_line(const analyze::Analysis& analysis, const std::optional<double>& warmth);
// "us (sentence 1)" or "not said"
std::string request_line(const analyze::Analysis& analysis);
// "2 claims: sentences 4, 9" or "none"
std::string sentence_list(const std::vector<int>& ids, const std::string& noun);
// Topic labels present on this side only.
std::vector<std::string> only_on(const compare::Comparison& comparison, bool left);
// "term, term" or "—".
std::string list_or_dash(const std::vector<std::string>& items);
// Topic labels, which may hold commas: "Technology, export controls; Taiwan", or "—".
std::string label_list(const std::vector<std::string>& labels);
// "1 sentence", "3 sentences": the noun's plural with an s.
std::string count_of(size_t count, const std::string& noun);
// "xi-jinping (prc)" or "" when no speaker was found.
std::string speaker_line(const analyze::SentenceAnalysis& sentence);

// Which side is more confrontational, as a sentence.
std::string harsher_side(const compare::Comparison& comparison);
// Which side describes the meeting more warmly, as a sentence; empty when unknown.
std::string warmer_side(const compare::Comparison& comparison);

}  // namespace readoutdiff::render
