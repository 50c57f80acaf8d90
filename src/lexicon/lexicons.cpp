// One loader per file kind, each checking its categories and weight ranges,
// so that `lexicon check` and normal loading enforce exactly the same rules.
#include "lexicon/lexicons.h"

#include <algorithm>
#include <dirent.h>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "error.h"
#include "io/file_io.h"
#include "lexicon/builtin.h"
#include "lexicon/tsv.h"
#include "segment/tokenizer.h"

namespace readoutdiff::lexicon {
namespace {

const std::vector<std::string> kTermColumns = {"term", "category", "weight", "note"};

struct Range {
    double low;
    double high;
};

using CategoryRanges = std::map<std::string, Range>;

std::string known_list(const CategoryRanges& ranges) {
    std::string out;
    for (const auto& [name, range] : ranges) out += (out.empty() ? "" : ", ") + name;
    return out;
}

Term make_term(const TsvRow& row, const std::string& file, const Range& range, bool stemmed) {
    Term term;
    term.text = row.fields[0];
    term.category = row.fields[1];
    term.weight = parse_weight(row, 2, file, range.low, range.high);
    term.note = row.fields[3];
    term.file = file;
    term.line = row.line;
    if (stemmed) {
        for (segment::Token& token : segment::phrase_tokens(term.text)) {
            term.words.push_back(std::move(token.folded));
            term.stems.push_back(std::move(token.stem));
        }
        if (term.stems.empty()) throw Error(file, "term '" + term.text + "' has no words", row.line, 1);
    }
    return term;
}

// Rows of a term file whose category must be one of ranges' keys.
std::vector<Term> load_terms(std::string_view content, const std::string& file, const CategoryRanges& ranges,
                             bool stemmed = true) {
    std::vector<Term> terms;
    std::set<std::pair<std::string, std::string>> seen;
    for (const TsvRow& row : parse_tsv(content, file, kTermColumns)) {
        auto range = ranges.find(row.fields[1]);
        if (range == ranges.end()) {
            throw Error(file, "unknown category '" + row.fields[1] + "' (expected one of: " + known_list(ranges) + ")",
                        row.line, row.columns[1]);
        }
        if (!seen.insert({row.fields[0], row.fields[1]}).second) {
            throw Error(file, "duplicate term '" + row.fields[0] + "' in category '" + row.fields[1] + "'", row.line, 1);
        }
        terms.push_back(make_term(row, file, range->second, stemmed));
    }
    return terms;
}

void require_attribute(const Term& term, std::string_view key, const std::set<std::string>& allowed) {
    std::string value = term.attribute(key);
    if (allowed.count(value) == 0) {
        std::string expected;
        for (const auto& a : allowed) expected += (expected.empty() ? "" : "|") + a;
        throw Error(term.file, "note must start with " + std::string(key) + "=" + expected, term.line, 1);
    }
}

std::vector<Topic> load_topics(std::string_view content, const std::string& file) {
    std::vector<Topic> topics;
    for (const TsvRow& row : parse_tsv(content, file, {"topic", "label"})) {
        for (const Topic& t : topics) {
            if (t.id == row.fields[0]) throw Error(file, "duplicate topic '" + t.id + "'", row.line, 1);
        }
        topics.push_back(Topic{row.fields[0], row.fields[1]});
    }
    return topics;
}

CategoryRanges same_range(std::initializer_list<std::string> names, Range range) {
    CategoryRanges out;
    for (const auto& name : names) out[name] = range;
    return out;
}

// Loads one named file's content into lexicons (actors and code phrases,
// which take any category, are loaded by load()). topic_terms.tsv is checked
// against the topics already loaded, so topics.tsv must come first.
void load_file(Lexicons& lexicons, const std::string& name, std::string_view content, const std::string& path) {
    if (name == "tone.tsv") {
        lexicons.tone = load_terms(content, path,
                                   {{"cooperative", {0, 1}},   {"confrontational", {-1, 0}}, {"euphemism", {-1, 0}},
                                    {"assertive", {0, 1}},     {"hedge", {0, 1}},            {"intensifier", {1, 3}},
                                    {"negator", {-1, 1}}});
    } else if (name == "topics.tsv") {
        lexicons.topics = load_topics(content, path);
    } else if (name == "topic_terms.tsv") {
        CategoryRanges ranges;
        for (const Topic& topic : lexicons.topics) ranges[topic.id] = {0, 1};
        lexicons.topic_terms = load_terms(content, path, ranges);
    } else if (name == "characterization.tsv") {
        lexicons.characterization =
            load_terms(content, path, same_range({"cordial", "constructive", "candid", "frank", "exchanged-views"}, {0, 1}));
    } else if (name == "cues.tsv") {
        lexicons.cues =
            load_terms(content, path, same_range({"request", "agreement", "speech", "characterize", "future", "prohibition"}, {0, 1}));
    } else if (name == "abbreviations.tsv") {
        lexicons.abbreviations = segment::Abbreviations{};
        for (const Term& term : load_terms(content, path, same_range({"title", "suffix", "inner-dot", "other"}, {0, 1}), false)) {
            lexicons.abbreviations.add(term.text, term.weight >= 1.0);
        }
    }
}

// Actors and code phrases take any category; their own checks run after.
std::vector<Term> any_category_terms(std::string_view content, const std::string& path) {
    std::vector<Term> terms;
    for (const TsvRow& row : parse_tsv(content, path, kTermColumns)) terms.push_back(make_term(row, path, {0, 1}, true));
    return terms;
}

Lexicons load(const std::function<std::optional<std::string>(const std::string&)>& override_content,
              const std::string& dir) {
    Lexicons lexicons;
    for (const std::string& name : lexicon_file_names()) {
        std::optional<std::string> content = override_content(name);
        std::string path = content ? dir + "/" + name : "corpus/lexicons/" + name + " (built in)";
        std::string_view text = content ? std::string_view(*content) : builtin_lexicon_file(name);
        if (name == "actors.tsv" || name == "code_phrases.tsv") {
            auto& target = name == "actors.tsv" ? lexicons.actors : lexicons.code_phrases;
            target = any_category_terms(text, path);
            for (const Term& term : target) {
                if (name == "actors.tsv") require_attribute(term, "side", {"us", "prc", "other"});
                else require_attribute(term, "variant", {"us", "prc", "shared"});
            }
        } else {
            load_file(lexicons, name, text, path);
        }
    }
    return lexicons;
}

}  // namespace

std::string_view to_string(Side side) {
    switch (side) {
        case Side::us: return "us";
        case Side::prc: return "prc";
        case Side::both: return "both";
        case Side::unknown: break;
    }
    return "unknown";
}

Side side_from_string(std::string_view text) {
    if (text == "us") return Side::us;
    if (text == "prc") return Side::prc;
    if (text == "other" || text == "both") return Side::both;
    return Side::unknown;
}

std::string Term::attribute(std::string_view key) const {
    std::string_view rest = note;
    while (!rest.empty()) {
        size_t semicolon = rest.find(';');
        std::string_view part = rest.substr(0, semicolon);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        size_t equals = part.find('=');
        if (equals == std::string_view::npos) break;
        std::string_view name = part.substr(0, equals);
        std::string_view value = part.substr(equals + 1);
        size_t value_end = value.find_first_of(" \t");
        if (name == key) return std::string(value.substr(0, value_end));
        if (semicolon == std::string_view::npos) break;
        rest.remove_prefix(semicolon + 1);
    }
    return "";
}

const Topic* Lexicons::find_topic(std::string_view id) const {
    for (const Topic& topic : topics) {
        if (topic.id == id) return &topic;
    }
    return nullptr;
}

const std::vector<std::string>& lexicon_file_names() {
    static const std::vector<std::string> names = {"abbreviations.tsv", "tone.tsv",  "topics.tsv",
                                                   "topic_terms.tsv",   "actors.tsv", "characterization.tsv",
                                                   "cues.tsv",          "code_phrases.tsv"};
    return names;
}

const Lexicons& builtin_lexicons() {
    static const Lexicons lexicons = load([](const std::string&) { return std::nullopt; }, "");
    return lexicons;
}

Lexicons load_lexicons(const std::string& dir) {
    DIR* handle = ::opendir(dir.c_str());
    if (handle == nullptr) throw Error(dir, "lexicon directory cannot be opened");
    ::closedir(handle);
    return load(
        [&](const std::string& name) -> std::optional<std::string> {
            try {
                return io::read_file(dir + "/" + name);
            } catch (const Error& error) {
                if (error.message() == "no such file") return std::nullopt;
                throw;
            }
        },
        dir);
}

std::vector<std::string> check_lexicons(const std::string& dir) {
    std::vector<std::string> problems;
    DIR* handle = ::opendir(dir.c_str());
    if (handle == nullptr) return {dir + ": lexicon directory cannot be opened"};
    std::vector<std::string> present;
    while (dirent* entry = ::readdir(handle)) {
        std::string name = entry->d_name;
        if (name.size() > 4 && name.substr(name.size() - 4) == ".tsv") present.push_back(name);
    }
    ::closedir(handle);
    std::sort(present.begin(), present.end());
    const auto& known = lexicon_file_names();
    for (const std::string& name : present) {
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            problems.push_back(dir + "/" + name + ": not a lexicon file name (known: tone.tsv, topics.tsv, "
                               "topic_terms.tsv, actors.tsv, characterization.tsv, cues.tsv, code_phrases.tsv, "
                               "abbreviations.tsv)");
        }
    }
    // Each present file is loaded on top of the built-in ones, alone, so one
    // broken file does not hide the problems of another.
    for (const std::string& name : known) {
        if (std::find(present.begin(), present.end(), name) == present.end()) continue;
        try {
            std::string content = io::read_file(dir + "/" + name);
            load([&](const std::string& n) -> std::optional<std::string> {
                     if (n == name) return content;
                     return std::nullopt;
                 },
                 dir);
        } catch (const Error& error) {
            problems.push_back(error.what());
        }
    }
    return problems;
}

}  // namespace readoutdiff::lexicon
