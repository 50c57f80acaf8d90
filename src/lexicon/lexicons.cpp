// One loader per file kind, each checking its categories and weight ranges,
// so that `lexicon check` and normal loading enforce exactly the same rules.
#include "lexicon/lexicons.h"

#include <algorithm>
#include <dirent.h>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "error.h"
#include "io/file_io.h"
#include "lexicon/builtin.h"
#include "lexicon/tsv.h"
#include "segment/tokenizer.h"
#include "text/inflection.h"

namespace readoutdiff::lexicon {
namespace {

const std::vector<std::string> kTermColumns = {"term", "category", "weight", "note"};

struct Range {
    double low;
    double high;
};

using CategoryRanges = std::map<Category, Range>;

// What a term file's rows must satisfy.
struct TermSchema {
    CategoryRanges categories;  // empty: the category is an id, weight 0..1
    std::vector<std::string> ids;  // the ids allowed (topic_terms: the topics); empty: any id
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
    std::vector<std::string_view> names;
    for (const auto& [category, range] : ranges) names.push_back(to_string(category));
    std::sort(names.begin(), names.end());
    std::string out;
    for (std::string_view name : names) out += (out.empty() ? "" : ", ") + std::string(name);
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

// Whether one term's words are the other's or their inflections, word by word
// ("warning" and "warn", "committed to" and "commit to"): the matcher finds both.
bool finds_the_same_words(const Term& a, const Term& b) {
    auto inflects = [](const Term& x, const Term& y) {
        return x.words.size() == y.words.size() &&
               std::equal(x.words.begin(), x.words.end(), y.words.begin(),
                          [](const std::string& word, const std::string& base) { return text::is_inflection_of(word, base); });
    };
    return inflects(a, b) || inflects(b, a);
}

std::string join_words(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

// Reads "key=value" from a note's leading "key=value; key=value" part.
std::string_view note_value(std::string_view note, std::string_view key) {
    while (!note.empty()) {
        size_t semicolon = note.find(';');
        std::string_view part = note.substr(0, semicolon);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        size_t equals = part.find('=');
        if (equals == std::string_view::npos) break;
        std::string_view value = part.substr(equals + 1);
        if (part.substr(0, equals) == key) return value.substr(0, value.find_first_of(" \t"));
        if (semicolon == std::string_view::npos) break;
        note.remove_prefix(semicolon + 1);
    }
    return {};
}

// The typed value of a note's key=value, or an error naming what is allowed.
template <typename Parse>
auto required_note_value(const Term& term, std::string_view key, std::string_view allowed, const std::string& path,
                         Parse parse) {
    auto value = parse(note_value(term.note, key));
    if (!value) throw Error(path, "note must start with " + std::string(key) + "=" + std::string(allowed), term.line, 1);
    return *value;
}

std::vector<Term> load_terms(std::string_view content, const LexiconFile& lexicon, const std::string& file,
                             const TermSchema& schema, Problems& problems) {
    std::vector<TsvRow> rows = parse_tsv(content, file, kTermColumns, problems.row_errors());
    std::vector<Term> terms;
    terms.reserve(rows.size());
    // Terms by what the matcher indexes (stems, or the text as written), tab, category.
    std::unordered_map<std::string, std::vector<size_t>> seen;
    seen.reserve(rows.size());
    for (const TsvRow& row : rows) {
        try {
            Range range{0, 1};
            if (!schema.categories.empty()) {
                std::optional<Category> category = category_from_string(row.fields[1]);
                auto it = category ? schema.categories.find(*category) : schema.categories.end();
                if (it == schema.categories.end()) {
                    throw Error(file, "unknown category '" + std::string(row.fields[1]) + "' (expected one of: " +
                                          known_list(schema.categories) + ")", row.line, row.columns[1]);
                }
                range = it->second;
            } else if (!schema.ids.empty() &&
                       std::find(schema.ids.begin(), schema.ids.end(), row.fields[1]) == schema.ids.end()) {
                std::string known;
                for (const std::string& id : schema.ids) known += (known.empty() ? "" : ", ") + id;
                throw Error(file, "unknown category '" + std::string(row.fields[1]) + "' (expected one of: " + known + ")",
                            row.line, row.columns[1]);
            }
            Term term = make_term(row, file, range, lexicon.stemmed);
            type_term(term, lexicon.kind, file);
            // "one-china policy" and "one china policy" are the same words to the matcher, and
            // "warn" finds "warning": a second term that finds the same words counts them twice.
            std::vector<size_t>& same_key = seen[(lexicon.stemmed ? join_words(term.stems) : term.text) + '\t' + term.category];
            for (size_t before : same_key) {
                const Term& other = terms[before];
                if (lexicon.stemmed && !finds_the_same_words(term, other)) continue;
                std::string what = join_words(other.words) == join_words(term.words)
                                       ? "duplicate term '" + term.text + "'"
                                       : "term '" + term.text + "' finds the words of '" + other.text + "' (line " +
                                             std::to_string(other.line) + ")";
                throw Error(file, what + " in category '" + term.category + "'", row.line, 1);
            }
            same_key.push_back(terms.size());
            terms.push_back(std::move(term));
        } catch (const Error& error) {
            problems.report(error);
        }
    }
    return terms;
}

std::optional<TopicKind> topic_kind_from_string(std::string_view text) {
    if (text == "topic") return TopicKind::topic;
    if (text == "broad") return TopicKind::broad;
    if (text == "subject") return TopicKind::subject;
    if (text == "finer") return TopicKind::finer;
    return std::nullopt;
}

std::vector<Topic> load_topics(std::string_view content, const std::string& file, Problems& problems) {
    std::vector<Topic> topics;
    std::vector<TsvRow> rows = parse_tsv(content, file, {"topic", "label", "kind", "within"}, problems.row_errors());
    for (const TsvRow& row : rows) {
        bool duplicate = std::any_of(topics.begin(), topics.end(), [&](const Topic& t) { return t.id == row.fields[0]; });
        if (duplicate) {
            problems.report(Error(file, "duplicate topic '" + std::string(row.fields[0]) + "'", row.line, 1));
        } else if (std::optional<TopicKind> kind = topic_kind_from_string(row.fields[2])) {
            if ((*kind == TopicKind::finer) != !row.fields[3].empty()) {
                problems.report(Error(file, "a finer subject, and only one, names the topic it is within", row.line, row.columns[3]));
                continue;
            }
            bool within_a_topic = row.fields[3].empty() || std::any_of(topics.begin(), topics.end(), [&](const Topic& t) {
                return t.id == row.fields[3] && (t.kind == TopicKind::topic || t.kind == TopicKind::broad);
            });
            if (!within_a_topic) {
                problems.report(Error(file, "'" + std::string(row.fields[3]) + "' is no topic listed above", row.line, row.columns[3]));
                continue;
            }
            topics.push_back(Topic{std::string(row.fields[0]), std::string(row.fields[1]), *kind, std::string(row.fields[3])});
        } else {
            problems.report(Error(file, "kind '" + std::string(row.fields[2]) + "' is not topic, broad, subject or finer", row.line,
                                  row.columns[2]));
        }
    }
    return topics;
}

CategoryRanges same_range(std::initializer_list<Category> categories, Range range) {
    CategoryRanges out;
    for (Category category : categories) out[category] = range;
    return out;
}

// The categories each file allows, with their weight ranges; files not
// named here take ids (topic_terms.tsv: the ids of topics.tsv).
TermSchema schema_of(LexiconKind kind) {
    using enum Category;
    switch (kind) {
        case LexiconKind::tone: {
            CategoryRanges ranges{{cooperative, {0, 1}}, {confrontational, {-1, 0}}, {euphemism, {-1, 0}},
                                  {assertive, {0, 1}},   {hedge, {0, 1}},            {intensifier, {1, 3}},
                                  {negator, {-1, 1}}};
            for (Category act : {obligation, demand, warning, threat, concern, bleak, risk}) ranges[act] = {-1, 0};
            for (Category act : {reassurance, commitment, praise, hopeful}) ranges[act] = {0, 1};
            return {ranges, {}};
        }
        case LexiconKind::characterization:
            return {same_range({cordial, constructive, candid, frank, exchanged_views}, {0, 1}), {}};
        case LexiconKind::cues:
            return {same_range({request, agreement, settle, agreement_noun, joint_step, joint_pledge, appeal, speech, meeting, hold_meeting, greet, travel, attend, delegation, agenda,
                                lead_in, opener, pronoun, plural_pronoun, name_joiner, modifier_joiner, other_occasion, background, office, official_title, venue, manner,
                                characterize, copula, judge, future, prohibition, us_usage, prc_usage, contrast, concession, restate, bond, view, deed, remote,
                                in_person},
                               {0, 1}),
                    {}};
        case LexiconKind::abbreviations: return {same_range({title, suffix, inner_dot, other}, {0, 1}), {}};
        case LexiconKind::segment_words:
            return {same_range({stopword, sentence_opener, abbreviation_continuation, name_link}, {0, 0}), {}};
        default: return {};  // ids: topic_terms (the topics of topics.tsv), actors, code_phrases, paraphrases
    }
}

// Loads one named file's content into lexicons. topic_terms.tsv is checked
// against the topics already loaded, so topics.tsv must come first.
void load_file(Lexicons& lexicons, const LexiconFile& file, std::string_view content, const std::string& path,
               Problems& problems) {
    if (file.kind == LexiconKind::topics) {
        lexicons.topics = load_topics(content, path, problems);
        return;
    }
    TermSchema schema = schema_of(file.kind);
    if (file.kind == LexiconKind::topic_terms) {
        for (const Topic& topic : lexicons.topics) schema.ids.push_back(topic.id);
    }
    lexicons.*file.terms = load_terms(content, file, path, schema, problems);
}

Lexicons load(const std::function<std::optional<std::string>(const std::string&)>& override_content,
              const std::string& dir, std::vector<std::string>* collected = nullptr) {
    Problems problems(collected);
    Lexicons lexicons;
    for (const LexiconFile& file : lexicon_files()) {
        std::string name(file.name);
        std::optional<std::string> content = override_content(name);
        std::string path = content ? dir + "/" + name : "corpus/lexicons/" + name + " (built in)";
        std::string_view text = content ? std::string_view(*content) : builtin_lexicon_file(name);
        try {
            load_file(lexicons, file, text, path, problems);
        } catch (const Error& error) {
            if (collected == nullptr) throw;
            problems.report(error);  // a file-level problem (its header): the file stops here
        }
        if (collected != nullptr) problems.end_of_file();
    }
    index_segment_words(lexicons);
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

void type_term(Term& term, LexiconKind kind, const std::string& path) {
    bool named = kind == LexiconKind::tone || kind == LexiconKind::characterization || kind == LexiconKind::cues ||
                 kind == LexiconKind::abbreviations || kind == LexiconKind::segment_words;
    if (named) {
        if (std::optional<Category> category = category_from_string(term.category)) term.kind = *category;
    }
    if (kind == LexiconKind::actors) {
        term.side = required_note_value(term, "side", "us|prc|other", path, [](std::string_view v) -> std::optional<Side> {
            if (v == "us" || v == "prc" || v == "other") return side_from_string(v);
            return std::nullopt;
        });
        std::string_view actor_kind = note_value(term.note, "kind");
        if (!actor_kind.empty()) {
            std::optional<ActorKind> parsed = actor_kind_from_string(actor_kind);
            if (!parsed) {
                throw Error(path, "kind=" + std::string(actor_kind) + " is not " + actor_kind_names(),
                            term.line, 1);
            }
            term.actor_kind = *parsed;
        }
    }
    if (kind == LexiconKind::code_phrases) {
        term.variant = required_note_value(term, "variant", "us|prc|shared", path, variant_from_string);
    }
}

std::vector<const std::vector<Term>*> Lexicons::term_lexicons() const {
    std::vector<const std::vector<Term>*> out;
    for (const LexiconFile& file : lexicon_files()) {
        if (file.stemmed) out.push_back(&(this->*file.terms));
    }
    return out;
}

void index_segment_words(Lexicons& lexicons) {
    segment::SegmentWords words;
    for (const Term& term : lexicons.abbreviations) {
        words.abbreviations[term.text] = term.weight >= 1.0;
        if (term.kind == Category::suffix) words.name_suffixes.insert(term.text);
        if (term.kind == Category::title) words.honorifics.insert(term.text);
    }
    for (const Term& term : lexicons.segment_words) {
        switch (term.kind) {
            case Category::stopword: words.stopwords.insert(term.text); break;
            case Category::sentence_opener: words.sentence_openers.insert(term.text); break;
            case Category::abbreviation_continuation: words.abbreviation_continuations.insert(term.text); break;
            case Category::name_link: words.name_links.insert(term.text); break;
            default: break;  // the schema allows no other category
        }
    }
    lexicons.segmenting = std::move(words);
}

const Topic* Lexicons::find_topic(std::string_view id) const {
    for (const Topic& topic : topics) {
        if (topic.id == id) return &topic;
    }
    return nullptr;
}

const std::vector<LexiconFile>& lexicon_files() {
    static const std::vector<LexiconFile> files = {
        {LexiconKind::abbreviations, "abbreviations.tsv", &Lexicons::abbreviations, false},
        {LexiconKind::segment_words, "segment_words.tsv", &Lexicons::segment_words, false},
        {LexiconKind::tone, "tone.tsv", &Lexicons::tone, true},
        {LexiconKind::topics, "topics.tsv", nullptr, false},
        {LexiconKind::topic_terms, "topic_terms.tsv", &Lexicons::topic_terms, true},
        {LexiconKind::actors, "actors.tsv", &Lexicons::actors, true},
        {LexiconKind::characterization, "characterization.tsv", &Lexicons::characterization, true},
        {LexiconKind::cues, "cues.tsv", &Lexicons::cues, true},
        {LexiconKind::code_phrases, "code_phrases.tsv", &Lexicons::code_phrases, true},
        {LexiconKind::paraphrases, "paraphrases.tsv", &Lexicons::paraphrases, true},
    };
    return files;
}

const std::vector<std::string>& lexicon_file_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const LexiconFile& file : lexicon_files()) out.emplace_back(file.name);
        return out;
    }();
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
            std::string names;
            for (const std::string& k : known) names += (names.empty() ? "" : ", ") + k;
            problems.push_back(dir + "/" + name + ": not a lexicon file name (known: " + names + ")");
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
