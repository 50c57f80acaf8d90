// Terms are quoted with typographic quotes, as the lexicon writes them;
// numbers use render/format.h, so a score reads the same as in a compare
// report.
#include "render/series_wording.h"

#include <algorithm>

#include "render/format.h"
#include "series/series.h"

namespace readoutdiff::render {
namespace {

using series::FormulaChange;
using series::FormulaChangeKind;

std::string quoted_list(const std::vector<std::string>& terms) {
    std::string out;
    for (const std::string& term : terms) out += (out.empty() ? "" : ", ") + ("\u201C" + term + "\u201D");
    return out;
}

// The terms of a group, each with its variant when the group mixes them.
std::string terms_with_variants(const std::vector<std::string>& terms, const std::vector<lexicon::Variant>& variants) {
    std::string variant_text;
    for (lexicon::Variant v : variants) variant_text += (variant_text.empty() ? "" : ", ") + variant_name(v);
    return quoted_list(terms) + " (" + variant_text + ")";
}

std::string place_text(const series::TopicPlace& place, size_t raised) {
    return percent(place.share) + ", #" + std::to_string(place.rank) + " of " + std::to_string(raised);
}

std::string rungs_text(const std::vector<lexicon::Category>& rungs) {
    std::string out;
    for (lexicon::Category rung : rungs) out += (out.empty() ? "" : ", ") + std::string(lexicon::to_string(rung));
    return out;
}

std::string words_text(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : ", ") + w;
    return out;
}

}  // namespace

std::string side_label(lexicon::Side side) { return side == lexicon::Side::prc ? "PRC" : "US"; }

std::string lane_heading(const series::Lane& lane) {
    const std::string& first = lane.entries.front().readout.date;
    const std::string& last = lane.entries.back().readout.date;
    return side_label(lane.side) + ": " + count_of(lane.entries.size(), "readout") + ", " + first +
           (lane.entries.size() > 1 ? " to " + last : "");
}

std::string readout_name(const series::Lane& lane, size_t position) {
    return side_label(lane.side) + " " + std::to_string(position + 1);
}

std::string readout_label(const series::Lane& lane, size_t position) {
    return readout_name(lane, position) + " (" + lane.entries[position].readout.date + ")";
}

std::string_view formula_mark(FormulaChangeKind kind) {
    switch (kind) {
        case FormulaChangeKind::added: return "+";
        case FormulaChangeKind::dropped: return "-";
        case FormulaChangeKind::variant_changed:
        case FormulaChangeKind::reworded: break;
    }
    return "~";
}

std::string_view topic_mark(series::TopicChange change) {
    switch (change) {
        case series::TopicChange::first_in_series:
        case series::TopicChange::raised_again: return "+";
        case series::TopicChange::dropped: return "-";
        case series::TopicChange::moved: break;
    }
    return "~";
}

std::string variant_name(lexicon::Variant variant) {
    return variant == lexicon::Variant::shared ? "shared wording"
                                               : upper(std::string(lexicon::to_string(variant))) + " wording";
}

std::string formula_change_text(const FormulaChange& change) {
    switch (change.kind) {
        case FormulaChangeKind::added:
            return change.group + ": " + terms_with_variants(change.terms_after, change.variants_after);
        case FormulaChangeKind::dropped:
            return change.group + ": " + terms_with_variants(change.terms_before, change.variants_before);
        case FormulaChangeKind::variant_changed:
            return change.group + ": " + terms_with_variants(change.terms_before, change.variants_before) + " \u2192 " +
                   terms_with_variants(change.terms_after, change.variants_after);
        case FormulaChangeKind::reworded:
            return change.group + ": " + quoted_list(change.terms_before) + " \u2192 " +
                   quoted_list(change.terms_after);
    }
    return change.group;
}

std::string formula_change_notes(const FormulaChange& change, const series::Lane& lane) {
    if (change.kind == FormulaChangeKind::dropped) {
        return change.returns ? "back in " + readout_label(lane, *change.returns) : "not used again in the series";
    }
    if (change.first_in_series.empty()) return "";
    if (change.first_in_series.size() == change.terms_after.size()) return "first in the series";
    return "first in the series: " + quoted_list(change.first_in_series);
}

std::string topic_move_text(const series::TopicMove& move, const series::Timeline& timeline, const series::Lane& lane,
                            size_t position) {
    const std::string& label = timeline.topic_label(move.id);
    size_t before = position > 0 ? lane.entries[position - 1].readout.topics.size() : 0;
    size_t now = lane.entries[position].readout.topics.size();
    switch (move.change) {
        case series::TopicChange::first_in_series:
            return label + ", first in the series: " + place_text(*move.after, now);
        case series::TopicChange::raised_again: return label + ", raised again: " + place_text(*move.after, now);
        case series::TopicChange::dropped:
            return label + " (was " + place_text(*move.before, before) + "), " +
                   (move.returns ? "back in " + readout_label(lane, *move.returns) : "not raised again in the series");
        case series::TopicChange::moved: break;
    }
    return label + ": " + percent(move.before->share) + " \u2192 " + percent(move.after->share) + ", #" +
           std::to_string(move.before->rank) + " of " + std::to_string(before) + " \u2192 #" +
           std::to_string(move.after->rank) + " of " + std::to_string(now);
}

std::string meeting_words_text(const series::MeetingWordsMove& move) {
    if (!move.changed()) return "unchanged";
    std::string out;
    if (!move.added.empty()) out += "+ " + words_text(move.added);
    if (!move.dropped.empty()) out += (out.empty() ? "- " : " \u00B7 - ") + words_text(move.dropped);
    if (!move.rungs_gained.empty() || !move.rungs_lost.empty()) {
        out += " \u00B7 rungs";
        if (!move.rungs_gained.empty()) out += " + " + rungs_text(move.rungs_gained);
        if (!move.rungs_first_in_series.empty())
            out += " (first in the series: " + rungs_text(move.rungs_first_in_series) + ")";
        if (!move.rungs_lost.empty()) out += " - " + rungs_text(move.rungs_lost);
    }
    return out;
}

std::string meeting_words_of(const series::Readout& readout) {
    std::vector<std::string> words;
    for (const series::MeetingWord& w : readout.meeting_words) {
        if (std::find(words.begin(), words.end(), w.word) == words.end()) words.push_back(w.word);
    }
    return words.empty() ? "none" : words_text(words);
}

std::string tone_shift_text(const series::ToneMove& move) {
    return "tone " + signed_number(move.score.before) + " \u2192 " + signed_number(move.score.after) + " (" +
           signed_number(move.score.change()) + ") \u00B7 confrontation " + fixed(move.confrontation.before, 2) +
           " \u2192 " + fixed(move.confrontation.after, 2) + " (" + signed_number(move.confrontation.change()) + ")";
}

std::string tone_deviation_text(const series::Entry& entry, const series::Lane& lane) {
    return signed_number(entry.tone_deviation) + " from the " + side_label(lane.side) + " mean of " +
           signed_number(lane.mean_tone);
}

std::string driver_label(const series::ToneDriver& driver, const series::Lane& lane, size_t current) {
    bool gone = driver.sentence.readout != current;
    return (gone ? readout_name(lane, driver.sentence.readout) + " " : "") + "s" +
           std::to_string(driver.sentence.sentence) + ", " + signed_number(driver.tone) + (gone ? ", gone" : ", new");
}

std::string left_out_text(const series::LeftOut& left_out) {
    return left_out.path + ": " + series::left_out_reason(left_out.reason);
}

std::string timeline_summary(const series::Timeline& timeline) {
    size_t shown = 0;
    std::string sides;
    for (const series::Lane& lane : timeline.lanes) {
        shown += lane.entries.size();
        sides += (sides.empty() ? "" : ", ") + side_label(lane.side) + " " + std::to_string(lane.entries.size());
    }
    std::string out = count_of(shown, "readout") + ": " + sides;
    if (!timeline.left_out.empty()) out += "; " + std::to_string(timeline.left_out.size()) + " left out";
    if (timeline.options.side) out += "; --side " + std::string(lexicon::to_string(*timeline.options.side));
    if (!timeline.options.topic.empty())
        out += "; --topic " + timeline.options.topic + " (" + timeline.topic_label(timeline.options.topic) + ")";
    return out;
}

}  // namespace readoutdiff::render
