// Input text goes into XML attributes and text, escaped as HTML escapes it
// (the five XML entities). A failure's message names the side that tripped it.
#include "batch/junit_report.h"

#include "batch/summary_totals.h"
#include "render/format.h"
#include "render/html_escape.h"

namespace readoutdiff::batch {
namespace {

using render::escape_html;

// A readout in no pair: a failure when a gate trips on it, an alternative
// passes with its reason as output, any other is skipped with its reason.
std::string unpaired_case(const UnpairedRow& u) {
    std::string out = "  <testcase classname=\"readoutdiff.readouts\" name=\"" + escape_html(u.path) + "\">\n";
    if (!u.gates.empty()) {
        for (const auto& gate : u.gates) {
            out += "    <failure message=\"gate " + escape_html(gate) + " tripped: " + escape_html(u.reason) +
                   "\" type=\"gate\"/>\n";
        }
    } else if (u.alternative()) {
        out += "    <system-out>" + escape_html(u.reason) + "</system-out>\n";
    } else {
        out += "    <skipped message=\"" + escape_html(u.reason) + "\"/>\n";
    }
    return out + "  </testcase>\n";
}

}  // namespace

std::string junit_xml(const Summary& summary) {
    const std::vector<SummaryRow>& rows = summary.rows;
    Totals t = totals(summary);
    size_t failures = 0;
    for (const auto& r : rows) failures += r.gates.size();
    for (const auto& u : summary.unpaired) failures += u.gates.size();
    size_t skipped = t.unpaired - t.unpaired_tripped;
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n<testsuite name=\"readoutdiff\" tests=\"" +
        std::to_string(t.pairs + t.unpaired + t.alternatives) + "\" failures=\"" + std::to_string(failures) +
        "\" errors=\"" + std::to_string(t.failed) + "\"" +
        (summary.unpaired.empty() ? "" : " skipped=\"" + std::to_string(skipped) + "\"") + ">\n";
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
    for (const auto& u : summary.unpaired) out += unpaired_case(u);
    return out + "</testsuite>\n</testsuites>\n";
}

}  // namespace readoutdiff::batch
