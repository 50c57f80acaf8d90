// Numbers are printed with fixed decimals and an explicit sign so columns
// of scores line up and negative tone is never mistaken for positive.
#include "render/format.h"

#include <cmath>
#include <cstdio>

namespace readoutdiff::render {

std::string upper(std::string text) {
    for (char& c : text) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    return text;
}

std::string fixed(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string out = buffer;
    return out == "-0.00" ? "0.00" : out;
}

std::string signed_number(double value) {
    std::string text = fixed(value, 2);
    return text == "0.00" ? "0.00" : (value > 0 ? "+" : "") + text;
}

std::string percent(double fraction) { return std::to_string(static_cast<int>(std::lround(fraction * 100))) + "%"; }

std::string tone_line(const analyze::Tone& tone) {
    std::string leaning = tone.score <= -0.05 ? "confrontational" : tone.score >= 0.05 ? "cooperative" : "neutral";
    return signed_number(tone.score) + " " + leaning + " · confrontation " + fixed(tone.confrontation, 2) +
           " · assertive " + fixed(tone.assertiveness, 2) + " · hedging " + fixed(tone.hedging, 2);
}

std::string characterization_line(const analyze::Analysis& analysis, const std::optional<double>& warmth) {
    if (analysis.characterization.empty()) return "no words for the meeting";
    std::string text;
    for (const auto& w : analysis.characterization) text += (text.empty() ? "" : ", ") + w.word;
    return text + " (warmth " + fixed(*warmth, 2) + ")";
}

std::string request_line(const analyze::Analysis& analysis) {
    if (analysis.request_sentence == 0) return "not said";
    return std::string(lexicon::to_string(analysis.requested_by)) + " (sentence " +
           std::to_string(analysis.request_sentence) + ")";
}

std::string sentence_list(const std::vector<int>& ids, const std::string& noun) {
    if (ids.empty()) return "none";
    std::string text = std::to_string(ids.size()) + " " + noun + (ids.size() == 1 ? "" : "s") + ": sentence" +
                       (ids.size() == 1 ? " " : "s ");
    for (size_t k = 0; k < ids.size(); ++k) text += (k ? ", " : "") + std::to_string(ids[k]);
    return text;
}

std::vector<std::string> only_on(const compare::Comparison& comparison, bool left) {
    std::vector<std::string> labels;
    for (const auto& t : comparison.topics) {
        if (left ? t.only_left() : t.only_right()) labels.push_back(t.label);
    }
    return labels;
}

std::string list_or_dash(const std::vector<std::string>& items) {
    if (items.empty()) return "—";
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
    return text;
}

std::string label_list(const std::vector<std::string>& labels) {
    if (labels.empty()) return "—";
    std::string text;
    for (const auto& label : labels) text += (text.empty() ? "" : "; ") + label;
    return text;
}

std::string count_of(size_t count, const std::string& noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

std::string speaker_line(const analyze::SentenceAnalysis& sentence) {
    if (sentence.speaker.empty()) return "";
    return sentence.speaker + " (" + std::string(lexicon::to_string(sentence.speaker_side)) + ")";
}

std::string harsher_side(const compare::Comparison& c) {
    const compare::Verdict& v = c.verdict;
    if (v.harsher == compare::Column::neither) {
        return "Neither side is more confrontational (tone scores within " + fixed(v.margin, 2) + ").";
    }
    const auto& harsher = v.harsher == compare::Column::left ? c.left_summary.label : c.right_summary.label;
    return upper(harsher) + " is more confrontational (tone " + fixed(v.margin, 2) + " lower; " +
           std::string(compare::to_string(v.confidence)) + ").";
}

std::string warmer_side(const compare::Comparison& c) {
    if (!c.warmer) return "";
    if (*c.warmer == compare::Column::neither) return "Both sides describe the meeting about as warmly.";
    const auto& warmer = *c.warmer == compare::Column::left ? c.left_summary.label : c.right_summary.label;
    return upper(warmer) + " describes the meeting more warmly.";
}

}  // namespace readoutdiff::render
