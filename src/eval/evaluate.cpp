// Gold prefixes are resolved against the same segmentation the tool uses,
// so a segmentation error shows up as an unresolvable prefix, not as a
// quietly wrong score.
#include "eval/evaluate.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

#include "eval/word_overlap.h"
#include "eval/gold.h"
#include "io/file_io.h"
#include "pipeline/pipeline.h"

namespace readoutdiff::eval {
namespace {

std::string snippet(const analyze::Analysis& a, int id, size_t limit) {
    std::string text(a.document.sentence_text(a.document.sentences[static_cast<size_t>(id - 1)]));
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

void totals(const std::vector<PairScore>& scores, const std::string& who, std::ostream& out) {
    std::map<std::string, Counts> by_split;
    Counts all;
    for (const PairScore& s : scores) {
        by_split[s.split.empty() ? "-" : s.split] += s.counts;
        all += s.counts;
    }
    for (const auto& [split, counts] : by_split) out << line("micro " + who + " (" + split + ")", split, counts) << '\n';
    out << line("micro " + who + " (all)", "all", all) << '\n';
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
        Gold gold = load_gold(gold_path, left.document, right.document);

        PairScore score = score_alignment(gold, c.alignment, left.sentences.size(), right.sentences.size());
        for (const PairError& e : score.errors) {
            evaluation.errors.push_back(
                {gold.pair, e.missed, snippet(left, e.left, 70), snippet(right, e.right, 70), e.left, e.right});
        }
        std::string second_path = directory + "/" + kSecondAnnotation;
        if (std::filesystem::exists(second_path)) {
            std::vector<GoldLink> second = load_gold_links(second_path, left.document, right.document);
            evaluation.second_annotator.push_back(score_alignment(
                gold, as_prediction(second, left.sentences.size(), right.sentences.size()), left.sentences.size(),
                right.sentences.size()));
        }
        evaluation.aligner.push_back(std::move(score));
        evaluation.baseline.push_back(score_alignment(gold, word_overlap_baseline(left, right),
                                                      left.sentences.size(), right.sentences.size()));
        evaluation.signals.push_back(score_signals(gold, c));
    }
    return evaluation;
}

void write_errors(const Evaluation& evaluation, size_t worst_count, std::ostream& out);

void write_evaluation(const Evaluation& evaluation, size_t worst_count, std::ostream& out) {
    char header[256];
    std::snprintf(header, sizeof header, "%-34s %-9s %6s %6s %6s   %6s %6s   %4s %4s", "pair", "split", "P", "R", "F1",
                  "unm-P", "unm-R", "pred", "sure");
    out << header << '\n';
    for (const PairScore& s : evaluation.aligner) out << line(s.pair, s.split, s.counts) << '\n';
    out << '\n';
    totals(evaluation.aligner, "readoutdiff", out);
    totals(evaluation.baseline, "word-overlap", out);
    out << "\nP: predicted sentence pairs that gold has as sure or possible; R: sure pairs found; "
           "unm-P/unm-R: the same for sentences left without a counterpart.\n";
    if (!evaluation.second_annotator.empty()) {
        std::set<std::string> annotated;
        for (const PairScore& s : evaluation.second_annotator) annotated.insert(s.pair);
        std::vector<PairScore> aligner_on_annotated;
        for (const PairScore& s : evaluation.aligner) {
            if (annotated.count(s.pair)) aligner_on_annotated.push_back(s);
        }
        out << "\nannotator-B: a second annotator on " << evaluation.second_annotator.size() << " pairs ("
            << kSecondAnnotation << ", its sure links taken as predictions); "
            << "readoutdiff-on-B: readoutdiff on the same pairs.\n";
        totals(evaluation.second_annotator, "annotator-B", out);
        totals(aligner_on_annotated, "readoutdiff-on-B", out);
    }
    if (worst_count > 0 && !evaluation.errors.empty()) write_errors(evaluation, worst_count, out);
    out << "\nSignals (got/gold):\n";
    write_signal_table(evaluation.signals, out);
}

void write_errors(const Evaluation& evaluation, size_t worst_count, std::ostream& out) {
    out << "\nErrors (first " << std::min(worst_count, evaluation.errors.size()) << " of " << evaluation.errors.size()
        << "):\n";
    for (size_t k = 0; k < evaluation.errors.size() && k < worst_count; ++k) {
        const ErrorExample& e = evaluation.errors[k];
        out << "  " << e.pair << (e.missed ? "  missed  " : "  wrong   ") << "L" << e.left << " \"" << e.left_text
            << "\"\n" << std::string(e.pair.size() + 12, ' ') << "R" << e.right << " \"" << e.right_text << "\"\n";
    }
}

}  // namespace readoutdiff::eval
