// One loader per file kind, each checking its categories and weight ranges,
// so that `lexicon check` and normal loading enforce exactly the same rules.
#include "lexicon/lexicons.h"

#include <algorithm>
#include <dirent.h>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>

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

using CategoryRanges = std::map<std::string, Range, std::less<>>;

// What a term file's rows must satisfy.
struct TermSchema {
    CategoryRanges categories;  // empty: any category, weight 0..1
    bool stemmed = true;        // false for abbreviations, matched as written
    std::string required_key;   // a note attribute every row must have, if not empty
    std::set<std::string> allowed_values;
};

// Row-level problems are thrown at once when loading, and collected when
// checking, so `lexicon check` lists every bad row of a file, in line order.
class Problems {
public:
    explicit Problems(std::vector<std::string>* collected) : m_collected(collected) {}
    std::vector<Error>* row_errors() { return m_collected ? &m_pending : nullptr; }
    void report(const Error& error) {
        if (m_collected == nullptr) throw error;
        m_pending.push_back(error);
    }
    // Hands the problems found in one file over, sorted by line.
    void end_of_file() {
        std::stable_sort(m_pending.begin(), m_pending.end(),
                         [](const Error& a, const Error& b) { return a.line() < b.line(); });
        for (const Error& error : m_pending) m_collected->push_back(error.what());
        m_pending.clear();
    }

private:
    std::vector<std::string>* m_collected;
    std::vector<Error> m_pending;
};

std::string known_list(const CategoryRanges& ranges) {
    std::string out;
    for (const auto& [name, range] : ranges) out += (out.empty() ? "" : ", ") + name;
    return out;
}

Term make_term(const TsvRow& row, const std::string& file, const Range& range, bool stemmed) {
    Term term;
    term.text = std::string(row.fields[0]);
    term.category = std::string(row.fields[1]);
    term.weight = parse_weight(row, 2, file, range.low, range.high);
    term.note = std::string(row.fields[3]);
    term.line = row.line;
    if (stemmed) {
        if (std::optional<TermTokens> known = builtin_term_tokens(term.text)) {
            term.words = std::move(known->words);
            term.stems = std::move(known->stems);
        } else {
            for (segment::Token& token : segment::phrase_tokens(term.text)) {
                term.words.push_back(std::move(token.folded));
                term.stems.push_back(std::move(token.stem));
            }
        }
        if (term.stems.empty()) throw Error(file, "term '" + term.text + "' has no words", row.line, 1);
    }
    return term;
}

std::string join_words(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

void check_attribute(const Term& term, const TermSchema& schema, const std::string& file) {
    if (schema.required_key.empty() || schema.allowed_values.count(term.attribute(schema.required_key))) return;
    std::string expected;
    for (const auto& value : schema.allowed_values) expected += (expected.empty() ? "" : "|") + value;
    throw Error(file, "note must start with " + schema.required_key + "=" + expected, term.line, 1);
}

std::vector<Term> load_terms(std::string_view content, const std::string& file, const TermSchema& schema,
                             Problems& problems) {
    std::vector<TsvRow> rows = parse_tsv(content, file, kTermColumns, problems.row_errors());
    std::vector<Term> terms;
    terms.reserve(rows.size());
    std::unordered_set<std::string> seen;  // words, tab, category
    seen.reserve(rows.size());
    for (const TsvRow& row : rows) {
        try {
            Range range{0, 1};
            if (!schema.categories.empty()) {
                auto it = schema.categories.find(row.fields[1]);
                if (it == schema.categories.end()) {
                    throw Error(file, "unknown category '" + std::string(row.fields[1]) + "' (expected one of: " +
                                          known_list(schema.categories) + ")", row.line, row.columns[1]);
                }
                range = it->second;
            }
            Term term = make_term(row, file, range, schema.stemmed);
            // "one-china policy" and "one china policy" are the same words to the matcher.
            std::string key = schema.stemmed ? join_words(term.words) : term.text;
            if (!seen.insert(key + '\t' + term.category).second) {
                throw Error(file, "duplicate term '" + term.text + "' in category '" + term.category + "'", row.line, 1);
            }
            check_attribute(term, schema, file);
            terms.push_back(std::move(term));
        } catch (const Error& error) {
            problems.report(error);
        }
    }
    return terms;
}

std::vector<Topic> load_topics(std::string_view content, const std::string& file, Problems& problems) {
    std::vector<Topic> topics;
    std::vector<TsvRow> rows = parse_tsv(content, file, {"topic", "label"}, problems.row_errors());
    for (const TsvRow& row : rows) {
        bool duplicate = std::any_of(topics.begin(), topics.end(), [&](const Topic& t) { return t.id == row.fields[0]; });
        if (duplicate) problems.report(Error(file, "duplicate topic '" + std::string(row.fields[0]) + "'", row.line, 1));
        else topics.push_back(Topic{std::string(row.fields[0]), std::string(row.fields[1])});
    }
    return topics;
}

CategoryRanges same_range(std::initializer_list<std::string> names, Range range) {
    CategoryRanges out;
    for (const auto& name : names) out[name] = range;
    return out;
}

// Loads one named file's content into lexicons. topic_terms.tsv is checked
// against the topics already loaded, so topics.tsv must come first.
void load_file(Lexicons& lexicons, const std::string& name, std::string_view content, const std::string& path,
               Problems& problems) {
    if (name == "tone.tsv") {
        TermSchema schema{{{"cooperative", {0, 1}}, {"confrontational", {-1, 0}}, {"euphemism", {-1, 0}},
                           {"assertive", {0, 1}}, {"hedge", {0, 1}}, {"intensifier", {1, 3}}, {"negator", {-1, 1}}},
                          true, "", {}};
        lexicons.tone = load_terms(content, path, schema, problems);
    } else if (name == "topics.tsv") {
        lexicons.topics = load_topics(content, path, problems);
    } else if (name == "topic_terms.tsv") {
        TermSchema schema;
        for (const Topic& topic : lexicons.topics) schema.categories[topic.id] = {0, 1};
        lexicons.topic_terms = load_terms(content, path, schema, problems);
    } else if (name == "actors.tsv") {
        lexicons.actors = load_terms(content, path, TermSchema{{}, true, "side", {"us", "prc", "other"}}, problems);
    } else if (name == "characterization.tsv") {
        TermSchema schema{same_range({"cordial", "constructive", "candid", "frank", "exchanged-views"}, {0, 1}), true, "", {}};
        lexicons.characterization = load_terms(content, path, schema, problems);
    } else if (name == "cues.tsv") {
        TermSchema schema{same_range({"request", "agreement", "speech", "characterize", "copula", "future",
                                      "prohibition", "us-usage", "prc-usage"},
                                     {0, 1}),
                          true, "", {}};
        lexicons.cues = load_terms(content, path, schema, problems);
    } else if (name == "code_phrases.tsv") {
        lexicons.code_phrases = load_terms(content, path, TermSchema{{}, true, "variant", {"us", "prc", "shared"}}, problems);
    } else if (name == "paraphrases.tsv") {
        lexicons.paraphrases = load_terms(content, path, TermSchema{}, problems);
    } else if (name == "abbreviations.tsv") {
        TermSchema schema{same_range({"title", "suffix", "inner-dot", "other"}, {0, 1}), false, "", {}};
        lexicons.abbreviations = segment::Abbreviations{};
        for (const Term& term : load_terms(content, path, schema, problems)) {
            lexicons.abbreviations.add(term.text, term.weight >= 1.0);
        }
    }
}

Lexicons load(const std::function<std::optional<std::string>(const std::string&)>& override_content,
              const std::string& dir, std::vector<std::string>* collected = nullptr) {
    Problems problems(collected);
    Lexicons lexicons;
    for (const std::string& name : lexicon_file_names()) {
        std::optional<std::string> content = override_content(name);
        std::string path = content ? dir + "/" + name : "corpus/lexicons/" + name + " (built in)";
        std::string_view text = content ? std::string_view(*content) : builtin_lexicon_file(name);
        try {
            load_file(lexicons, name, text, path, problems);
        } catch (const Error& error) {
            if (collected == nullptr) throw;
            problems.report(error);  // a file-level problem (its header): the file stops here
        }
        if (collected != nullptr) problems.end_of_file();
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

std::vector<const std::vector<Term>*> Lexicons::term_lexicons() const {
    return {&tone, &topic_terms, &actors, &characterization, &cues, &code_phrases, &paraphrases};
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
                                                   "cues.tsv",          "code_phrases.tsv", "paraphrases.tsv"};
    return names;
}

Lexicons parse_builtin_lexicons() {
    return load([](const std::string&) { return std::nullopt; }, "");
}

Lexicons load_lexicons(const std::string& dir) {
    DIR* handle = ::opendir(dir.c_str());
    if (handle == nullptr) throw Error(dir, "lexicon directory cannot be opened");
    ::closedir(handle);
    return load(
        [&](const std::string& name) { return io::read_file_if_present(dir + "/" + name); },
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
                               "paraphrases.tsv, abbreviations.tsv)");
        }
    }
    bool any_known = std::any_of(present.begin(), present.end(), [&](const std::string& name) {
        return std::find(known.begin(), known.end(), name) != known.end();
    });
    if (!any_known) {
        problems.push_back(dir + ": contains no lexicon files (.tsv files named as in corpus/lexicons/)");
        return problems;
    }
    // The present files over the built-in ones, every bad row reported.
    load(
        [&](const std::string& name) -> std::optional<std::string> {
            if (std::find(present.begin(), present.end(), name) == present.end()) return std::nullopt;
            try {
                return io::read_file(dir + "/" + name);
            } catch (const Error& error) {
                problems.push_back(error.what());
                return std::string();
            }
        },
        dir, &problems);
    return problems;
}

}  // namespace readoutdiff::lexicon
