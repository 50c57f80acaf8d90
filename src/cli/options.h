// The command line, parsed into plain structs; Boost.Program_options is used
// only in options.cpp.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace readoutdiff::cli {

// A mistake on the command line: exit status 2, with the message and a hint.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class Format { term, json, md, html };
enum class ColorMode { automatic, always, never };

struct CompareOptions {
    std::string left;
    std::string right;
    Format format = Format::term;
    std::string output;  // empty: standard output
    std::optional<size_t> width;
    ColorMode color = ColorMode::automatic;
    bool explain = false;
    bool force = false;  // compare one readout with itself, or one that is not English; no same-side warning
};

struct EvalOptions {
    std::vector<std::string> gold_files;
    size_t worst = 10;
    std::vector<std::string> parameters;  // --set NAME=VALUE, aligner parameters
    std::string real_texts;               // --real DIR: the real pairs' texts; empty: not scored
    std::string real_gold;                // --real-gold DIR: their annotations
};

struct LexiconOptions {
    std::string action;  // list or check
    std::string directory;  // for check (required) and list (optional: built-in when empty)
};

struct BatchCommandOptions {
    std::string corpus;
    std::string outdir;
    size_t jobs = 0;  // 0: the number of cores
    std::vector<std::string> fail_on;
    std::string baseline;
    size_t shard = 1;
    size_t shards = 1;
    bool force = false;  // as compare's --force, for every pair
    bool pair_auto = false;  // --pair auto: pair the readouts found under CORPUS (see PairCommandOptions)
    long window = 3;         // --window, with --pair auto
};

struct PairCommandOptions {
    std::vector<std::string> folders;  // folders searched for readouts (or readout files)
    std::string output;                // pairs.tsv to write (and keep the pairs of); empty: standard output
    long window = 3;                   // days between the two readouts of one meeting, at most
    size_t jobs = 0;                   // 0: the number of cores
};

struct MergeOptions {
    std::vector<std::string> shard_dirs;
    std::string outdir;
};

// series: readouts over time (src/series/).
struct SeriesCommandOptions {
    std::vector<std::string> paths;  // readout files, folders, batch OUTDIRs
    enum class Side { both, us, prc } side = Side::both;  // --side
    std::string topic;                // --topic ID; checked against the lexicons when they are loaded
    Format format = Format::term;
    std::string output;  // empty: standard output
    std::optional<size_t> width;
    ColorMode color = ColorMode::automatic;
    size_t jobs = 0;     // 0: the number of cores
    bool force = false;  // also readouts that are not English
};

struct Invocation {
    enum class Command { compare, eval, lexicon, batch, merge, pair, series, version, help } command = Command::help;
    std::string help_text;  // for Command::help
    std::string lexicons;   // --lexicons DIR; empty: built in
    size_t max_bytes = 0;   // --max-bytes
    CompareOptions compare;
    EvalOptions eval;
    LexiconOptions lexicon;
    BatchCommandOptions batch;
    MergeOptions merge;
    PairCommandOptions pair;
    SeriesCommandOptions series;
};

// Throws UsageError for unknown options or commands, missing or extra files
// and bad values.
Invocation parse_arguments(int argc, const char* const* argv);

}  // namespace readoutdiff::cli
