// Gold prefixes are resolved against the same segmentation the tool uses,
// so a segmentation error shows up as an unresolvable prefix, not as a
// quietly wrong score.
#include "eval/evaluate.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>

#include "eval/gold.h"
#include "eval/prediction.h"
#include "eval/tables.h"
#include "eval/word_overlap.h"
#include "io/file_io.h"
#include "pipeline/pipeline.h"

namespace readoutdiff::eval {
namespace {

std::string snippet(const analyze::Analysis& a, int id, size_t limit) {
    std::string text(a.document.sentence_text(id));
    if (text.size() <= limit) return text;
    size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
    return text.substr(0, cut) + "…";
}

std::string line(const std::string& name, const std::string& split, const Counts& c) {
    char buffer[256];
    std::snprintf(buffer, sizeof buffer, "%-34s %-9s %6.3f %6.3f %6.3f   %6.3f %6.3f   %4zu %4zu", name.c_str(),
                  split.c_str(), c.precision(), c.recall(), c.f1(), c.unmatched_precision(), c.unmatched_recall(),
                  c.predicted, c.sure);
    return buffer;
}

template <typename Select>
void totals(const std::vector<PairEvaluation>& pairs, const std::string& who, std::ostream& out, Select select) {
    std::map<std::string, Counts> by_split;
    Counts all;
    for (const PairEvaluation& p : pairs) {
        const PairScore* score = select(p);
        if (score == nullptr) continue;
        by_split[p.split.empty() ? "-" : p.split] += score->counts;
        all += score->counts;
    }
    for (const auto& [split, counts] : by_split) out << line("micro " + who + " (" + split + ")", split, counts) << '\n';
    out << line("micro " + who + " (all)", "all", all) << '\n';
}

void write_errors(const std::vector<ErrorExample>& errors, size_t worst_count, std::ostream& out) {
    out << "\nErrors (first " << std::min(worst_count, errors.size()) << " of " << errors.size() << "):\n";
    for (size_t k = 0; k < errors.size() && k < worst_count; ++k) {
        const ErrorExample& e = errors[k];
        out << "  " << e.pair << (e.missed ? "  missed  " : "  wrong   ") << "L" << e.left << " \"" << e.left_text
            << "\"\n" << std::string(e.pair.size() + 12, ' ') << "R" << e.right << " \"" << e.right_text << "\"\n";
    }
}

}  // namespace

Evaluation evaluate(const std::vector<std::string>& gold_paths, const analyze::Analyzer& analyzer,
                    const align::AlignerParams& params) {
    Evaluation evaluation;
    for (const std::string& gold_path : gold_paths) {
        std::string directory = pair_directory(gold_path);
        compare::Comparison c = pipeline::compare_files(
            {directory + "/us.txt", directory + "/prc.txt", io::kDefaultMaxBytes}, analyzer, params);
        const analyze::Analysis& left = c.left;
        const analyze::Analysis& right = c.right;
        size_t n_left = left.sentences.size(), n_right = right.sentences.size();
        Annotation gold = load_gold(gold_path, left.document, right.document);
        Annotation predicted = prediction_of(c);

        PairEvaluation pair{gold.pair, gold.split, score_links(gold, predicted, n_left, n_right), {}, {}, {}};
        for (const PairError& e : pair.links.errors) {
            evaluation.errors.push_back(
                {gold.pair, e.missed, snippet(left, e.left, 70), snippet(right, e.right, 70), e.left, e.right});
        }
        Annotation baseline;
        for (const align::Link& link : word_overlap_baseline(left, right).links) {
            baseline.links.push_back({link.left, link.right, true});
        }
        pair.baseline = score_links(gold, baseline, n_left, n_right);
        pair.signals = agreement(predicted, gold, n_left, n_right);
        std::string second_path = directory + "/" + kSecondAnnotation;
        if (std::filesystem::exists(second_path)) {
            Annotation second;
            second.links = load_gold_links(second_path, left.document, right.document);
            pair.second_annotator = score_links(gold, second, n_left, n_right);
        }
        evaluation.pairs.push_back(std::move(pair));
    }
    return evaluation;
}

void write_evaluation(const Evaluation& evaluation, size_t worst_count, std::ostream& out) {
    char header[256];
    std::snprintf(header, sizeof header, "%-34s %-9s %6s %6s %6s   %6s %6s   %4s %4s", "pair", "split", "P", "R", "F1",
                  "unm-P", "unm-R", "pred", "sure");
    out << "Same-point links\n" << header << '\n';
    for (const PairEvaluation& p : evaluation.pairs) out << line(p.pair, p.split, p.links.counts) << '\n';
    out << '\n';
    totals(evaluation.pairs, "readoutdiff", out, [](const PairEvaluation& p) { return &p.links; });
    totals(evaluation.pairs, "word-overlap", out, [](const PairEvaluation& p) { return &p.baseline; });
    out << "\nP: predicted sentence pairs that gold has as sure or possible; R: sure pairs found; "
           "unm-P/unm-R: the same for sentences left without a counterpart.\n";
    bool any_second = std::any_of(evaluation.pairs.begin(), evaluation.pairs.end(),
                                  [](const PairEvaluation& p) { return p.second_annotator.has_value(); });
    if (any_second) {
        size_t annotated = std::count_if(evaluation.pairs.begin(), evaluation.pairs.end(),
                                         [](const PairEvaluation& p) { return p.second_annotator.has_value(); });
        out << "\nannotator-B: a second annotator on " << annotated << " pairs (" << kSecondAnnotation
            << ", its sure links taken as predictions); readoutdiff-on-B: readoutdiff on the same pairs.\n";
        totals(evaluation.pairs, "annotator-B", out,
               [](const PairEvaluation& p) { return p.second_annotator ? &*p.second_annotator : nullptr; });
        totals(evaluation.pairs, "readoutdiff-on-B", out,
               [](const PairEvaluation& p) { return p.second_annotator ? &p.links : nullptr; });
    }
    if (worst_count > 0 && !evaluation.errors.empty()) write_errors(evaluation.errors, worst_count, out);
    std::vector<Agreement> signals;
    for (const PairEvaluation& p : evaluation.pairs) signals.push_back(p.signals);
    out << "\nSignals against gold:\n";
    write_signal_table(signals, out);
}

}  // namespace readoutdiff::eval
