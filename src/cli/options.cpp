// Subcommands: the first positional word picks the command and the rest is
// parsed by that command's own options. Option guessing (--form for
// --format) is off: a typo must be an error, not a silent match.
#include "cli/options.h"

#include <boost/program_options.hpp>
#include <sstream>

#include "io/file_io.h"

namespace readoutdiff::cli {
namespace po = boost::program_options;

namespace {

constexpr int kStyle = po::command_line_style::default_style & ~po::command_line_style::allow_guessing;

const char* kOverview =
    "readoutdiff: compare the US and PRC readouts of one meeting.\n"
    "\n"
    "Usage:\n"
    "  readoutdiff compare LEFT RIGHT [options]   align, score and report two readouts\n"
    "  readoutdiff batch CORPUS -o OUTDIR [options] compare every pair of a corpus, with gates for CI\n"
    "  readoutdiff merge -o OUTDIR SHARD_DIR...   join the outputs of batch --shard runs\n"
    "  readoutdiff series FILES|DIRS... [options] how each side's readouts change over time\n"
    "  readoutdiff pair DIR... [-o pairs.tsv]     pair each US readout with the PRC readout of its meeting\n"
    "  readoutdiff eval [GOLD.json...] [--real DIR] score the tool on gold annotations\n"
    "  readoutdiff lexicon list [DIR]             show the lexicons (built in, or DIR over them)\n"
    "  readoutdiff lexicon check DIR              validate lexicon files, with file:line errors\n"
    "  readoutdiff version                        print the version\n"
    "\n"
    "Run 'readoutdiff COMMAND --help' for a command's options.\n"
    "Exit status: 0 done, 1 a --fail-on gate tripped, 2 usage or input error,\n"
    "3 internal error (a bug: please report it).\n";

po::options_description common_options() {
    po::options_description options("Common options");
    options.add_options()
        ("lexicons", po::value<std::string>()->value_name("DIR"), "lexicon directory; its files replace the built-in ones of the same name")
        ("max-bytes", po::value<long long>()->value_name("N")->default_value(static_cast<long long>(io::kDefaultMaxBytes)), "largest input file accepted, in bytes")
        ("help,h", "show this help");
    return options;
}

po::options_description compare_options() {
    po::options_description options("compare options");
    options.add_options()
        ("format,f", po::value<std::string>()->value_name("term|json|md|html")->default_value("term"), "report format")
        ("output,o", po::value<std::string>()->value_name("FILE"), "write the report to FILE (atomically) instead of standard output")
        ("width,w", po::value<long long>()->value_name("N"), "terminal report width (default: the terminal's, 100 when not a terminal)")
        ("color", po::value<std::string>()->value_name("auto|always|never")->default_value("auto"), "colors in the terminal report (NO_COLOR is honoured)")
        ("explain", "show under each passage the tone terms that scored it")
        ("force", "compare even one readout with itself, or one that is not English; no warning when both read as one side");
    return options;
}

po::options_description eval_options() {
    po::options_description options("eval options");
    options.add_options()
        ("worst", po::value<size_t>()->value_name("N")->default_value(10), "list the first N alignment errors")
        ("set", po::value<std::vector<std::string>>()->value_name("NAME=VALUE"), "override an aligner parameter (repeatable; see README, Alignment)")
        ("real", po::value<std::string>()->value_name("DIR"), "also score the real pairs whose texts are in DIR (<pair>/us.txt, prc.txt, analyst.json); skipped with a message when DIR is absent")
        ("real-gold", po::value<std::string>()->value_name("DIR")->default_value("corpus/real-gold"), "the real pairs' blind annotations (splits.tsv, <pair>/A.json, B.json)");
    return options;
}

po::options_description batch_options() {
    po::options_description options("batch options");
    options.add_options()
        ("output,o", po::value<std::string>()->value_name("OUTDIR"), "folder for the reports and summaries (created if missing)")
        ("jobs,j", po::value<long long>()->value_name("N"), "pairs compared in parallel (default: the number of cores)")
        ("fail-on", po::value<std::vector<std::string>>()->value_name("EXPR"), "a gate, repeatable: tone_gap>0.6, coverage<0.5, omitted:taiwan, characterization_changed, outlier")
        ("baseline", po::value<std::string>()->value_name("FILE"), "an earlier summary.jsonl: flag pairs whose scores are 2 sd or more from it")
        ("shard", po::value<std::string>()->value_name("K/N"), "process only the K-th of N stable shards")
        ("force", "compare even pairs of two copies of one readout, or readouts that are not English")
        ("pair", po::value<std::string>()->value_name("auto"), "auto: pair the readouts found under CORPUS (as the pair command does; OUTDIR/pairs.tsv keeps the pairs)")
        ("window", po::value<long long>()->value_name("DAYS")->default_value(3), "with --pair auto: the most days between the two readouts of one meeting");
    return options;
}

po::options_description pair_options() {
    po::options_description options("pair options");
    options.add_options()
        ("output,o", po::value<std::string>()->value_name("FILE"), "write pairs.tsv to FILE (atomically), keeping the pairs an earlier FILE holds; default standard output")
        ("window", po::value<long long>()->value_name("DAYS")->default_value(3), "the most days between the two readouts of one meeting")
        ("jobs,j", po::value<long long>()->value_name("N"), "readouts read in parallel (default: the number of cores)");
    return options;
}

po::options_description merge_options() {
    po::options_description options("merge options");
    options.add_options()("output,o", po::value<std::string>()->value_name("OUTDIR"), "folder for the joined outputs");
    return options;
}

po::options_description series_options() {
    po::options_description options("series options");
    options.add_options()
        ("side", po::value<std::string>()->value_name("us|prc"), "only this side's readouts (default: each side present)")
        ("topic", po::value<std::string>()->value_name("ID"), "only this topic: its share and order, and the code phrases and tone-moving sentences on it")
        ("format,f", po::value<std::string>()->value_name("term|json|md|html")->default_value("term"), "report format")
        ("output,o", po::value<std::string>()->value_name("FILE"), "write the report to FILE (atomically) instead of standard output")
        ("width,w", po::value<long long>()->value_name("N"), "terminal report width (default: the terminal's, 100 when not a terminal)")
        ("color", po::value<std::string>()->value_name("auto|always|never")->default_value("auto"), "colors in the terminal report (NO_COLOR is honoured)")
        ("jobs,j", po::value<long long>()->value_name("N"), "readouts analyzed in parallel (default: the number of cores)")
        ("force", "include readouts that are not English");
    return options;
}

std::string help_for(const std::string& usage, const po::options_description& specific) {
    std::ostringstream out;
    out << usage << "\n\n" << specific << '\n' << common_options();
    return out.str();
}

po::variables_map parse_command(const std::vector<std::string>& args, const po::options_description& specific,
                                 const std::string& positional_name, std::vector<std::string>& positionals) {
    po::options_description all;
    all.add(specific).add(common_options());
    po::options_description hidden;
    hidden.add_options()(positional_name.c_str(), po::value<std::vector<std::string>>());
    po::options_description parsed_options;
    parsed_options.add(all).add(hidden);
    po::positional_options_description positional;
    positional.add(positional_name.c_str(), -1);
    po::variables_map vm;
    po::store(po::command_line_parser(args).options(parsed_options).positional(positional).style(kStyle).run(), vm);
    po::notify(vm);
    if (vm.count(positional_name)) positionals = vm[positional_name].as<std::vector<std::string>>();
    return vm;
}

void read_common(const po::variables_map& vm, Invocation& invocation) {
    if (vm.count("lexicons")) invocation.lexicons = vm["lexicons"].as<std::string>();
    long long max_bytes = vm["max-bytes"].as<long long>();
    if (max_bytes < 1) throw UsageError("--max-bytes must be a positive number of bytes, not " + std::to_string(max_bytes));
    if (static_cast<unsigned long long>(max_bytes) > io::kLargestMaxBytes) {
        throw UsageError("--max-bytes must be at most " + std::to_string(io::kLargestMaxBytes) + " (1 GiB), not " +
                         std::to_string(max_bytes));
    }
    invocation.max_bytes = static_cast<size_t>(max_bytes);
}

Format parse_format(const std::string& text) {
    if (text == "term") return Format::term;
    if (text == "json") return Format::json;
    if (text == "md") return Format::md;
    if (text == "html") return Format::html;
    throw UsageError("--format must be term, json, md or html, not '" + text + "'");
}

ColorMode parse_color(const std::string& text) {
    if (text == "auto") return ColorMode::automatic;
    if (text == "always") return ColorMode::always;
    if (text == "never") return ColorMode::never;
    throw UsageError("--color must be auto, always or never, not '" + text + "'");
}

// --width N, 40 to 1000; nothing when not given.
std::optional<size_t> read_width(const po::variables_map& vm) {
    if (!vm.count("width")) return std::nullopt;
    long long width = vm["width"].as<long long>();
    if (width < 40 || width > 1000) throw UsageError("--width must be between 40 and 1000, not " + std::to_string(width));
    return static_cast<size_t>(width);
}

// --jobs N, 1 to 256; 0 (the number of cores) when not given.
size_t read_jobs(const po::variables_map& vm) {
    if (!vm.count("jobs")) return 0;
    long long jobs = vm["jobs"].as<long long>();
    if (jobs < 1 || jobs > 256) throw UsageError("--jobs must be between 1 and 256, not " + std::to_string(jobs));
    return static_cast<size_t>(jobs);
}

Invocation parse_compare(const std::vector<std::string>& args) {
    Invocation invocation;
    std::vector<std::string> files;
    po::variables_map vm = parse_command(args, compare_options(), "file", files);
    if (vm.count("help")) {
        invocation.help_text = help_for(
            "Usage: readoutdiff compare LEFT RIGHT [options]\n"
            "LEFT or RIGHT may be - (standard input), a pipe such as <(...), or an HTML page.\n"
            "The terminal report's labels (agreed, alone; quotes other; =x; ...) are explained\n"
            "in the README, section \"The terminal report\"; its last line is the color legend.",
            compare_options());
        return invocation;
    }
    if (files.size() != 2) {
        throw UsageError("compare takes exactly two readout files (LEFT RIGHT), got " + std::to_string(files.size()));
    }
    if (files[0] == io::kStandardInput && files[1] == io::kStandardInput) {
        throw UsageError("standard input ('-') can be only one of LEFT and RIGHT");
    }
    read_common(vm, invocation);
    invocation.command = Invocation::Command::compare;
    CompareOptions& c = invocation.compare;
    c.left = files[0];
    c.right = files[1];
    c.force = vm.count("force") > 0;
    c.format = parse_format(vm["format"].as<std::string>());
    if (vm.count("output")) c.output = vm["output"].as<std::string>();
    if (c.output.empty() && vm.count("output")) throw UsageError("--output needs a file name");
    c.width = read_width(vm);
    c.color = parse_color(vm["color"].as<std::string>());
    c.explain = vm.count("explain") > 0;
    return invocation;
}

Invocation parse_eval(const std::vector<std::string>& args) {
    Invocation invocation;
    std::vector<std::string> files;
    po::variables_map vm = parse_command(args, eval_options(), "gold", files);
    if (vm.count("help")) {
        invocation.help_text = help_for("Usage: readoutdiff eval [GOLD.json...] [--real DIR] [options]\n"
                                        "Each GOLD.json sits in a pair folder beside us.txt, prc.txt and meta.tsv.",
                                        eval_options());
        return invocation;
    }
    if (files.empty() && !vm.count("real")) throw UsageError("eval needs gold.json files or --real DIR");
    read_common(vm, invocation);
    invocation.command = Invocation::Command::eval;
    invocation.eval.gold_files = files;
    invocation.eval.worst = vm["worst"].as<size_t>();
    if (vm.count("set")) invocation.eval.parameters = vm["set"].as<std::vector<std::string>>();
    if (vm.count("real")) invocation.eval.real_texts = vm["real"].as<std::string>();
    invocation.eval.real_gold = vm["real-gold"].as<std::string>();
    return invocation;
}

Invocation parse_lexicon(const std::vector<std::string>& args) {
    Invocation invocation;
    std::vector<std::string> words;
    po::options_description none("lexicon options");
    po::variables_map vm = parse_command(args, none, "word", words);
    if (vm.count("help")) {
        std::ostringstream help;
        help << "Usage: readoutdiff lexicon list [DIR]\n       readoutdiff lexicon check DIR\n\n" << common_options();
        invocation.help_text = help.str();
        return invocation;
    }
    read_common(vm, invocation);
    if (words.empty() || (words[0] != "list" && words[0] != "check")) {
        throw UsageError("lexicon takes 'list [DIR]' or 'check DIR'");
    }
    if (words[0] == "check" && words.size() != 2) throw UsageError("lexicon check takes one directory");
    if (words[0] == "list" && words.size() > 2) throw UsageError("lexicon list takes at most one directory");
    invocation.command = Invocation::Command::lexicon;
    invocation.lexicon.action = words[0];
    if (words.size() == 2) invocation.lexicon.directory = words[1];
    if (invocation.lexicon.directory.empty()) invocation.lexicon.directory = invocation.lexicons;
    return invocation;
}

// --window DAYS: 0 (the same day only) to 366.
long parse_window(const po::variables_map& vm) {
    long long window = vm["window"].as<long long>();
    if (window < 0 || window > 366) throw UsageError("--window must be between 0 and 366 days, not " + std::to_string(window));
    return static_cast<long>(window);
}

// "K/N" with 1 <= K <= N.
void parse_shard(const std::string& text, size_t& k, size_t& n) {
    size_t slash = text.find('/');
    try {
        if (slash == std::string::npos) throw std::invalid_argument("no slash");
        size_t used_k = 0, used_n = 0;
        long long kk = std::stoll(text.substr(0, slash), &used_k);
        long long nn = std::stoll(text.substr(slash + 1), &used_n);
        if (used_k != slash || used_n != text.size() - slash - 1 || nn < 1 || kk < 1 || kk > nn) throw std::invalid_argument("range");
        k = static_cast<size_t>(kk);
        n = static_cast<size_t>(nn);
    } catch (const std::exception&) {
        throw UsageError("--shard takes K/N with 1 <= K <= N, not '" + text + "'");
    }
}

Invocation parse_batch(const std::vector<std::string>& args) {
    Invocation invocation;
    std::vector<std::string> corpus;
    po::variables_map vm = parse_command(args, batch_options(), "corpus", corpus);
    if (vm.count("help")) {
        invocation.help_text = help_for("Usage: readoutdiff batch CORPUS -o OUTDIR [options]\n"
                                        "CORPUS holds pairs.tsv (id<TAB>left<TAB>right<TAB>date) or one folder per pair with us.* and prc.*;\n"
                                        "with --pair auto, readouts in any layout, paired as the pair command pairs them.",
                                        batch_options());
        return invocation;
    }
    if (corpus.size() != 1) throw UsageError("batch takes one corpus folder, got " + std::to_string(corpus.size()));
    if (!vm.count("output")) throw UsageError("batch needs -o OUTDIR");
    read_common(vm, invocation);
    invocation.command = Invocation::Command::batch;
    BatchCommandOptions& b = invocation.batch;
    b.corpus = corpus[0];
    b.outdir = vm["output"].as<std::string>();
    b.jobs = read_jobs(vm);
    if (vm.count("fail-on")) b.fail_on = vm["fail-on"].as<std::vector<std::string>>();
    if (vm.count("baseline")) b.baseline = vm["baseline"].as<std::string>();
    if (vm.count("shard")) parse_shard(vm["shard"].as<std::string>(), b.shard, b.shards);
    b.force = vm.count("force") > 0;
    if (vm.count("pair")) {
        std::string mode = vm["pair"].as<std::string>();
        if (mode != "auto") throw UsageError("--pair takes 'auto' (pair the readouts found under CORPUS), not '" + mode + "'");
        b.pair_auto = true;
    }
    b.window = parse_window(vm);
    if (!vm["window"].defaulted() && !b.pair_auto) throw UsageError("--window needs --pair auto");
    return invocation;
}

Invocation parse_pair(const std::vector<std::string>& args) {
    Invocation invocation;
    std::vector<std::string> folders;
    po::variables_map vm = parse_command(args, pair_options(), "folder", folders);
    if (vm.count("help")) {
        invocation.help_text = help_for("Usage: readoutdiff pair DIR... [-o pairs.tsv] [options]\n"
                                        "Pairs each US readout (.txt, .md) found under the folders with the PRC readout of the same meeting;\n"
                                        "lists every readout in no pair, with the reason, on standard error.",
                                        pair_options());
        return invocation;
    }
    if (folders.empty()) throw UsageError("pair needs at least one folder of readouts");
    read_common(vm, invocation);
    invocation.command = Invocation::Command::pair;
    PairCommandOptions& p = invocation.pair;
    p.folders = folders;
    if (vm.count("output")) p.output = vm["output"].as<std::string>();
    if (p.output.empty() && vm.count("output")) throw UsageError("--output needs a file name");
    p.window = parse_window(vm);
    p.jobs = read_jobs(vm);
    return invocation;
}

Invocation parse_series(const std::vector<std::string>& args) {
    Invocation invocation;
    std::vector<std::string> paths;
    po::variables_map vm = parse_command(args, series_options(), "path", paths);
    if (vm.count("help")) {
        invocation.help_text = help_for("Usage: readoutdiff series FILES|DIRS... [options]\n"
                                        "Readouts (files, folders of them, or batch OUTDIRs) in date order, per side: what each\n"
                                        "adds, drops or changes against the previous one and the whole series.",
                                        series_options());
        return invocation;
    }
    if (paths.empty()) throw UsageError("series needs readout files, folders or batch OUTDIRs");
    read_common(vm, invocation);
    invocation.command = Invocation::Command::series;
    SeriesCommandOptions& s = invocation.series;
    s.paths = paths;
    if (vm.count("side")) {
        std::string side = vm["side"].as<std::string>();
        if (side == "us") s.side = SeriesCommandOptions::Side::us;
        else if (side == "prc") s.side = SeriesCommandOptions::Side::prc;
        else throw UsageError("--side must be us or prc, not '" + side + "'");
    }
    if (vm.count("topic")) s.topic = vm["topic"].as<std::string>();
    s.format = parse_format(vm["format"].as<std::string>());
    if (vm.count("output")) s.output = vm["output"].as<std::string>();
    if (s.output.empty() && vm.count("output")) throw UsageError("--output needs a file name");
    s.width = read_width(vm);
    s.color = parse_color(vm["color"].as<std::string>());
    s.jobs = read_jobs(vm);
    s.force = vm.count("force") > 0;
    return invocation;
}

Invocation parse_merge(const std::vector<std::string>& args) {
    Invocation invocation;
    std::vector<std::string> dirs;
    po::variables_map vm = parse_command(args, merge_options(), "dir", dirs);
    if (vm.count("help")) {
        invocation.help_text = help_for("Usage: readoutdiff merge -o OUTDIR SHARD_DIR...", merge_options());
        return invocation;
    }
    if (dirs.empty()) throw UsageError("merge needs the output folders of the shard runs");
    if (!vm.count("output")) throw UsageError("merge needs -o OUTDIR");
    read_common(vm, invocation);
    invocation.command = Invocation::Command::merge;
    invocation.merge.shard_dirs = dirs;
    invocation.merge.outdir = vm["output"].as<std::string>();
    return invocation;
}

}  // namespace

Invocation parse_arguments(int argc, const char* const* argv) {
    std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    try {
        if (args.empty()) throw UsageError("no command given");
        const std::string& first = args.front();
        std::vector<std::string> rest(args.begin() + 1, args.end());
        if (first == "-h" || first == "--help" || first == "help") {
            Invocation invocation;
            invocation.help_text = kOverview;
            return invocation;
        }
        if (first == "--version" || first == "version") {
            if (rest.size() == 1 && (rest[0] == "--help" || rest[0] == "-h")) {
                Invocation invocation;
                invocation.help_text =
                    "Usage: readoutdiff version (or readoutdiff --version)\n"
                    "Prints the version, the git commit it was built from, the ICU version and a hash of the\n"
                    "built-in lexicons.\n";
                return invocation;
            }
            if (!rest.empty()) throw UsageError("version takes no arguments");
            Invocation invocation;
            invocation.command = Invocation::Command::version;
            return invocation;
        }
        if (first == "compare") return parse_compare(rest);
        if (first == "eval") return parse_eval(rest);
        if (first == "batch") return parse_batch(rest);
        if (first == "merge") return parse_merge(rest);
        if (first == "series") return parse_series(rest);
        if (first == "pair") return parse_pair(rest);
        if (first == "lexicon") return parse_lexicon(rest);
        if (!first.empty() && first[0] == '-') throw UsageError("unknown option '" + first + "' before the command");
        throw UsageError("unknown command '" + first + "'");
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
}

}  // namespace readoutdiff::cli
