// Every piece of input text (titles, sentences, lexicon terms) goes through
// markdown_text, paths through markdown_code, so a readout cannot break a
// table. Sentences are quoted whole, with their number.
#include "render/series_md.h"

#include <string>

#include "render/format.h"
#include "render/markdown.h"
#include "render/series_wording.h"
#include "series/series.h"

namespace readoutdiff::render {
namespace {

using series::Lane;

void row(std::ostream& out, const std::vector<std::string>& cells) {
    out << "|";
    for (const std::string& cell : cells) out << " " << cell << " |";
    out << "\n";
}

std::string quote(const Lane& lane, series::SentenceRef ref) {
    if (ref.sentence == 0) return "\u2014";
    return "s" + std::to_string(ref.sentence) + ": " + markdown_text(lane.text_of(ref));
}

void overview(std::ostream& out, const Lane& lane) {
    row(out, {"#", "date", "tone", "confrontation", "code phrases (+ added, - dropped, ~ changed)", "readout"});
    out << "|---:|---|---:|---:|---|---|\n";
    for (size_t k = 0; k < lane.entries.size(); ++k) {
        const series::Entry& e = lane.entries[k];
        std::string phrases;
        if (e.step) {
            for (const auto& c : e.step->formulas) {
                phrases += (phrases.empty() ? "" : ", ") + std::string(formula_mark(c.kind)) + markdown_text(c.group);
            }
        }
        row(out,
            {std::to_string(k + 1), e.readout.date, signed_number(e.readout.tone.score),
             fixed(e.readout.tone.confrontation, 2), phrases.empty() ? "\u2014" : phrases,
             (e.readout.title.empty() ? "" : markdown_text(e.readout.title) + " ") + markdown_code(e.readout.path)});
    }
}

void step_table(std::ostream& out, const series::Timeline& timeline, const Lane& lane, size_t k) {
    const series::Entry& entry = lane.entries[k];
    const series::Step& step = *entry.step;
    row(out, {"", "change", readout_name(lane, step.previous), readout_name(lane, k)});
    out << "|---|---|---|---|\n";
    for (const auto& c : step.formulas) {
        std::string notes = formula_change_notes(c, lane);
        row(out, {"code phrase",
                  std::string(formula_mark(c.kind)) + " " + markdown_text(formula_change_text(c)) +
                      (notes.empty() ? "" : " \u00B7 " + markdown_text(notes)),
                  quote(lane, c.before), quote(lane, c.after)});
    }
    if (step.formulas.empty()) row(out, {"code phrases", "no change", "", ""});
    const auto& words = step.meeting_words;
    row(out, {"meeting words", markdown_text(meeting_words_text(words)),
              words.changed() ? quote(lane, words.before) : "", words.changed() ? quote(lane, words.after) : ""});
    bool any_topic = false;
    for (const auto& t : step.topics) {
        if (!t.notable) continue;
        any_topic = true;
        row(out,
            {"topic", std::string(topic_mark(t.change)) + " " + markdown_text(topic_move_text(t, timeline, lane, k)),
             "", ""});
    }
    if (!any_topic) row(out, {"topics", "no notable move", "", ""});
    row(out,
        {"tone", markdown_text(tone_shift_text(step.tone)) + "; " + markdown_text(tone_deviation_text(entry, lane)), "",
         ""});
    auto drivers = [&](const std::string& label, const std::vector<series::ToneDriver>& list) {
        for (const auto& d : list) {
            bool gone = d.sentence.readout != k;
            row(out, {label, markdown_text(driver_label(d, lane, k)), gone ? quote(lane, d.sentence) : "",
                      gone ? "" : quote(lane, d.sentence)});
        }
    };
    drivers("tone moved by", step.tone.score_drivers);
    drivers("confrontation moved by", step.tone.confrontation_drivers);
}

void first_table(std::ostream& out, const Lane& lane) {
    const series::Entry& entry = lane.entries.front();
    row(out, {"", "first of the series"});
    out << "|---|---|\n";
    row(out, {"meeting words", markdown_text(meeting_words_of(entry.readout))});
    row(out, {"tone", "tone " + signed_number(entry.readout.tone.score) + " \u00B7 confrontation " +
                          fixed(entry.readout.tone.confrontation, 2) + "; " +
                          markdown_text(tone_deviation_text(entry, lane))});
}

void lane_section(std::ostream& out, const series::Timeline& timeline, const Lane& lane) {
    const std::string side = side_label(lane.side);
    out << "## " << lane_heading(lane) << "\n\n";
    out << "Mean tone " << signed_number(lane.mean_tone) << ", confrontation " << fixed(lane.mean_confrontation, 2)
        << ".\n\n";
    overview(out, lane);
    for (size_t k = 0; k < lane.entries.size(); ++k) {
        const series::Entry& entry = lane.entries[k];
        out << "\n### " << readout_label(lane, k);
        if (entry.step) out << " against " << readout_label(lane, entry.step->previous);
        out << "\n\n" << markdown_code(entry.readout.path);
        if (!entry.readout.title.empty()) out << " \u00B7 " << markdown_text(entry.readout.title);
        out << "\n\n";
        if (entry.step)
            step_table(out, timeline, lane, k);
        else
            first_table(out, lane);
    }
    out << "\n### " << side << " code phrases over the series\n\n";
    if (lane.formulas.empty())
        out << "None.\n";
    else {
        row(out, {"formula", "group", "wording", "first", "last", "readouts"});
        out << "|---|---|---|---|---|---:|\n";
        for (const auto& f : lane.formulas) {
            row(out, {markdown_text(f.term), markdown_text(f.group), variant_name(f.variant),
                      readout_label(lane, f.first), readout_label(lane, f.last),
                      std::to_string(f.readouts) + " of " + std::to_string(lane.entries.size())});
        }
    }
    out << "\n### " << side << " topics over the series\n\n";
    if (lane.topics.empty())
        out << "None.\n";
    else {
        row(out, {"topic", "first", "last", "readouts", "mean share"});
        out << "|---|---|---|---:|---:|\n";
        for (const auto& t : lane.topics) {
            row(out,
                {markdown_text(timeline.topic_label(t.id)), readout_label(lane, t.first), readout_label(lane, t.last),
                 std::to_string(t.readouts) + " of " + std::to_string(lane.entries.size()), percent(t.mean_share)});
        }
    }
}

}  // namespace

void write_series_markdown(const series::Timeline& timeline, std::ostream& out) {
    out << "# Readout series\n\n" << markdown_text(timeline_summary(timeline)) << "\n";
    for (const Lane& lane : timeline.lanes) {
        out << "\n";
        lane_section(out, timeline, lane);
    }
    if (!timeline.left_out.empty()) {
        out << "\n## Left out\n\n";
        for (const auto& l : timeline.left_out)
            out << "- " << markdown_code(l.path) << ": " << series::left_out_reason(l.reason) << "\n";
    }
}

}  // namespace readoutdiff::render
