// Columns name the sides US and PRC (see side_names.h); every piece of
// input text (ids, errors, gate details) is escaped for a table cell.
#include "batch/summary_markdown.h"

#include "batch/side_names.h"
#include "batch/summary_totals.h"
#include "render/format.h"
#include "render/markdown.h"

namespace readoutdiff::batch {
namespace {

using render::markdown_text;

std::string cells(const std::vector<std::string>& items) {
    std::string line = "|";
    for (const auto& item : items) line += " " + item + " |";
    return line + "\n";
}

// The readouts --pair auto left out: the news a CI run over a stream reports.
std::string unpaired_table(const std::vector<UnpairedRow>& unpaired) {
    if (unpaired.empty()) return "";
    std::string out = "\n### Readouts in no pair\n\n| readout | side | date | why | gates |\n|---|---|---|---|---|\n";
    for (const auto& u : unpaired) {
        std::string gates = u.gates.empty() ? (u.alternative() ? "alternative" : render::list_or_dash(u.gates))
                                            : "**" + markdown_text(render::list_or_dash(u.gates)) + "**";
        out += cells({markdown_text(u.path), side_cell(u.side), markdown_text(u.date), markdown_text(u.reason), gates});
    }
    return out;
}

}  // namespace

std::string summary_markdown(const Summary& summary) {
    const std::vector<SummaryRow>& rows = summary.rows;
    std::string out = "## readoutdiff: " + totals_line(totals(summary)) + "\n\n";
    out += "| pair | date | tone US | tone PRC | gap | coverage | harsher | only US | only PRC | sides | gates |\n";
    out += "|---|---|---|---|---|---|---|---|---|---|---|\n";
    for (const auto& r : rows) {
        if (r.failed()) {
            out += cells({markdown_text(r.id), markdown_text(r.date), "", "", "", "", "", "", "", "",
                          "**error:** " + markdown_text(r.error)});
            continue;
        }
        SidesInOrder sides = sides_in_order(r);
        std::vector<std::string> flags = flags_of(r);
        out += cells({markdown_text(r.id), markdown_text(r.date), render::signed_number(sides.us->tone),
                      render::signed_number(sides.prc->tone), render::fixed(r.tone_gap, 2), render::percent(r.coverage),
                      markdown_text(harsher_name(r)), markdown_text(render::list_or_dash(sides.us->only_here)),
                      markdown_text(render::list_or_dash(sides.prc->only_here)),
                      sides.detected ? "detected" : "not detected: left as US",
                      flags.empty() ? "ok" : "**" + markdown_text(render::list_or_dash(flags)) + "**"});
    }
    return out + unpaired_table(summary.unpaired);
}

}  // namespace readoutdiff::batch
