// Each pair runs twice, us.txt first and prc.txt first, and the second run is
// mirrored back before scoring: a verdict that flips with the order of the
// arguments is wrong once, whichever way.
#include "eval/real_eval.h"

#include <cstdio>
#include <functional>
#include <map>

#include "eval/bootstrap.h"
#include "eval/prediction.h"
#include "eval/real_gold.h"
#include "eval/tables.h"
#include "io/file_io.h"
#include "pipeline/pipeline.h"

namespace readoutdiff::eval {
namespace {

using Select = std::function<const Agreement&(const RealPairEvaluation&)>;

struct Opinion {
    const char* name;
    Select select;
    bool has_links;  // the analyst answers no links, speakers or sections
};

struct Signal {
    const char* name;
    std::function<std::string(const Agreement&)> value;
    bool needs_links;
};

std::string share(const Tally& t) {
    if (t.total == 0) return "-";
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.2f %zu/%zu", static_cast<double>(t.right) / static_cast<double>(t.total),
                  t.right, t.total);
    return buffer;
}

const std::vector<Signal>& signals() {
    static const std::vector<Signal> list = {
        {"harsher side", [](const Agreement& a) { return cell(a.harsher); }, false},
        {"  where gold is clear", [](const Agreement& a) { return cell(a.harsher_clear); }, false},
        {"  where gold is unsure: not called", [](const Agreement& a) { return cell(a.harsher_unsure); }, false},
        {"meeting words exact (sides)", [](const Agreement& a) { return cell(a.meeting_words_exact); }, false},
        {"meeting words P/R", [](const Agreement& a) { return cell(a.meeting_words); }, false},
        {"agreement claims P/R", [](const Agreement& a) { return cell(a.agreements); }, false},
        {"topics one side only P/R", [](const Agreement& a) { return cell(a.topics_only); }, false},
        {"who asked", [](const Agreement& a) { return cell(a.asked); }, false},
        {"speaker sides", [](const Agreement& a) { return share(a.speakers); }, true},
        {"readout sides", [](const Agreement& a) { return cell(a.sides); }, false},
        {"same-point links F1 (P/R)", [](const Agreement& a) { return f1_cell(a.links); }, true},
        {"counterparts F1 (P/R)", [](const Agreement& a) { return f1_cell(a.counterparts); }, true},
    };
    return list;
}

const std::vector<Opinion>& columns() {
    static const std::vector<Opinion> list = {
        {"readoutdiff~A", [](const RealPairEvaluation& p) -> const Agreement& { return p.tool_vs_a; }, true},
        {"readoutdiff~B", [](const RealPairEvaluation& p) -> const Agreement& { return p.tool_vs_b; }, true},
        {"B~A (ceiling)", [](const RealPairEvaluation& p) -> const Agreement& { return p.b_vs_a; }, true},
        {"analyst~A", [](const RealPairEvaluation& p) -> const Agreement& { return p.analyst_vs_a; }, false},
        {"analyst~B", [](const RealPairEvaluation& p) -> const Agreement& { return p.analyst_vs_b; }, false},
    };
    return list;
}

// The figures whose spread over pairs the report gives, for readoutdiff~A.
const std::vector<std::pair<const char*, std::function<double(const Agreement&)>>>& spread_figures() {
    static const std::vector<std::pair<const char*, std::function<double(const Agreement&)>>> list = {
        {"speakers", [](const Agreement& a) { return ratio(a.speakers.right, a.speakers.total); }},
        {"agreement claims F1", [](const Agreement& a) { return a.agreements.f1(); }},
        {"links F1", [](const Agreement& a) { return a.links.f1(); }},
        {"counterparts F1", [](const Agreement& a) { return a.counterparts.f1(); }},
    };
    return list;
}

void write_spread(const std::vector<Agreement>& tool_pairs, std::ostream& out) {
    BootstrapPlan plan;
    out << "  readoutdiff~A, 95% of redraws of these pairs (bootstrap, " << plan.draws << "):";
    char cell[96];
    const char* separator = " ";
    for (const auto& [name, figure] : spread_figures()) {
        Interval interval = bootstrap_interval(tool_pairs, figure, plan);
        std::snprintf(cell, sizeof cell, "%s%s %.2f-%.2f", separator, name, interval.low, interval.high);
        out << cell;
        separator = "; ";
    }
    out << '\n';
}

void write_block(const std::vector<RealPairEvaluation>& pairs, const std::string& split, std::ostream& out) {
    std::vector<Agreement> totals(columns().size());
    std::vector<Agreement> tool_pairs;
    for (const RealPairEvaluation& p : pairs) {
        if (split != "all" && p.split != split) continue;
        tool_pairs.push_back(p.tool_vs_a);
        for (size_t c = 0; c < columns().size(); ++c) totals[c] += columns()[c].select(p);
    }
    size_t n = tool_pairs.size();
    if (n == 0) return;
    char line[400];
    std::snprintf(line, sizeof line, "\n%-36s", (split + " (" + std::to_string(n) + " pairs)").c_str());
    out << line;
    for (const Opinion& c : columns()) {
        std::snprintf(line, sizeof line, " %19s", c.name);
        out << line;
    }
    out << '\n';
    for (const Signal& s : signals()) {
        std::snprintf(line, sizeof line, "%-36s", s.name);
        out << line;
        for (size_t c = 0; c < columns().size(); ++c) {
            bool shown = columns()[c].has_links || !s.needs_links;
            std::snprintf(line, sizeof line, " %19s", shown ? s.value(totals[c]).c_str() : "");
            out << line;
        }
        out << '\n';
    }
    if (n > 1) write_spread(tool_pairs, out);
}

}  // namespace

RealEvaluation evaluate_real(const std::string& texts_dir, const std::string& gold_dir,
                             const analyze::Analyzer& analyzer, const align::AlignerParams& params) {
    RealEvaluation evaluation;
    for (const RealPair& pair : real_pairs(gold_dir)) {
        std::string dir = texts_dir + "/" + pair.name;
        std::string us = dir + "/us.txt", prc = dir + "/prc.txt";
        compare::Comparison forward = pipeline::compare_files({us, prc, io::kDefaultMaxBytes}, analyzer, params);
        compare::Comparison backward = pipeline::compare_files({prc, us, io::kDefaultMaxBytes}, analyzer, params);
        const segment::Document& us_doc = forward.left.document;
        const segment::Document& prc_doc = forward.right.document;
        size_t n_us = us_doc.sentences.size(), n_prc = prc_doc.sentences.size();
        Annotation a = load_real_gold(gold_dir + "/" + pair.name + "/A.json", pair, us_doc, prc_doc);
        Annotation b = load_real_gold(gold_dir + "/" + pair.name + "/B.json", pair, us_doc, prc_doc);
        Annotation analyst = load_analyst(dir + "/analyst.json", pair, us_doc, prc_doc);
        Annotation tool[] = {prediction_of(forward), mirrored(prediction_of(backward))};

        auto both_orders = [&](const Annotation& gold) {
            Agreement sum = agreement(tool[0], gold, n_us, n_prc);
            sum += agreement(tool[1], gold, n_us, n_prc);
            return sum;
        };
        RealPairEvaluation result{pair.name, pair.split, both_orders(a), both_orders(b), {}, {}, {}};
        result.b_vs_a = agreement(b, a, n_us, n_prc);
        result.analyst_vs_a = agreement(analyst, a, n_us, n_prc);
        result.analyst_vs_b = agreement(analyst, b, n_us, n_prc);
        evaluation.pairs.push_back(std::move(result));
    }
    return evaluation;
}

void write_real_evaluation(const RealEvaluation& evaluation, std::ostream& out) {
    out << "Real pairs: " << evaluation.pairs.size()
        << ", against two annotators who wrote their gold blind (corpus/real-gold). readoutdiff runs each pair in "
           "both orders and counts both; B~A is one annotator against the other, the ceiling; analyst~ is the "
           "analyst's analyst.json, a third opinion with no links, speakers or sections. k/n: right of annotated.\n";
    for (const char* split : {"tune", "real", "all"}) write_block(evaluation.pairs, split, out);
    out << "\nPer pair, readoutdiff against A (both orders):\n";
    std::vector<Agreement> rows;
    for (const RealPairEvaluation& p : evaluation.pairs) rows.push_back(p.tool_vs_a);
    write_signal_table(rows, out);
}

}  // namespace readoutdiff::eval
