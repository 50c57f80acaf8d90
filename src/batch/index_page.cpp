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

// The columns of the pairs table; on a narrow screen each cell shows its column's name.
constexpr const char* kPairColumns[] = {"pair",    "date",    "tone US",  "tone PRC", "gap",  "coverage",
                                        "harsher", "only US", "only PRC", "sides",    "gates"};
constexpr const char* kUnpairedColumns[] = {"readout", "side", "date", "why", "gates"};

// A cell with its column's name; attributes (a class, a sort value) before it.
std::string cell(const char* column, const std::string& html, const std::string& attributes = "") {
    return "<td data-label=\"" + std::string(column) + "\"" + attributes + ">" + html + "</td>";
}

// A cell sorted by its number.
std::string number_cell(const char* column, double value, const std::string& shown) {
    return cell(column, shown, " data-v=\"" + fixed(value, 4) + "\"");
}

// Each side's tone over time: the compared pairs with a date, in date order.
// The SVG holds only lines and stretches to the page's width; its labels are
// HTML beside and under it, so they keep their size on any screen.
std::string tone_chart(const std::vector<SummaryRow>& rows) {
    std::vector<const SummaryRow*> dated;
    for (const auto& r : rows) {
        if (!r.failed() && !r.date.empty()) dated.push_back(&r);
    }
    std::stable_sort(dated.begin(), dated.end(),
                     [](const SummaryRow* a, const SummaryRow* b) { return a->date < b->date; });
    if (dated.size() < 2) return "";
    const double width = 700, height = 160, pad = 4;
    auto x = [&](size_t i) { return width * static_cast<double>(i) / static_cast<double>(dated.size() - 1); };
    auto y = [&](double tone) { return pad + (height - 2 * pad) * (1 - (std::clamp(tone, -1.0, 1.0) + 1) / 2); };
    std::string us, prc;
    for (size_t i = 0; i < dated.size(); ++i) {
        SidesInOrder sides = sides_in_order(*dated[i]);
        us += fixed(x(i), 1) + "," + fixed(y(sides.us->tone), 1) + " ";
        prc += fixed(x(i), 1) + "," + fixed(y(sides.prc->tone), 1) + " ";
    }
    std::string line = " fill=\"none\" stroke-width=\"2\" vector-effect=\"non-scaling-stroke\" points=\"";
    return "<section aria-labelledby=\"time-h\"><h2 id=\"time-h\">Tone over time</h2>\n"
           "<div class=\"tone-chart\"><div class=\"y-axis\" "
           "aria-hidden=\"true\"><span>+1</span><span>0</span><span>-1</span></div>\n"
           "<svg role=\"img\" aria-label=\"Each side's tone by date, from -1 confrontational to +1 cooperative\" "
           "viewBox=\"0 0 " +
           fixed(width, 0) + " " + fixed(height, 0) + "\" preserveAspectRatio=\"none\">\n<line x1=\"0\" x2=\"" +
           fixed(width, 0) + "\" y1=\"" + fixed(y(0), 1) + "\" y2=\"" + fixed(y(0), 1) +
           "\" stroke=\"var(--line)\" vector-effect=\"non-scaling-stroke\"/>\n<polyline class=\"us\"" + line + us +
           "\"/>\n<polyline class=\"prc\" stroke-dasharray=\"6 3\"" + line + prc +
           "\"/>\n</svg>\n<div class=\"x-axis\"><span>" + escape_html(dated.front()->date) + "</span><span>" +
           escape_html(dated.back()->date) +
           "</span></div></div>\n"
           "<p class=\"muted\">Solid: US; dashed: PRC (a pair whose sides were not detected counts its left readout as "
           "US).</p>\n"
           "</section>\n";
}

std::string pair_row(const SummaryRow& r) {
    std::string id = escape_html(r.id);
    const auto* c = kPairColumns;
    if (r.failed()) {
        return "<tr>" + cell(c[0], id) + cell(c[1], escape_html(r.date)) +
               cell("error", "error: " + escape_html(r.error), " colspan=\"9\" class=\"bad\"") + "</tr>\n";
    }
    SidesInOrder sides = sides_in_order(r);
    std::vector<std::string> flags = flags_of(r);
    return "<tr>" +
           cell(c[0],
                "<a href=\"" + id + ".html\">" + id + "</a> <a class=\"muted\" href=\"" + id + ".json\">json</a>") +
           cell(c[1], escape_html(r.date)) + number_cell(c[2], sides.us->tone, render::signed_number(sides.us->tone)) +
           number_cell(c[3], sides.prc->tone, render::signed_number(sides.prc->tone)) +
           number_cell(c[4], r.tone_gap, fixed(r.tone_gap, 2)) +
           number_cell(c[5], r.coverage, render::percent(r.coverage)) + cell(c[6], escape_html(harsher_name(r))) +
           cell(c[7], escape_html(render::list_or_dash(sides.us->only_here))) +
           cell(c[8], escape_html(render::list_or_dash(sides.prc->only_here))) +
           cell(c[9], sides.detected ? "detected" : "not detected: left as US") +
           (flags.empty() ? cell(c[10], "ok")
                          : cell(c[10], escape_html(render::list_or_dash(flags)), " class=\"bad\"")) +
           "</tr>\n";
}

// The readouts --pair auto left out, with the reason for each.
std::string unpaired_section(const std::vector<UnpairedRow>& unpaired) {
    if (unpaired.empty()) return "";
    std::string out =
        "<section aria-labelledby=\"unpaired-h\"><h2 id=\"unpaired-h\">Readouts in no pair</h2>\n"
        "<table id=\"unpaired\"><thead><tr>";
    for (const char* heading : kUnpairedColumns) {
        out += std::string("<th scope=\"col\">") + heading + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& u : unpaired) {
        std::string gates = u.alternative() ? "alternative" : render::list_or_dash(u.gates);
        const auto* c = kUnpairedColumns;
        out += "<tr>" + cell(c[0], escape_html(u.path)) + cell(c[1], side_cell(u.side)) +
               cell(c[2], escape_html(u.date)) + cell(c[3], escape_html(u.reason)) +
               cell(c[4], escape_html(gates), u.gates.empty() ? "" : " class=\"bad\"") + "</tr>\n";
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
        std::string(kIndexCss) +
        "</style>\n</head>\n<body>\n<header><h1>readoutdiff: " + render::count_of(t.pairs, "pair") + "</h1>\n<p>" +
        escape_html(totals_line(t)) + ".</p></header>\n<main>\n";
    out += tone_chart(rows);
    out +=
        "<section aria-labelledby=\"pairs-h\"><h2 id=\"pairs-h\">Pairs</h2>\n<p class=\"muted\">Click a column heading "
        "to sort.</p>\n"
        "<table id=\"pairs\"><thead><tr>";
    for (const char* heading : kPairColumns) {
        out += std::string("<th scope=\"col\"><button type=\"button\">") + heading + "</button></th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& r : rows) out += pair_row(r);
    out += "</tbody></table>\n</section>\n" + unpaired_section(summary.unpaired) + "</main>\n<footer class=\"muted\"><p>readoutdiff " + std::string(kVersion) +
           "</p></footer>\n<script>\n" + std::string(kIndexJs) + "</script>\n</body>\n</html>\n";
    return out;
}

}  // namespace readoutdiff::batch
