// All input text (ids, paths, errors) is escaped for its format: Markdown
// table cells, XML attributes and text, HTML.
#include "batch/summary_reports.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "render/format.h"
#include "render/html_escape.h"
#include "version.h"

namespace readoutdiff::batch {
namespace {

using render::escape_html;
using render::fixed;
using render::signed_number;

std::string md_escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\n' || c == '\r') c = ' ';
        if (std::string_view("\\`*_[]<>|#!~").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string joined(const std::vector<std::string>& items, const std::string& empty = "—") {
    if (items.empty()) return empty;
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

struct Totals {
    size_t pairs = 0, failed = 0, tripped = 0, flagged = 0;
};

Totals totals(const std::vector<SummaryRow>& rows) {
    Totals t;
    for (const auto& r : rows) {
        t.pairs++;
        t.failed += r.failed();
        t.tripped += !r.gates.empty();
        t.flagged += !r.outliers.empty();
    }
    return t;
}

}  // namespace

std::string summary_jsonl(const std::vector<SummaryRow>& rows) {
    std::string out;
    for (const auto& row : rows) out += to_json_line(row) + "\n";
    return out;
}

std::string summary_markdown(const std::vector<SummaryRow>& rows) {
    Totals t = totals(rows);
    std::string out = "## readoutdiff: " + std::to_string(t.pairs) + " pair" + (t.pairs == 1 ? "" : "s") + ", " +
                      std::to_string(t.tripped) + " with gates tripped, " + std::to_string(t.flagged) +
                      " outliers, " + std::to_string(t.failed) + " unreadable\n\n";
    out += "| pair | date | tone L | tone R | gap | coverage | harsher | only L | only R | gates |\n";
    out += "|---|---|---|---|---|---|---|---|---|---|\n";
    for (const auto& r : rows) {
        if (r.failed()) {
            out += "| " + md_escape(r.id) + " | " + md_escape(r.date) + " | | | | | | | | **error:** " + md_escape(r.error) + " |\n";
            continue;
        }
        std::vector<std::string> flags = r.gates;
        for (const auto& o : r.outliers) flags.push_back("outlier: " + o);
        out += "| " + md_escape(r.id) + " | " + md_escape(r.date) + " | " + signed_number(r.left.tone) + " | " +
               signed_number(r.right.tone) + " | " + fixed(r.tone_gap, 2) + " | " + render::percent(r.coverage) + " | " +
               md_escape(r.more_confrontational) + " | " + md_escape(joined(r.left.omitted)) + " | " +
               md_escape(joined(r.right.omitted)) + " | " + (flags.empty() ? "ok" : "**" + md_escape(joined(flags)) + "**") + " |\n";
    }
    return out;
}

std::string junit_xml(const std::vector<SummaryRow>& rows) {
    Totals t = totals(rows);
    size_t failures = 0;
    for (const auto& r : rows) failures += r.gates.size();
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n<testsuite name=\"readoutdiff\" tests=\"" +
                      std::to_string(t.pairs) + "\" failures=\"" + std::to_string(failures) + "\" errors=\"" +
                      std::to_string(t.failed) + "\">\n";
    for (const auto& r : rows) {
        out += "  <testcase classname=\"readoutdiff.pairs\" name=\"" + escape_html(r.id) + "\"";
        if (r.gates.empty() && !r.failed() && r.outliers.empty()) {
            out += "/>\n";
            continue;
        }
        out += ">\n";
        if (r.failed()) out += "    <error message=\"" + escape_html(r.error) + "\"/>\n";
        for (const auto& gate : r.gates) {
            out += "    <failure message=\"gate " + escape_html(gate) + " tripped\" type=\"gate\">tone gap " +
                   fixed(r.tone_gap, 4) + ", coverage " + fixed(r.coverage, 4) + "</failure>\n";
        }
        for (const auto& o : r.outliers) out += "    <system-out>outlier: " + escape_html(o) + "</system-out>\n";
        out += "  </testcase>\n";
    }
    return out + "</testsuite>\n</testsuites>\n";
}

std::string index_html(const std::vector<SummaryRow>& rows) {
    Totals t = totals(rows);
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
        "<title>readoutdiff batch</title>\n<style>\n"
        ":root{--bg:#fff;--fg:#1a1a1a;--muted:#595959;--line:#d0d0d0;--left:#1f4e9a;--right:#9b1c1c;--bad:#a61b1b}\n"
        "@media (prefers-color-scheme: dark){:root{--bg:#15171a;--fg:#e8e8e8;--muted:#b0b0b0;--line:#3a3f45;--left:#8fb6ff;--right:#ff9b9b;--bad:#ff8f8f}}\n"
        "body{margin:0 auto;max-width:1280px;padding:0 16px;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,sans-serif}\n"
        "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left}\n"
        "th button{font:inherit;font-weight:700;background:none;border:none;color:inherit;cursor:pointer;padding:0}\n"
        ".bad{color:var(--bad);font-weight:600}.muted{color:var(--muted)}a{color:var(--left)}\n"
        "svg text{fill:var(--fg);font-size:12px}.l{stroke:var(--left)}.r{stroke:var(--right)}\n"
        "</style>\n</head>\n<body>\n<header><h1>readoutdiff: " + std::to_string(t.pairs) + " pairs</h1>\n<p>" +
        std::to_string(t.tripped) + " with gates tripped, " + std::to_string(t.flagged) + " outliers, " +
        std::to_string(t.failed) + " unreadable.</p></header>\n<main>\n";

    // Tone over time: the compared pairs with a date, in date order.
    std::vector<const SummaryRow*> dated;
    for (const auto& r : rows) {
        if (!r.failed() && !r.date.empty()) dated.push_back(&r);
    }
    std::stable_sort(dated.begin(), dated.end(), [](const SummaryRow* a, const SummaryRow* b) { return a->date < b->date; });
    if (dated.size() >= 2) {
        const double width = 760, height = 200, left = 40, top = 10, plot_w = 700, plot_h = 160;
        auto x = [&](size_t i) { return left + plot_w * static_cast<double>(i) / static_cast<double>(dated.size() - 1); };
        auto y = [&](double tone) { return top + plot_h * (1 - (std::clamp(tone, -1.0, 1.0) + 1) / 2); };
        std::string l, r;
        for (size_t i = 0; i < dated.size(); ++i) {
            l += fixed(x(i), 1) + "," + fixed(y(dated[i]->left.tone), 1) + " ";
            r += fixed(x(i), 1) + "," + fixed(y(dated[i]->right.tone), 1) + " ";
        }
        out += "<section aria-labelledby=\"time-h\"><h2 id=\"time-h\">Tone over time</h2>\n"
               "<svg role=\"img\" aria-label=\"Each side's tone by date, from -1 confrontational to +1 cooperative\" viewBox=\"0 0 " +
               fixed(width, 0) + " " + fixed(height, 0) + "\" width=\"100%\" style=\"max-width:760px\">\n"
               "<line x1=\"40\" x2=\"740\" y1=\"" + fixed(y(0), 1) + "\" y2=\"" + fixed(y(0), 1) +
               "\" stroke=\"var(--line)\"/><text x=\"0\" y=\"" + fixed(y(1) + 4, 1) + "\">+1</text><text x=\"0\" y=\"" +
               fixed(y(0) + 4, 1) + "\">0</text><text x=\"0\" y=\"" + fixed(y(-1) + 4, 1) + "\">-1</text>\n"
               "<polyline class=\"l\" fill=\"none\" stroke-width=\"2\" points=\"" + l + "\"/>\n"
               "<polyline class=\"r\" fill=\"none\" stroke-width=\"2\" stroke-dasharray=\"6 3\" points=\"" + r + "\"/>\n"
               "<text x=\"40\" y=\"195\">" + escape_html(dated.front()->date) + "</text><text x=\"740\" y=\"195\" text-anchor=\"end\">" +
               escape_html(dated.back()->date) + "</text>\n</svg>\n<p class=\"muted\">Solid: left side (usually US); dashed: right side (usually PRC).</p>\n</section>\n";
    }

    out += "<section aria-labelledby=\"pairs-h\"><h2 id=\"pairs-h\">Pairs</h2>\n<p class=\"muted\">Click a column heading to sort.</p>\n"
           "<table id=\"pairs\"><thead><tr>";
    for (const char* heading : {"pair", "date", "tone L", "tone R", "gap", "coverage", "harsher", "only L", "only R", "gates"}) {
        out += std::string("<th scope=\"col\"><button type=\"button\">") + heading + "</button></th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& r : rows) {
        std::string id = escape_html(r.id);
        if (r.failed()) {
            out += "<tr><td>" + id + "</td><td>" + escape_html(r.date) + "</td><td colspan=\"8\" class=\"bad\">error: " +
                   escape_html(r.error) + "</td></tr>\n";
            continue;
        }
        std::vector<std::string> flags = r.gates;
        for (const auto& o : r.outliers) flags.push_back("outlier: " + o);
        out += "<tr><td><a href=\"" + id + ".html\">" + id + "</a> <a class=\"muted\" href=\"" + id + ".json\">json</a></td><td>" +
               escape_html(r.date) + "</td><td data-v=\"" + fixed(r.left.tone, 4) + "\">" + signed_number(r.left.tone) +
               "</td><td data-v=\"" + fixed(r.right.tone, 4) + "\">" + signed_number(r.right.tone) + "</td><td data-v=\"" +
               fixed(r.tone_gap, 4) + "\">" + fixed(r.tone_gap, 2) + "</td><td data-v=\"" + fixed(r.coverage, 4) + "\">" +
               render::percent(r.coverage) + "</td><td>" + escape_html(r.more_confrontational) + "</td><td>" +
               escape_html(joined(r.left.omitted)) + "</td><td>" + escape_html(joined(r.right.omitted)) + "</td><td" +
               (flags.empty() ? ">ok" : " class=\"bad\">" + escape_html(joined(flags))) + "</td></tr>\n";
    }
    out += "</tbody></table>\n</section>\n</main>\n<footer class=\"muted\"><p>readoutdiff " + std::string(kVersion) +
           "</p></footer>\n<script>\n"
           "(function(){var t=document.getElementById('pairs');var b=t.tBodies[0];var dir={};\n"
           "t.querySelectorAll('th button').forEach(function(btn,col){btn.addEventListener('click',function(){\n"
           "var rows=Array.prototype.slice.call(b.rows);dir[col]=!dir[col];\n"
           "function key(r){var c=r.cells[col];if(!c)return '';var v=c.getAttribute('data-v');return v===null?c.textContent:parseFloat(v);}\n"
           "rows.sort(function(x,y){var a=key(x),c=key(y);var s=(typeof a==='number'&&typeof c==='number')?a-c:String(a).localeCompare(String(c));return dir[col]?s:-s;});\n"
           "rows.forEach(function(r){b.appendChild(r);});});});})();\n</script>\n</body>\n</html>\n";
    return out;
}

}  // namespace readoutdiff::batch
