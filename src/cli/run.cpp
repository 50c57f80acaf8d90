// The only place that prints to stdout/stderr and picks exit codes. Reports
// stream to their destination: a file through a temporary renamed at the
// end, so a failure never leaves half a report file. Errors are split as
// the library throws them: input and usage (2), internal (3).
#include "cli/run.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <thread>
#include <map>
#include <optional>
#include <sstream>

#include "analyze/analyzer.h"
#include "batch/merge.h"
#include "batch/reuse_cache.h"
#include "batch/runner.h"
#include "cli/batch_progress.h"
#include "cli/interrupt.h"
#include "cli/options.h"
#include "cli/report_output.h"
#include "cli/series_command.h"
#include "cli/terminal.h"
#include "cli/version_info.h"
#include "error.h"
#include "eval/evaluate.h"
#include "eval/real_eval.h"
#include "lexicon/lexicons.h"
#include "pair/pair_folders.h"
#include "pair/pairs_file.h"
#include "pair/reasons.h"
#include "pipeline/input_checks.h"
#include "pipeline/pipeline.h"
#include "render/format.h"
#include "render/html_report.h"
#include "render/json_report.h"
#include "render/md_report.h"
#include "render/term_report.h"

namespace readoutdiff::cli {
namespace {

constexpr int kExitDone = 0;
constexpr int kExitInputError = 2;
constexpr int kExitInternalError = 3;
constexpr int kExitInterrupted = 130;

int run_compare(const Invocation& invocation, const lexicon::Lexicons& lexicons) {
    const CompareOptions& options = invocation.compare;
    analyze::Analyzer analyzer(lexicons);
    compare::Comparison comparison =
        pipeline::compare_files({options.left, options.right, invocation.max_bytes, options.force}, analyzer);
    std::string warning = options.force ? "" : pipeline::same_side_warning(comparison);
    if (!warning.empty()) std::cerr << "readoutdiff: " << warning << '\n';

    ReportOutput output(options.output);
    std::ostream& report = output.stream();
    switch (options.format) {
        case Format::json: render::write_json(comparison, report); break;
        case Format::md: render::write_markdown(comparison, report); break;
        case Format::html: render::write_html(comparison, report); break;
        case Format::term: {
            TerminalCapabilities caps = detect_terminal(options.color, options.width, output.to_file());
            render::write_terminal(comparison, {caps.width, caps.color, options.explain}, report);
            break;
        }
    }
    output.finish();
    return kExitDone;
}

int run_eval(const Invocation& invocation, const lexicon::Lexicons& lexicons) {
    analyze::Analyzer analyzer(lexicons);
    align::AlignerParams params;
    for (const std::string& assignment : invocation.eval.parameters) align::set_parameter(params, assignment);
    std::ostringstream report;
    if (!invocation.eval.gold_files.empty()) {
        eval::write_evaluation(eval::evaluate(invocation.eval.gold_files, analyzer, params), invocation.eval.worst, report);
    }
    const std::string& real = invocation.eval.real_texts;
    if (!real.empty()) {
        if (!report.str().empty()) report << '\n';
        if (std::filesystem::is_directory(real)) {
            eval::write_real_evaluation(eval::evaluate_real(real, invocation.eval.real_gold, analyzer, params), report);
        } else {
            report << "Real pairs: skipped, " << real << " is absent (the real readouts are not part of this repository)\n";
        }
    }
    write_output("", report.str());
    return kExitDone;
}

void list_terms(std::ostream& out, const std::string& name, const std::vector<lexicon::Term>& terms) {
    std::map<std::string, size_t> by_category;
    for (const auto& term : terms) by_category[term.category]++;
    out << name << ": " << terms.size() << (terms.size() == 1 ? " term" : " terms");
    // Named categories (tone, cues, rungs) are listed; ids (topics, actors, groups, points) are counted.
    bool named = !terms.empty() && terms.front().kind != lexicon::Category::id;
    if (named) {
        out << " (";
        bool first = true;
        for (const auto& [category, count] : by_category) out << (first ? "" : ", ") << category << " " << count, first = false;
        out << ")";
    } else {
        out << " in " << by_category.size() << " categories";
    }
    out << '\n';
}

int run_lexicon(const Invocation& invocation, const lexicon::Lexicons& lexicons) {
    const std::string& directory = invocation.lexicon.directory;
    if (invocation.lexicon.action == "check") {
        std::vector<std::string> problems = lexicon::check_lexicons(directory);
        for (const auto& problem : problems) std::cerr << "readoutdiff: " << problem << '\n';
        if (!problems.empty()) return kExitInputError;
        std::cout << directory << ": lexicon files are valid\n";
        return kExitDone;
    }
    std::ostringstream out;
    out << "lexicons: " << (directory.empty() ? "built in" : directory + " over the built-in ones") << '\n';
    for (const lexicon::LexiconFile& file : lexicon::lexicon_files()) {
        std::string name(file.name);
        if (file.terms != nullptr) list_terms(out, name, lexicons.*file.terms);
        else out << name << ": " << lexicons.topics.size() << " topics\n";
    }
    write_output("", out.str());
    return kExitDone;
}

size_t jobs_or_cores(size_t jobs) { return jobs ? jobs : std::max(1u, std::thread::hardware_concurrency()); }

int run_batch(const Invocation& invocation, const lexicon::Lexicons& lexicons) {
    const BatchCommandOptions& options = invocation.batch;
    batch::BatchOptions batch_options;
    batch_options.corpus = options.corpus;
    batch_options.outdir = options.outdir;
    batch_options.jobs = jobs_or_cores(options.jobs);
    // Only topics can be omitted: the meeting or a finer subject is no topic of emphasis.
    std::vector<std::string> topic_ids;
    for (const auto& topic : lexicons.topics) {
        if (!topic.subject_only()) topic_ids.push_back(topic.id);
    }
    for (const std::string& expression : options.fail_on) {
        batch_options.gates.push_back(batch::parse_gate(expression));
        batch::check_gate_topic(batch_options.gates.back(), topic_ids);
        if (batch::needs_baseline(batch_options.gates.back()) && options.baseline.empty()) {
            throw UsageError("--fail-on '" + expression + "' needs --baseline FILE (outliers are measured against it)");
        }
        if (batch::needs_pair_auto(batch_options.gates.back()) && !options.pair_auto) {
            throw UsageError("--fail-on '" + expression + "' needs --pair auto (only then are readouts left out of pairs)");
        }
    }
    if (!options.baseline.empty()) batch_options.baseline = batch::load_baseline(options.baseline);
    batch_options.shard = options.shard;
    batch_options.shards = options.shards;
    batch_options.max_bytes = invocation.max_bytes;
    batch_options.force = options.force;
    batch_options.lexicon_fingerprint = batch::lexicon_fingerprint(invocation.lexicons);
    batch_options.pair_auto = options.pair_auto;
    batch_options.window = options.window;

    analyze::Analyzer analyzer(lexicons);
    BatchProgress progress;
    const std::atomic<bool>& stop = stop_on_interrupt();
    batch::BatchResult result = batch::run_batch(
        batch_options, analyzer,
        [&](size_t done, size_t total, const batch::SummaryRow& row) { progress.update(done, total, row); }, stop);
    progress.finish();
    size_t done = std::count_if(result.rows.begin(), result.rows.end(), [](const auto& r) { return !r.id.empty(); });
    if (result.interrupted) {
        std::cerr << "readoutdiff: interrupted after " << done << " of " << render::count_of(result.rows.size(), "pair")
                  << "; their reports are complete, the summaries were not updated\n";
        return kExitInterrupted;
    }
    for (const std::string& change : result.changes) std::cerr << "readoutdiff: changed: " << change << '\n';
    size_t unreadable = 0, internal = 0, tripped = 0, flagged = 0;
    for (const auto& row : result.rows) {
        unreadable += row.error_kind == batch::ErrorKind::input;
        internal += row.error_kind == batch::ErrorKind::internal;
        tripped += !row.gates.empty();
        flagged += !row.outliers.empty();
    }
    std::cerr << "batch: " << render::count_of(result.rows.size(), "pair") << " (" << result.reused
              << " unchanged, reused), " << tripped << " with gates tripped, " << render::count_of(flagged, "outlier")
              << ", " << unreadable << " unreadable"
              << (internal > 0 ? ", " + std::to_string(internal) + " internal error" + (internal == 1 ? "" : "s") : "");
    if (options.pair_auto) {
        size_t alternatives = std::count_if(result.unpaired.begin(), result.unpaired.end(),
                                            [](const batch::UnpairedRow& u) { return u.alternative(); });
        std::cerr << "; " << render::count_of(result.unpaired.size() - alternatives, "readout") << " in no pair, "
                  << render::count_of(alternatives, "alternative");
    }
    std::cerr << "; " << options.outdir << "/summary.md\n";
    return batch::exit_status({result.rows, result.unpaired});
}

// pairs.tsv to the file or standard output; on standard error, each change
// to an earlier file's pairs, each readout in no pair with its reason, and
// the counts.
int run_pair(const Invocation& invocation, const lexicon::Lexicons& lexicons) {
    const PairCommandOptions& options = invocation.pair;
    analyze::Analyzer analyzer(lexicons);
    bool to_file = !options.output.empty() && options.output != "-";
    pair::PairOptions pair_options{options.folders, to_file ? options.output : "", "", options.window,
                                   jobs_or_cores(options.jobs), invocation.max_bytes};
    pair::FolderPairing result = pair::pair_folders(pair_options, analyzer);
    std::string folder = to_file ? std::filesystem::path(options.output).parent_path().string() : "";
    write_output(options.output, pair::pairs_tsv(result.readouts, result.pairing, to_file && folder.empty() ? "." : folder));
    for (const std::string& change : result.pairing.changes) std::cerr << "readoutdiff: changed: " << change << '\n';
    size_t alternatives = 0;
    for (const pair::Unpaired& u : result.pairing.unpaired) {
        bool alternative = u.standing == pair::Standing::alternative;
        alternatives += alternative;
        std::cerr << "readoutdiff: " << (alternative ? "alternative: " : "unpaired: ") << result.readouts[u.readout].path
                  << ": " << u.reason << '\n';
    }
    std::cerr << "pair: " << render::count_of(result.readouts.size(), "readout") << ", "
              << render::count_of(result.pairing.pairs.size(), "pair") << ", "
              << render::count_of(alternatives, "alternative") << ", " << result.pairing.unpaired.size() - alternatives
              << " unpaired" << (to_file ? "; " + options.output : "") << '\n';
    return kExitDone;
}

int run_merge(const Invocation& invocation) {
    batch::Summary merged = batch::merge_outputs(invocation.merge.shard_dirs, invocation.merge.outdir);
    std::cerr << "merge: " << render::count_of(merged.rows.size(), "pair") << " from "
              << render::count_of(invocation.merge.shard_dirs.size(), "folder") << "; " << invocation.merge.outdir
              << "/summary.md\n";
    return batch::exit_status(merged);
}

int dispatch(const Invocation& invocation) {
    if (invocation.command == Invocation::Command::help) {
        std::cout << invocation.help_text;
        return kExitDone;
    }
    if (invocation.command == Invocation::Command::version) {
        std::cout << version_text();
        return kExitDone;
    }
    std::optional<lexicon::Lexicons> loaded;
    std::string lexicon_dir = invocation.command == Invocation::Command::lexicon ? invocation.lexicon.directory
                                                                                  : invocation.lexicons;
    bool check_only = invocation.command == Invocation::Command::lexicon && invocation.lexicon.action == "check";
    const lexicon::Lexicons& lexicons = lexicon_dir.empty() || check_only
                                            ? lexicon::builtin_lexicons()
                                            : loaded.emplace(lexicon::load_lexicons(lexicon_dir));
    switch (invocation.command) {
        case Invocation::Command::compare: return run_compare(invocation, lexicons);
        case Invocation::Command::eval: return run_eval(invocation, lexicons);
        case Invocation::Command::lexicon: return run_lexicon(invocation, lexicons);
        case Invocation::Command::batch: return run_batch(invocation, lexicons);
        case Invocation::Command::merge: return run_merge(invocation);
        case Invocation::Command::series: return run_series(invocation, lexicons);
        case Invocation::Command::pair: return run_pair(invocation, lexicons);
        default: return kExitDone;
    }
}

}  // namespace

int run(int argc, const char* const* argv) {
    try {
        return dispatch(parse_arguments(argc, argv));
    } catch (const UsageError& e) {
        std::cerr << "readoutdiff: " << e.what() << " (see 'readoutdiff --help')\n";
    } catch (const Error& e) {
        std::cerr << "readoutdiff: " << e.what() << '\n';
    } catch (const std::exception& e) {
        std::cerr << "readoutdiff: " << internal_error_message(e) << '\n';
        return kExitInternalError;
    }
    return kExitInputError;
}

}  // namespace readoutdiff::cli
