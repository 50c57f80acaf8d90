// One wording for the counts, so the Markdown, JUnit and index summaries
// never disagree.
#include "batch/summary_totals.h"

#include "render/format.h"

namespace readoutdiff::batch {

Totals totals(const Summary& summary) {
    Totals t;
    for (const auto& r : summary.rows) {
        t.pairs++;
        t.failed += r.failed();
        t.tripped += !r.gates.empty();
        t.flagged += !r.outliers.empty();
    }
    for (const auto& u : summary.unpaired) {
        (u.alternative() ? t.alternatives : t.unpaired)++;
        t.unpaired_tripped += !u.gates.empty();
    }
    return t;
}

std::string totals_line(const Totals& t) {
    std::string line = render::count_of(t.pairs, "pair") + ", " + std::to_string(t.tripped) + " with gates tripped, " +
                       render::count_of(t.flagged, "outlier") + ", " + std::to_string(t.failed) + " unreadable";
    if (t.unpaired + t.alternatives > 0) {
        line += "; " + render::count_of(t.unpaired, "readout") + " in no pair, " +
                render::count_of(t.alternatives, "alternative");
    }
    return line;
}

std::string side_cell(lexicon::Side side) {
    if (side == lexicon::Side::us) return "US";
    if (side == lexicon::Side::prc) return "PRC";
    return "unknown";
}

std::vector<std::string> flags_of(const SummaryRow& row) {
    std::vector<std::string> flags;
    for (size_t i = 0; i < row.gates.size(); ++i) {
        bool detailed = i < row.gate_details.size() && row.gate_details[i] != row.gates[i];
        flags.push_back(detailed ? row.gates[i] + ": " + row.gate_details[i] : row.gates[i]);
    }
    for (const auto& o : row.outliers) flags.push_back("outlier: " + o);
    return flags;
}

}  // namespace readoutdiff::batch
