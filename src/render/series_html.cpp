// Plain markup with landmarks and real tables, so the page reads with
// JavaScript off, in print and with a screen reader; the SVG's points and
// markers are links (keyboard-reachable) to the readout and to the row of
// the change, where both sentences are quoted. Every piece of input text
// goes through escape_html.
#include "render/series_html.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <tuple>
#include <vector>

#include "render/format.h"
#include "render/html_assets.h"
#include "render/html_escape.h"
#include "render/series_html_assets.h"
#include "render/series_wording.h"
#include "series/series.h"
#include "version.h"

namespace readoutdiff::render {
namespace {

using series::Lane;
using series::Timeline;

std::string e(std::string_view text) { return escape_html(text); }

std::string lane_key(const Lane& lane) { return std::string(lexicon::to_string(lane.side)); }

std::string readout_id(const Lane& lane, size_t k) { return lane_key(lane) + "-" + std::to_string(k + 1); }

std::string change_id(const Lane& lane, size_t k, size_t n) {
    return "c-" + readout_id(lane, k) + "-" + std::to_string(n + 1);
}

std::string side_class(const Lane& lane) { return lane.side == lexicon::Side::us ? "label-left" : "label-right"; }

std::string_view mark_class(std::string_view mark) { return mark == "+" ? "add" : mark == "-" ? "drop" : "change"; }

std::string mark_html(std::string_view mark) {
    std::string_view name = mark == "+" ? "added" : mark == "-" ? "dropped" : "changed";
    return "<span class=\"mark " + std::string(mark_class(mark)) + "\" title=\"" + std::string(name) + "\">" +
           std::string(mark) + "</span>";
}

std::string quote(const Lane& lane, series::SentenceRef ref) {
    if (ref.sentence == 0) return "";
    return "<span class=\"quote\" dir=\"auto\"><span class=\"sid\">s" + std::to_string(ref.sentence) + "</span>" +
           e(lane.text_of(ref)) + "</span>";
}

// ---------------------------------------------------------------- timeline

struct Placed {
    size_t lane;
    size_t position;
};

// Every readout of every lane in date order: the timeline's x axis.
std::vector<Placed> x_order(const Timeline& t) {
    std::vector<Placed> out;
    for (size_t l = 0; l < t.lanes.size(); ++l) {
        for (size_t k = 0; k < t.lanes[l].entries.size(); ++k) out.push_back({l, k});
    }
    std::stable_sort(out.begin(), out.end(), [&](const Placed& a, const Placed& b) {
        const auto& ra = t.lanes[a.lane].entries[a.position].readout;
        const auto& rb = t.lanes[b.lane].entries[b.position].readout;
        return std::tie(ra.date, ra.path, a.lane) < std::tie(rb.date, rb.path, b.lane);
    });
    return out;
}

class TimelineChart {
public:
    explicit TimelineChart(const Timeline& t) : m_t(t), m_order(x_order(t)) {
        m_x_of.resize(t.lanes.size());
        for (size_t l = 0; l < t.lanes.size(); ++l) m_x_of[l].resize(t.lanes[l].entries.size());
        for (size_t i = 0; i < m_order.size(); ++i) m_x_of[m_order[i].lane][m_order[i].position] = i;
        double plot = std::max(kMinPlot, kStep * static_cast<double>(m_order.size() > 1 ? m_order.size() - 1 : 1));
        m_plot = plot;
        m_width = kLeft + plot + kRight;
        // Confrontation is a mean of sentence scores' negative parts, usually
        // under 1; the scale grows when a readout goes past it.
        for (const Lane& lane : t.lanes) {
            for (const auto& entry : lane.entries) m_conf_top = std::max(m_conf_top, entry.readout.tone.confrontation);
        }
    }

    void write(std::ostream& out) const {
        double y = kBandsTop;
        std::vector<double> band_tops;
        for (const Lane& lane : m_t.lanes) {
            band_tops.push_back(y);
            y += 24 + kMarkerStep * static_cast<double>(std::max<size_t>(1, most_changes(lane)));
        }
        double axis = y + 6, height = axis + 22;
        out << "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Timeline chart\">\n"
            << "<svg class=\"timeline\" width=\"" << fixed(m_width, 0) << "\" height=\"" << fixed(height, 0)
            << "\" viewBox=\"0 0 " << fixed(m_width, 0) << " " << fixed(height, 0)
            << "\" style=\"width:100%;height:auto;min-width:" << fixed(m_width, 0)
            << "px;max-width:" << fixed(m_width * kMostScale, 0)
            << "px\" aria-labelledby=\"timeline-title\">\n<title id=\"timeline-title\">Tone and confrontation of each "
               "side's readouts "
               "over time, and the code-phrase changes of each readout</title>\n";
        panel(out, "Tone (\u22121 confrontational, +1 cooperative)", kToneTop, kToneHeight,
              {{1, "+1"}, {0, "0"}, {-1, "\u22121"}}, [](double v) { return (v + 1) / 2; });
        panel(out, "Confrontation (0 none)", kConfTop, kConfHeight,
              {{m_conf_top, fixed(m_conf_top, 2)}, {m_conf_top / 2, fixed(m_conf_top / 2, 2)}, {0, "0"}},
              [this](double v) { return v / m_conf_top; });
        for (size_t l = 0; l < m_t.lanes.size(); ++l) lines(out, l);
        for (size_t l = 0; l < m_t.lanes.size(); ++l) markers(out, l, band_tops[l]);
        years(out, axis);
        out << "</svg>\n</div>\n";
    }

private:
    static constexpr double kLeft = 48, kRight = 24, kStep = 28, kMinPlot = 560;
    static constexpr double kToneTop = 28, kToneHeight = 120, kConfTop = 184, kConfHeight = 80;
    static constexpr double kBandsTop = 286, kMarkerStep = 13;
    // The chart widens with the page up to this factor (its text with it), and never narrows: it scrolls instead.
    static constexpr double kMostScale = 1.6;

    double x(size_t lane, size_t position) const {
        size_t i = m_x_of[lane][position];
        if (m_order.size() < 2) return kLeft + m_plot / 2;
        return kLeft + m_plot * static_cast<double>(i) / static_cast<double>(m_order.size() - 1);
    }
    static double tone_y(double score) { return kToneTop + kToneHeight * (1 - (std::clamp(score, -1.0, 1.0) + 1) / 2); }
    double conf_y(double value) const {
        return kConfTop + kConfHeight * (1 - std::clamp(value / m_conf_top, 0.0, 1.0));
    }

    static size_t most_changes(const Lane& lane) {
        size_t most = 0;
        for (const auto& entry : lane.entries) most = std::max(most, entry.step ? entry.step->formulas.size() : 0);
        return most;
    }

    template <typename Scale>
    void panel(std::ostream& out, std::string_view label, double top, double height,
               const std::vector<std::pair<double, std::string>>& ticks, Scale scale) const {
        out << "<text x=\"" << fixed(kLeft, 0) << "\" y=\"" << fixed(top - 10, 0) << "\">" << e(label) << "</text>\n";
        for (const auto& [value, text] : ticks) {
            double y = top + height * (1 - scale(value));
            out << "<line class=\"grid\" x1=\"" << fixed(kLeft, 0) << "\" x2=\"" << fixed(kLeft + m_plot, 0)
                << "\" y1=\"" << fixed(y, 1) << "\" y2=\"" << fixed(y, 1) << "\"/><text class=\"muted\" x=\"4\" y=\""
                << fixed(y + 4, 1) << "\">" << e(text) << "</text>\n";
        }
    }

    void lines(std::ostream& out, size_t l) const {
        const Lane& lane = m_t.lanes[l];
        std::string key = lane_key(lane), tone, conf;
        for (size_t k = 0; k < lane.entries.size(); ++k) {
            const auto& r = lane.entries[k].readout;
            tone += fixed(x(l, k), 1) + "," + fixed(tone_y(r.tone.score), 1) + " ";
            conf += fixed(x(l, k), 1) + "," + fixed(conf_y(r.tone.confrontation), 1) + " ";
        }
        out << "<polyline class=\"lane-" << key << "\" points=\"" << tone << "\"/>\n<polyline class=\"lane-" << key
            << "\" points=\"" << conf << "\"/>\n";
        for (size_t k = 0; k < lane.entries.size(); ++k) {
            const auto& r = lane.entries[k].readout;
            std::string label = readout_label(lane, k);
            out << "<a href=\"#" << readout_id(lane, k) << "\"><circle class=\"dot-" << key << "\" cx=\""
                << fixed(x(l, k), 1) << "\" cy=\"" << fixed(tone_y(r.tone.score), 1) << "\" r=\"4.5\"><title>"
                << e(label) << ": tone " << signed_number(r.tone.score) << "</title></circle></a><circle class=\"dot-"
                << key << "\" cx=\"" << fixed(x(l, k), 1) << "\" cy=\"" << fixed(conf_y(r.tone.confrontation), 1)
                << "\" r=\"3.5\"><title>" << e(label) << ": confrontation " << fixed(r.tone.confrontation, 2)
                << "</title></circle>\n";
        }
    }

    // One marker per code-phrase change, stacked under its readout; each
    // links to the row of the change, which quotes both sentences.
    void markers(std::ostream& out, size_t l, double top) const {
        const Lane& lane = m_t.lanes[l];
        out << "<text x=\"" << fixed(kLeft, 0) << "\" y=\"" << fixed(top + 4, 0) << "\">" << e(side_label(lane.side))
            << " code phrases: \u25B2 added, \u25BC dropped, \u25C6 changed</text>\n";
        for (size_t k = 0; k < lane.entries.size(); ++k) {
            const auto& entry = lane.entries[k];
            if (!entry.step) continue;
            double cx = x(l, k);
            for (size_t n = 0; n < entry.step->formulas.size(); ++n) {
                const auto& c = entry.step->formulas[n];
                std::string mark(formula_mark(c.kind));
                double cy = top + 18 + kMarkerStep * static_cast<double>(n);
                std::string shape = mark == "+"   ? p(cx - 5, cy + 5) + p(cx + 5, cy + 5) + p(cx, cy - 5)
                                    : mark == "-" ? p(cx - 5, cy - 5) + p(cx + 5, cy - 5) + p(cx, cy + 5)
                                                  : p(cx, cy - 6) + p(cx + 6, cy) + p(cx, cy + 6) + p(cx - 6, cy);
                out << "<a href=\"#" << change_id(lane, k, n) << "\"><polygon class=\"" << mark_class(mark)
                    << "\" points=\"" << shape << "\"><title>"
                    << e(readout_label(lane, k) + ": " + mark + " " + formula_change_text(c))
                    << "</title></polygon></a>\n";
            }
        }
    }

    static std::string p(double px, double py) { return fixed(px, 1) + "," + fixed(py, 1) + " "; }

    // The year under the first readout of each year, where there is room.
    void years(std::ostream& out, double axis) const {
        std::string last_year;
        double last_x = -1e9;
        out << "<line class=\"grid\" x1=\"" << fixed(kLeft, 0) << "\" x2=\"" << fixed(kLeft + m_plot, 0) << "\" y1=\""
            << fixed(axis, 0) << "\" y2=\"" << fixed(axis, 0) << "\"/>\n";
        for (const Placed& placed : m_order) {
            const std::string& date = m_t.lanes[placed.lane].entries[placed.position].readout.date;
            std::string year = date.substr(0, 4);
            double at = x(placed.lane, placed.position);
            if (year == last_year || at - last_x < 40) continue;
            out << "<text class=\"muted\" x=\"" << fixed(at, 1) << "\" y=\"" << fixed(axis + 16, 0)
                << "\" text-anchor=\"middle\">" << e(year) << "</text>\n";
            last_year = year;
            last_x = at;
        }
    }

    const Timeline& m_t;
    std::vector<Placed> m_order;
    std::vector<std::vector<size_t>> m_x_of;  // [lane][position] -> index on the x axis
    double m_plot = 0;
    double m_width = 0;
    double m_conf_top = 1;  // the top of the confrontation scale
};

// ---------------------------------------------------------------- per side

void overview(std::ostream& out, const Lane& lane) {
    out << "<div class=\"scroll\"><table class=\"list\"><thead><tr><th scope=\"col\">#</th><th scope=\"col\">Date</th>"
           "<th scope=\"col\">Tone</th><th scope=\"col\">Confrontation</th><th scope=\"col\">Code phrases</th>"
           "<th scope=\"col\">Readout</th></tr></thead><tbody>\n";
    for (size_t k = 0; k < lane.entries.size(); ++k) {
        const auto& entry = lane.entries[k];
        const auto& r = entry.readout;
        std::string phrases;
        if (entry.step) {
            for (const auto& c : entry.step->formulas) {
                phrases += (phrases.empty() ? "" : " ") + mark_html(formula_mark(c.kind)) + e(c.group);
            }
        }
        out << "<tr><td class=\"n\">" << k + 1 << "</td><td class=\"n\">" << e(r.date) << "</td><td class=\"n\">"
            << signed_number(r.tone.score) << "</td><td class=\"n\">" << fixed(r.tone.confrontation, 2) << "</td><td>"
            << (phrases.empty() ? "\u2014" : phrases) << "</td><td><a href=\"#" << readout_id(lane, k) << "\">"
            << e(r.title.empty() ? r.path : r.title) << "</a></td></tr>\n";
    }
    out << "</tbody></table></div>\n";
}

void heat_map(std::ostream& out, const Timeline& t, const Lane& lane) {
    std::string key = lane_key(lane), side = side_label(lane.side);
    out << "<h3 id=\"heat-" << key << "-h\">" << e(side) << " topics: share of each readout's words</h3>\n";
    if (lane.topics.empty()) {
        out << "<p class=\"note\">No topic from the lexicons is raised.</p>\n";
        return;
    }
    double most = 0.01;
    for (const auto& entry : lane.entries) {
        for (const auto& topic : entry.readout.topics) most = std::max(most, topic.share);
    }
    out << "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"heat-" << key
        << "-h\"><table class=\"heat\">"
        << "<thead><tr><th scope=\"col\">Topic</th>";
    for (size_t k = 0; k < lane.entries.size(); ++k) {
        out << "<th scope=\"col\"><a href=\"#" << readout_id(lane, k) << "\" title=\"" << e(readout_label(lane, k))
            << "\">" << k + 1 << "</a></th>";
    }
    out << "</tr></thead><tbody>\n";
    for (const auto& span : lane.topics) {
        out << "<tr><th scope=\"row\">" << e(t.topic_label(span.id)) << "</th>";
        for (size_t k = 0; k < lane.entries.size(); ++k) {
            const auto& topics = lane.entries[k].readout.topics;
            auto it = std::find_if(topics.begin(), topics.end(),
                                   [&](const series::TopicPresence& p) { return p.id == span.id; });
            if (it == topics.end()) {
                out << "<td title=\"" << e(readout_label(lane, k)) << ": not raised\"></td>";
                continue;
            }
            double strength = it->share / most;
            out << "<td class=\"h" << (strength > 0.55 ? " strong" : "") << "\" style=\"--s:" << fixed(strength, 2)
                << "\" title=\"" << e(readout_label(lane, k)) << ": " << percent(it->share) << ", raised #" << it->rank
                << "\">" << std::lround(it->share * 100) << "</td>";
        }
        out << "</tr>\n";
    }
    out << "</tbody></table></div>\n<p class=\"note\">Each cell is the share of the readout's words (in %) in "
           "sentences on the "
           "topic; darker is more. An empty cell: not raised.</p>\n";
}

void change_row(std::ostream& out, const std::string& id, std::string_view what, const std::string& change_html,
                const std::string& before_html, const std::string& after_html, const std::string& before_label,
                const std::string& after_label) {
    out << "<tr class=\"change\"" << (id.empty() ? "" : " id=\"" + id + "\"") << "><th scope=\"row\">" << e(what)
        << "</th><td data-label=\"Change\">" << change_html << "</td><td data-label=\"" << e(before_label) << "\">"
        << before_html << "</td><td data-label=\"" << e(after_label) << "\">" << after_html << "</td></tr>\n";
}

void step_table(std::ostream& out, const Timeline& t, const Lane& lane, size_t k) {
    const series::Step& step = *lane.entries[k].step;
    std::string before_label = readout_name(lane, step.previous), after_label = readout_name(lane, k);
    out << "<table class=\"changes\"><caption>Against <a href=\"#" << readout_id(lane, step.previous) << "\">"
        << e(before_label) << "</a> (" << e(lane.entries[step.previous].readout.date) << ")</caption>\n"
        << "<colgroup><col class=\"what\"><col><col><col></colgroup>\n<thead><tr><th scope=\"col\">What</th><th "
           "scope=\"col\">Change</th>"
           "<th scope=\"col\">"
        << e(before_label) << "</th><th scope=\"col\">" << e(after_label) << "</th></tr></thead><tbody>\n";
    for (size_t n = 0; n < step.formulas.size(); ++n) {
        const auto& c = step.formulas[n];
        std::string notes = formula_change_notes(c, lane);
        change_row(out, change_id(lane, k, n), "Code phrase",
                   mark_html(formula_mark(c.kind)) + e(formula_change_text(c)) +
                       (notes.empty() ? "" : " <span class=\"note\">" + e(notes) + "</span>"),
                   quote(lane, c.before), quote(lane, c.after), before_label, after_label);
    }
    if (step.formulas.empty())
        change_row(out, "", "Code phrases", "<span class=\"note\">no change</span>", "", "", before_label, after_label);
    const auto& words = step.meeting_words;
    change_row(out, "", "Meeting words",
               words.changed() ? e(meeting_words_text(words)) : "<span class=\"note\">unchanged</span>",
               words.changed() ? quote(lane, words.before) : "", words.changed() ? quote(lane, words.after) : "",
               before_label, after_label);
    bool any = false;
    for (const auto& move : step.topics) {
        if (!move.notable) continue;
        any = true;
        change_row(out, "", "Topic", mark_html(topic_mark(move.change)) + e(topic_move_text(move, t, lane, k)), "", "",
                   before_label, after_label);
    }
    if (!any)
        change_row(out, "", "Topics", "<span class=\"note\">no notable move</span>", "", "", before_label, after_label);
    change_row(out, "", "Tone", e(tone_shift_text(step.tone)), "", "", before_label, after_label);
    auto drivers = [&](std::string_view what, const std::vector<series::ToneDriver>& list) {
        for (const auto& d : list) {
            bool gone = d.sentence.readout != k;
            change_row(out, "", what, e(driver_label(d, lane, k)), gone ? quote(lane, d.sentence) : "",
                       gone ? "" : quote(lane, d.sentence), before_label, after_label);
        }
    };
    drivers("Tone moved by", step.tone.score_drivers);
    drivers("Confrontation moved by", step.tone.confrontation_drivers);
    out << "</tbody></table>\n";
}

void readout_article(std::ostream& out, const Timeline& t, const Lane& lane, size_t k) {
    const auto& entry = lane.entries[k];
    const auto& r = entry.readout;
    std::string id = readout_id(lane, k);
    out << "<article class=\"readout card\" id=\"" << id << "\" tabindex=\"-1\" aria-labelledby=\"" << id
        << "-h\">\n<h3 id=\"" << id << "-h\"><span class=\"" << side_class(lane) << "\">" << e(readout_name(lane, k))
        << "</span> " << e(r.date) << " \u00B7 " << e(r.title.empty() ? r.path : r.title)
        << "</h3>\n<dl class=\"facts\">\n<dt>File</dt><dd>" << e(r.path) << "</dd>\n";
    if (!r.source.empty()) {
        std::string href = safe_http_url(r.source);
        out << "<dt>Source</dt><dd>"
            << (href.empty() ? e(r.source)
                             : "<a href=\"" + href + "\" rel=\"noreferrer noopener\">" + e(r.source) + "</a>")
            << "</dd>\n";
    }
    out << "<dt>Tone</dt><dd>" << signed_number(r.tone.score) << " \u00B7 confrontation "
        << fixed(r.tone.confrontation, 2) << " <span class=\"note\">(" << e(tone_deviation_text(entry, lane))
        << ")</span></dd>\n<dt>Meeting</dt><dd>" << e(meeting_words_of(r)) << "</dd>\n<dt>Length</dt><dd>" << r.words
        << " words, " << r.sentences.size() << " sentences</dd>\n</dl>\n";
    if (entry.step)
        step_table(out, t, lane, k);
    else
        out << "<p class=\"note\">First readout of the " << e(side_label(lane.side)) << " series.</p>\n";
    out << "</article>\n";
}

void series_tables(std::ostream& out, const Timeline& t, const Lane& lane) {
    std::string side = side_label(lane.side);
    out << "<h3>" << e(side) << " code phrases over the series</h3>\n";
    if (lane.formulas.empty()) {
        out << "<p class=\"note\">None.</p>\n";
    } else {
        out << "<div class=\"scroll\"><table class=\"list\"><thead><tr><th scope=\"col\">Formula</th><th "
               "scope=\"col\">Group</th>"
               "<th scope=\"col\">Wording</th><th scope=\"col\">First</th><th scope=\"col\">Last</th><th "
               "scope=\"col\">Readouts</th>"
               "</tr></thead><tbody>\n";
        for (const auto& f : lane.formulas) {
            out << "<tr><td>\u201C" << e(f.term) << "\u201D</td><td>" << e(f.group) << "</td><td>"
                << e(variant_name(f.variant)) << "</td><td><a href=\"#" << readout_id(lane, f.first) << "\">"
                << e(readout_label(lane, f.first)) << "</a></td><td><a href=\"#" << readout_id(lane, f.last) << "\">"
                << e(readout_label(lane, f.last)) << "</a></td><td class=\"n\">" << f.readouts << " of "
                << lane.entries.size() << "</td></tr>\n";
        }
        out << "</tbody></table></div>\n";
    }
    out << "<h3>" << e(side) << " topics over the series</h3>\n";
    if (lane.topics.empty()) {
        out << "<p class=\"note\">None.</p>\n";
        return;
    }
    out << "<div class=\"scroll\"><table class=\"list\"><thead><tr><th scope=\"col\">Topic</th><th "
           "scope=\"col\">First</th>"
           "<th scope=\"col\">Last</th><th scope=\"col\">Readouts</th><th scope=\"col\">Mean "
           "share</th></tr></thead><tbody>\n";
    for (const auto& s : lane.topics) {
        out << "<tr><td>" << e(t.topic_label(s.id)) << "</td><td><a href=\"#" << readout_id(lane, s.first) << "\">"
            << e(readout_label(lane, s.first)) << "</a></td><td><a href=\"#" << readout_id(lane, s.last) << "\">"
            << e(readout_label(lane, s.last)) << "</a></td><td class=\"n\">" << s.readouts << " of "
            << lane.entries.size() << "</td><td class=\"n\">" << percent(s.mean_share) << "</td></tr>\n";
    }
    out << "</tbody></table></div>\n";
}

void lane_section(std::ostream& out, const Timeline& t, const Lane& lane) {
    std::string key = lane_key(lane), side = side_label(lane.side);
    out << "<section aria-labelledby=\"lane-" << key << "-h\">\n<h2 id=\"lane-" << key << "-h\"><span class=\""
        << side_class(lane) << "\">" << e(side) << "</span>" << e(lane_heading(lane).substr(side.size()))
        << "</h2>\n<p>Mean tone " << signed_number(lane.mean_tone) << ", confrontation "
        << fixed(lane.mean_confrontation, 2) << ". <kbd>j</kbd>/<kbd>k</kbd> move between readouts.</p>\n";
    overview(out, lane);
    heat_map(out, t, lane);
    for (size_t k = 0; k < lane.entries.size(); ++k) readout_article(out, t, lane, k);
    series_tables(out, t, lane);
    out << "</section>\n";
}

}  // namespace

void write_series_html(const Timeline& t, std::ostream& out) {
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
           "script-src 'unsafe-inline'; img-src data:\">\n"
        << "<meta name=\"generator\" content=\"readoutdiff " << kVersion
        << "\">\n<title>readoutdiff: readout series</title>\n<style>" << kReportCss << kSeriesCss
        << "</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#timeline-h\">Skip to the timeline</a>\n"
        << "<header>\n<h1>Readout series</h1>\n<p>" << e(timeline_summary(t)) << "</p>\n</header>\n<main>\n";
    out << "<section aria-labelledby=\"timeline-h\">\n<h2 id=\"timeline-h\">Tone and confrontation over time</h2>\n";
    TimelineChart(t).write(out);
    out << "<p class=\"note\">";
    for (const Lane& lane : t.lanes) {
        out << e(side_label(lane.side)) << ": " << (lane.side == lexicon::Side::us ? "solid" : "dashed") << " line. ";
    }
    out << "Points link to their readout; each marker under the chart is one code-phrase change and links to the row "
           "quoting "
           "its sentence in both readouts.</p>\n</section>\n";
    for (const Lane& lane : t.lanes) lane_section(out, t, lane);
    if (!t.left_out.empty()) {
        out << "<section aria-labelledby=\"left-out-h\">\n<h2 id=\"left-out-h\">Left out</h2>\n<ul>\n";
        for (const auto& l : t.left_out) out << "<li>" << e(left_out_text(l)) << "</li>\n";
        out << "</ul>\n</section>\n";
    }
    out << "</main>\n<footer><p>Made by readoutdiff " << kVersion
        << ". Scores come from the lexicons; see the tool's README.</p></footer>\n"
        << "<script>" << kSeriesJs << "</script>\n</body>\n</html>\n";
}

}  // namespace readoutdiff::render
