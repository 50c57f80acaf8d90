// The only place that prints to stdout/stderr and picks exit codes. Reports
// are rendered in memory first, so a failure never leaves half a report.
#include "cli/run.h"

#include <iostream>
#include <map>
#include <optional>
#include <sstream>

#include "analyze/analyzer.h"
#include "cli/options.h"
#include "cli/terminal.h"
#include "error.h"
#include "eval/evaluate.h"
#include "io/file_io.h"
#include "lexicon/lexicons.h"
#include "pipeline/pipeline.h"
#include "render/html_report.h"
#include "render/json_report.h"
#include "render/md_report.h"
#include "render/term_report.h"
#include "version.h"

namespace readoutdiff::cli {
namespace {

constexpr int kExitDone = 0;
constexpr int kExitInputError = 2;

void write_output(const std::string& path, const std::string& content) {
    if (!path.empty() && path != "-") {
        io::write_file_atomically(path, content);
        return;
    }
    std::cout << content;
    std::cout.flush();
    if (!std::cout) throw Error("standard output", "cannot write");
}

int run_compare(const Invocation& invocation, const lexicon::Lexicons& lexicons) {
    const CompareOptions& options = invocation.compare;
    analyze::Analyzer analyzer(lexicons);
    compare::Comparison comparison =
        pipeline::compare_files({options.left, options.right, invocation.max_bytes}, analyzer);

    std::ostringstream report;
    switch (options.format) {
        case Format::json: render::write_json(comparison, report); break;
        case Format::md: render::write_markdown(comparison, report); break;
        case Format::html: render::write_html(comparison, report); break;
        case Format::term: {
            bool to_file = !options.output.empty() && options.output != "-";
            TerminalCapabilities caps = detect_terminal(options.color, options.width, to_file);
            render::write_terminal(comparison, {caps.width, caps.color, options.explain}, report);
            break;
        }
    }
    write_output(options.output, report.str());
    return kExitDone;
}

int run_eval(const Invocation& invocation, const lexicon::Lexicons& lexicons) {
    analyze::Analyzer analyzer(lexicons);
    align::AlignerParams params;
    for (const std::string& assignment : invocation.eval.parameters) align::set_parameter(params, assignment);
    eval::Evaluation evaluation = eval::evaluate(invocation.eval.gold_files, analyzer, params);
    std::ostringstream report;
    eval::write_evaluation(evaluation, invocation.eval.worst, report);
    write_output("", report.str());
    return kExitDone;
}

void list_terms(std::ostream& out, const std::string& name, const std::vector<lexicon::Term>& terms) {
    std::map<std::string, size_t> by_category;
    for (const auto& term : terms) by_category[term.category]++;
    out << name << ": " << terms.size() << (terms.size() == 1 ? " term" : " terms");
    if (by_category.size() <= 8) {
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
    list_terms(out, "tone.tsv", lexicons.tone);
    out << "topics.tsv: " << lexicons.topics.size() << " topics\n";
    list_terms(out, "topic_terms.tsv", lexicons.topic_terms);
    list_terms(out, "actors.tsv", lexicons.actors);
    list_terms(out, "characterization.tsv", lexicons.characterization);
    list_terms(out, "cues.tsv", lexicons.cues);
    list_terms(out, "code_phrases.tsv", lexicons.code_phrases);
    out << "abbreviations.tsv: " << lexicons.abbreviations.size() << " abbreviations\n";
    write_output("", out.str());
    return kExitDone;
}

int dispatch(const Invocation& invocation) {
    if (invocation.command == Invocation::Command::help) {
        std::cout << invocation.help_text;
        return kExitDone;
    }
    if (invocation.command == Invocation::Command::version) {
        std::cout << "readoutdiff " << kVersion << '\n';
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
    } catch (const std::bad_alloc&) {
        std::cerr << "readoutdiff: out of memory\n";
    } catch (const std::exception& e) {
        std::cerr << "readoutdiff: internal error: " << e.what() << '\n';
    }
    return kExitInputError;
}

}  // namespace readoutdiff::cli
