// Input text goes into XML attributes and text, escaped as HTML escapes it
// (the five XML entities). A failure's message names the side that tripped it.
#include "batch/junit_report.h"

#include "batch/summary_totals.h"
#include "render/format.h"
#include "render/html_escape.h"

namespace readoutdiff::batch {
namespace {

using render::escape_html;

}  // namespace

std::string junit_xml(const std::vector<SummaryRow>& rows) {
    Totals t = totals(rows);
    size_t failures = 0;
    for (const auto& r : rows) failures += r.gates.size();
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n<testsuite name=\"readoutdiff\" tests=\"" +
        std::to_string(t.pairs) + "\" failures=\"" + std::to_string(failures) + "\" errors=\"" +
        std::to_string(t.failed) + "\">\n";
    for (const auto& r : rows) {
        out += "  <testcase classname=\"readoutdiff.pairs\" name=\"" + escape_html(r.id) + "\"";
        if (r.gates.empty() && !r.failed() && r.outliers.empty()) {
            out += "/>\n";
            continue;
        }
        out += ">\n";
        if (r.failed()) {
            const char* type = r.error_kind == ErrorKind::internal ? "internal" : "input";
            out += "    <error message=\"" + escape_html(r.error) + "\" type=\"" + type + "\"/>\n";
        }
        for (size_t i = 0; i < r.gates.size(); ++i) {
            std::string detail = i < r.gate_details.size() ? r.gate_details[i] : r.gates[i];
            out += "    <failure message=\"gate " + escape_html(r.gates[i]) + " tripped: " + escape_html(detail) +
                   "\" type=\"gate\">tone gap " + render::fixed(r.tone_gap, 4) + ", coverage " +
                   render::fixed(r.coverage, 4) + "</failure>\n";
        }
        for (const auto& o : r.outliers) out += "    <system-out>outlier: " + escape_html(o) + "</system-out>\n";
        out += "  </testcase>\n";
    }
    return out + "</testsuite>\n</testsuites>\n";
}

}  // namespace readoutdiff::batch
