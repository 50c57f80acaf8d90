// The page is self-contained (CSS and script inline, a Content-Security-
// Policy that loads nothing); all input text is HTML-escaped. Columns and the
// chart's lines name the sides US and PRC (see side_names.h).
#include "batch/index_page.h"

#include <algorithm>

#include "batch/index_assets.h"
#include "batch/side_names.h"
#include "batch/summary_totals.h"
#include "render/format.h"
#include "render/html_escape.h"
#include "version.h"

namespace readoutdiff::batch {
namespace {

using render::escape_html;
using render::fixed;

// A cell sorted by its number.
std::string number_cell(double value, const std::string& shown) {
    return "<td data-v=\"" + fixed(value, 4) + "\">" + shown + "</td>";
}

// Each side's tone over time: the compared pairs with a date, in date order.
std::string tone_chart(const std::vector<SummaryRow>& rows) {
    std::vector<const SummaryRow*> dated;
    for (const auto& r : rows) {
        if (!r.failed() && !r.date.empty()) dated.push_back(&r);
    }
    std::stable_sort(dated.begin(), dated.end(),
                     [](const SummaryRow* a, const SummaryRow* b) { return a->date < b->date; });
    if (dated.size() < 2) return "";
    const double width = 760, height = 200, left = 40, top = 10, plot_w = 700, plot_h = 160;
    auto x = [&](size_t i) { return left + plot_w * static_cast<double>(i) / static_cast<double>(dated.size() - 1); };
    auto y = [&](double tone) { return top + plot_h * (1 - (std::clamp(tone, -1.0, 1.0) + 1) / 2); };
    std::string us, prc;
    for (size_t i = 0; i < dated.size(); ++i) {
        SidesInOrder sides = sides_in_order(*dated[i]);
        us += fixed(x(i), 1) + "," + fixed(y(sides.us->tone), 1) + " ";
        prc += fixed(x(i), 1) + "," + fixed(y(sides.prc->tone), 1) + " ";
    }
    return "<section aria-labelledby=\"time-h\"><h2 id=\"time-h\">Tone over time</h2>\n"
           "<svg role=\"img\" aria-label=\"Each side's tone by date, from -1 confrontational to +1 cooperative\" "
           "viewBox=\"0 0 " +
           fixed(width, 0) + " " + fixed(height, 0) +
           "\" width=\"100%\" style=\"max-width:760px\">\n"
           "<line x1=\"40\" x2=\"740\" y1=\"" +
           fixed(y(0), 1) + "\" y2=\"" + fixed(y(0), 1) + "\" stroke=\"var(--line)\"/><text x=\"0\" y=\"" +
           fixed(y(1) + 4, 1) + "\">+1</text><text x=\"0\" y=\"" + fixed(y(0) + 4, 1) +
           "\">0</text><text x=\"0\" y=\"" + fixed(y(-1) + 4, 1) +
           "\">-1</text>\n"
           "<polyline class=\"us\" fill=\"none\" stroke-width=\"2\" points=\"" +
           us +
           "\"/>\n"
           "<polyline class=\"prc\" fill=\"none\" stroke-width=\"2\" stroke-dasharray=\"6 3\" points=\"" +
           prc +
           "\"/>\n"
           "<text x=\"40\" y=\"195\">" +
           escape_html(dated.front()->date) + "</text><text x=\"740\" y=\"195\" text-anchor=\"end\">" +
           escape_html(dated.back()->date) +
           "</text>\n</svg>\n"
           "<p class=\"muted\">Solid: US; dashed: PRC (a pair whose sides were not detected counts its left readout as "
           "US).</p>\n"
           "</section>\n";
}

std::string pair_row(const SummaryRow& r) {
    std::string id = escape_html(r.id);
    if (r.failed()) {
        return "<tr><td>" + id + "</td><td>" + escape_html(r.date) +
               "</td><td colspan=\"9\" class=\"bad\">error: " + escape_html(r.error) + "</td></tr>\n";
    }
    SidesInOrder sides = sides_in_order(r);
    std::vector<std::string> flags = flags_of(r);
    return "<tr><td><a href=\"" + id + ".html\">" + id + "</a> <a class=\"muted\" href=\"" + id +
           ".json\">json</a></td><td>" + escape_html(r.date) + "</td>" +
           number_cell(sides.us->tone, render::signed_number(sides.us->tone)) +
           number_cell(sides.prc->tone, render::signed_number(sides.prc->tone)) +
           number_cell(r.tone_gap, fixed(r.tone_gap, 2)) + number_cell(r.coverage, render::percent(r.coverage)) +
           "<td>" + escape_html(harsher_name(r)) + "</td><td>" +
           escape_html(render::list_or_dash(sides.us->only_here)) + "</td><td>" +
           escape_html(render::list_or_dash(sides.prc->only_here)) + "</td><td>" +
           (sides.detected ? "detected" : "not detected: left as US") + "</td><td" +
           (flags.empty() ? ">ok" : " class=\"bad\">" + escape_html(render::list_or_dash(flags))) + "</td></tr>\n";
}

// The readouts --pair auto left out, with the reason for each.
std::string unpaired_section(const std::vector<UnpairedRow>& unpaired) {
    if (unpaired.empty()) return "";
    std::string out =
        "<section aria-labelledby=\"unpaired-h\"><h2 id=\"unpaired-h\">Readouts in no pair</h2>\n"
        "<table id=\"unpaired\"><thead><tr>";
    for (const char* heading : {"readout", "side", "date", "why", "gates"}) {
        out += std::string("<th scope=\"col\">") + heading + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& u : unpaired) {
        std::string gates = u.alternative() ? "alternative" : render::list_or_dash(u.gates);
        out += "<tr><td>" + escape_html(u.path) + "</td><td>" + side_cell(u.side) + "</td><td>" + escape_html(u.date) +
               "</td><td>" + escape_html(u.reason) + "</td><td" + (u.gates.empty() ? ">" : " class=\"bad\">") +
               escape_html(gates) + "</td></tr>\n";
    }
    return out + "</tbody></table>\n</section>\n";
}

}  // namespace

std::string index_html(const Summary& summary) {
    const std::vector<SummaryRow>& rows = summary.rows;
    Totals t = totals(summary);
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'\">\n"
        "<title>readoutdiff batch</title>\n<style>\n" +
        std::string(kIndexCss) + "</style>\n</head>\n<body>\n<header><h1>readoutdiff: " + std::to_string(t.pairs) +
        " pairs</h1>\n<p>" + std::to_string(t.tripped) + " with gates tripped, " + std::to_string(t.flagged) +
        " outliers, " + std::to_string(t.failed) + " unreadable" +
        (t.unpaired + t.alternatives > 0 ? "; " + std::to_string(t.unpaired) + " readouts in no pair, " +
                                               std::to_string(t.alternatives) + " alternatives"
                                         : "") +
        ".</p></header>\n<main>\n";
    out += tone_chart(rows);
    out +=
        "<section aria-labelledby=\"pairs-h\"><h2 id=\"pairs-h\">Pairs</h2>\n<p class=\"muted\">Click a column heading "
        "to sort.</p>\n"
        "<table id=\"pairs\"><thead><tr>";
    for (const char* heading : {"pair", "date", "tone US", "tone PRC", "gap", "coverage", "harsher", "only US",
                                "only PRC", "sides", "gates"}) {
        out += std::string("<th scope=\"col\"><button type=\"button\">") + heading + "</button></th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& r : rows) out += pair_row(r);
    out += "</tbody></table>\n</section>\n" + unpaired_section(summary.unpaired) + "</main>\n<footer class=\"muted\"><p>readoutdiff " + std::string(kVersion) +
           "</p></footer>\n<script>\n" + std::string(kIndexJs) + "</script>\n</body>\n</html>\n";
    return out;
}

}  // namespace readoutdiff::batch
