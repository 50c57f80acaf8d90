// Every line is built from words wrapped by display width (terminal_words.h),
// under a fixed gutter of labels, so no line passes the width and text from
// a readout never reaches the terminal with its control characters.
// Sentences are quoted on one line each, cut with "…" when longer.
#include "render/series_term.h"

#include <algorithm>
#include <string>
#include <vector>

#include "render/display_width.h"
#include "render/format.h"
#include "render/series_wording.h"
#include "render/terminal_words.h"

namespace readoutdiff::render {
namespace {

using series::Lane;

enum class Style { plain, added, dropped, changed, muted, strong };

constexpr size_t kGutter = 12;

struct Item {
    std::string mark;  // "+", "-", "~" or empty
    std::string text;
    Style style = Style::plain;  // of the mark
};

Style style_of(std::string_view mark) {
    if (mark == "+") return Style::added;
    if (mark == "-") return Style::dropped;
    return Style::changed;
}

class Printer {
public:
    Printer(std::ostream& out, const SeriesTerminalOptions& options)
        : m_out(out), m_width(options.width), m_color(options.color) {}

    size_t width() const { return m_width; }

    void blank() { m_out << '\n'; }

    void rule(std::string_view title) {
        std::string line = "\u2500\u2500 " + cut_to_width(title, m_width - 4) + " ";
        for (size_t used = display_width(line); used < m_width; ++used) line += "\u2500";
        m_out << styled(line, Style::strong) << '\n';
    }

    void line(std::string_view text, Style style = Style::plain) {
        for (const std::string& l : wrap_to_width(text, m_width)) m_out << styled(l, style) << '\n';
    }

    // A labelled block: the label in the gutter, each item on its own lines.
    void field(std::string_view label, const std::vector<Item>& items) {
        std::string head = cut_to_width(label, kGutter - 1);
        bool first = true;
        for (const Item& item : items) {
            size_t indent = kGutter + (item.mark.empty() ? 0 : 2);
            std::vector<std::string> lines = wrap_to_width(item.text, m_width - indent);
            for (size_t k = 0; k < lines.size(); ++k) {
                std::string gutter = first ? head : "";
                std::string out = styled(gutter, Style::muted) + std::string(kGutter - display_width(gutter), ' ');
                if (!item.mark.empty()) out += k == 0 ? styled(item.mark, item.style) + " " : "  ";
                out += lines[k];
                while (!out.empty() && out.back() == ' ') out.pop_back();
                m_out << out << '\n';
                first = false;
            }
        }
    }

    void field(std::string_view label, std::string_view text) { field(label, {Item{"", std::string(text)}}); }

    std::string styled(std::string_view text, Style style) const {
        if (!m_color || style == Style::plain || text.empty()) return std::string(text);
        const char* code = style == Style::added     ? "\033[32m"
                           : style == Style::dropped ? "\033[31m"
                           : style == Style::changed ? "\033[33m"
                           : style == Style::muted   ? "\033[2m"
                                                     : "\033[1m";
        return code + std::string(text) + "\033[0m";
    }

    std::ostream& out() { return m_out; }

private:
    std::ostream& m_out;
    size_t m_width;
    bool m_color;
};

std::string changes_count(const series::Entry& entry) {
    if (!entry.step) return "";
    size_t added = 0, dropped = 0, changed = 0;
    for (const auto& c : entry.step->formulas) {
        added += c.kind == series::FormulaChangeKind::added;
        dropped += c.kind == series::FormulaChangeKind::dropped;
        changed +=
            c.kind == series::FormulaChangeKind::variant_changed || c.kind == series::FormulaChangeKind::reworded;
    }
    std::string out;
    if (added) out += "+" + std::to_string(added);
    if (dropped) out += (out.empty() ? "-" : " -") + std::to_string(dropped);
    if (changed) out += (out.empty() ? "~" : " ~") + std::to_string(changed);
    return out.empty() ? "0" : out;
}

std::string pad(const std::string& text, size_t width, bool right) {
    size_t w = display_width(text);
    std::string fill(w < width ? width - w : 0, ' ');
    return right ? fill + text : text + fill;
}

// One row per readout: position, date, tone, confrontation, code-phrase
// changes, title. On a narrow terminal the changes column goes first, then
// the title, so the numbers always fit.
void overview(Printer& p, const Lane& lane) {
    constexpr size_t columns = 5;
    std::vector<std::vector<std::string>> rows = {{"#", "date", "tone", "confr.", "phrases", "title"}};
    for (size_t k = 0; k < lane.entries.size(); ++k) {
        const auto& e = lane.entries[k];
        rows.push_back({std::to_string(k + 1), e.readout.date, signed_number(e.readout.tone.score),
                        fixed(e.readout.tone.confrontation, 2), changes_count(e),
                        e.readout.title.empty() ? e.readout.path : e.readout.title});
    }
    std::vector<size_t> widths(columns, 0);
    for (const auto& row : rows) {
        for (size_t c = 0; c < columns; ++c) widths[c] = std::max(widths[c], display_width(row[c]));
    }
    auto used = [&] {
        size_t total = 0;
        for (size_t w : widths) total += w == 0 ? 0 : w + 2;
        return total;
    };
    if (used() + kGutter > p.width()) widths[4] = 0;
    const bool right_aligned[columns] = {true, false, true, true, false};
    for (size_t r = 0; r < rows.size(); ++r) {
        std::string line;
        for (size_t c = 0; c < columns; ++c) {
            if (widths[c] > 0) line += pad(rows[r][c], widths[c], right_aligned[c]) + "  ";
        }
        if (used() + 2 <= p.width()) line += cut_to_width(rows[r][5], p.width() - used());
        while (!line.empty() && line.back() == ' ') line.pop_back();
        p.out() << (r == 0 ? p.styled(line, Style::muted) : line) << '\n';
    }
}

std::string sentence_refs(const series::FormulaChange& c, const Lane& lane) {
    std::string before =
        c.before.sentence ? readout_name(lane, c.before.readout) + " s" + std::to_string(c.before.sentence) : "";
    std::string after = c.after.sentence ? "s" + std::to_string(c.after.sentence) : "";
    if (!before.empty() && !after.empty()) return before + " \u2192 " + after;
    return before.empty() ? after : before;
}

void step_fields(Printer& p, const series::Timeline& timeline, const Lane& lane, size_t k) {
    const series::Entry& entry = lane.entries[k];
    const series::Step& step = *entry.step;
    std::vector<Item> formulas;
    for (const auto& c : step.formulas) {
        std::string notes = formula_change_notes(c, lane);
        std::string mark(formula_mark(c.kind));
        formulas.push_back(
            {mark,
             formula_change_text(c) + (notes.empty() ? "" : " \u00B7 " + notes) + " [" + sentence_refs(c, lane) + "]",
             style_of(mark)});
    }
    if (formulas.empty()) formulas.push_back({"", "no change"});
    p.field("phrases", formulas);
    p.field("meeting", meeting_words_text(step.meeting_words));
    std::vector<Item> topics;
    for (const auto& t : step.topics) {
        if (!t.notable) continue;
        std::string mark(topic_mark(t.change));
        topics.push_back({mark, topic_move_text(t, timeline, lane, k), style_of(mark)});
    }
    if (topics.empty()) topics.push_back({"", "no notable move"});
    p.field("topics", topics);
    p.field("tone", {Item{"", tone_shift_text(step.tone)}, Item{"", tone_deviation_text(entry, lane)}});
    auto drivers = [&](std::string_view label, const std::vector<series::ToneDriver>& list) {
        std::vector<Item> items;
        for (const auto& d : list) {
            std::string quote = driver_label(d, lane, k) + ": \u201C" + lane.text_of(d.sentence) + "\u201D";
            items.push_back({"", cut_to_width(quote, p.width() - kGutter)});
        }
        if (!items.empty()) p.field(label, items);
    };
    drivers("  moved by", step.tone.score_drivers);
    drivers("  confr. by", step.tone.confrontation_drivers);
}

void lane_section(Printer& p, const series::Timeline& timeline, const Lane& lane) {
    const std::string side = side_label(lane.side);
    p.rule(lane_heading(lane));
    overview(p, lane);
    p.line("mean tone " + signed_number(lane.mean_tone) + ", confrontation " + fixed(lane.mean_confrontation, 2) +
               "; phrases: code-phrase groups added (+), dropped (-), changed (~) against the previous readout",
           Style::muted);
    for (size_t k = 0; k < lane.entries.size(); ++k) {
        const series::Entry& entry = lane.entries[k];
        p.blank();
        p.rule(readout_label(lane, k) +
               (entry.step ? " against " + readout_label(lane, entry.step->previous) : ", first of the series"));
        p.field("file", entry.readout.path);
        if (!entry.readout.title.empty()) p.field("title", entry.readout.title);
        if (!entry.step) {
            p.field("meeting", meeting_words_of(entry.readout));
            p.field("tone", {Item{"", "tone " + signed_number(entry.readout.tone.score) + " \u00B7 confrontation " +
                                          fixed(entry.readout.tone.confrontation, 2)},
                             Item{"", tone_deviation_text(entry, lane)}});
            continue;
        }
        step_fields(p, timeline, lane, k);
    }
    p.blank();
    p.rule(side + " code phrases over the series");
    if (lane.formulas.empty()) p.line("none", Style::muted);
    for (const auto& f : lane.formulas) {
        p.line("\u201C" + f.term + "\u201D (" + f.group + ", " + variant_name(f.variant) +
               "): " + readout_label(lane, f.first) + (f.last != f.first ? " to " + readout_label(lane, f.last) : "") +
               ", " + std::to_string(f.readouts) + " of " + count_of(lane.entries.size(), "readout"));
    }
    p.blank();
    p.rule(side + " topics over the series");
    if (lane.topics.empty()) p.line("none", Style::muted);
    for (const auto& t : lane.topics) {
        p.line(timeline.topic_label(t.id) + ": " + readout_label(lane, t.first) +
               (t.last != t.first ? " to " + readout_label(lane, t.last) : "") + ", " + std::to_string(t.readouts) +
               " of " + count_of(lane.entries.size(), "readout") + ", mean share " + percent(t.mean_share));
    }
}

}  // namespace

void write_series_terminal(const series::Timeline& timeline, const SeriesTerminalOptions& options, std::ostream& out) {
    Printer p(out, options);
    p.line("readoutdiff series: " + timeline_summary(timeline), Style::strong);
    for (const Lane& lane : timeline.lanes) {
        p.blank();
        lane_section(p, timeline, lane);
    }
    if (!timeline.left_out.empty()) {
        p.blank();
        p.rule("Left out");
        for (const auto& l : timeline.left_out) p.line(left_out_text(l));
    }
}

}  // namespace readoutdiff::render
