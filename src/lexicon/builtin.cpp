// The built-in lexicons from their compiled form: copying strings into place
// is all start-up does (parsing, checking and stemming ran at build time).
#include "lexicon/builtin.h"

#include <algorithm>

#include "lexicon/lexicons.h"

namespace readoutdiff::lexicon {
namespace {

std::vector<std::string> split_lines(std::string_view joined) {
    std::vector<std::string> parts;
    parts.reserve(static_cast<size_t>(std::count(joined.begin(), joined.end(), '\n')) + 1);
    for (size_t start = 0; start < joined.size();) {
        size_t end = std::min(joined.find('\n', start), joined.size());
        parts.emplace_back(joined.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

std::vector<Term> expand(std::span<const CompiledTerm> compiled, LexiconKind kind, std::string_view name) {
    std::vector<Term> terms;
    terms.reserve(compiled.size());
    for (const CompiledTerm& c : compiled) {
        Term term;
        term.text = c.text;
        term.words = split_lines(c.words);
        term.stems = split_lines(c.stems);
        term.category = c.category;
        term.weight = c.weight;
        term.note = c.note;
        term.line = c.line;
        type_term(term, kind, std::string(name));
        terms.push_back(std::move(term));
    }
    return terms;
}

Lexicons expand(const CompiledLexicons& compiled) {
    Lexicons lexicons;
    size_t next = 0;
    for (const LexiconFile& file : lexicon_files()) {
        if (file.terms != nullptr) lexicons.*file.terms = expand(compiled.term_files[next++], file.kind, file.name);
    }
    for (const CompiledTopic& topic : compiled.topics) lexicons.topics.push_back(Topic{std::string(topic.id), std::string(topic.label), static_cast<TopicKind>(topic.kind), std::string(topic.within)});
    index_segment_words(lexicons);
    return lexicons;
}

}  // namespace

const Lexicons& builtin_lexicons() {
    // Never destroyed: freeing thousands of strings at exit is start-up-sized work for nothing.
    static const Lexicons& lexicons = *new Lexicons(expand(compiled_lexicons()));
    return lexicons;
}

std::optional<TermTokens> builtin_term_tokens(std::string_view text) {
    std::span<const CompiledTerm> terms = compiled_lexicons().by_text;
    auto it = std::lower_bound(terms.begin(), terms.end(), text,
                               [](const CompiledTerm& term, std::string_view t) { return term.text < t; });
    if (it == terms.end() || it->text != text) return std::nullopt;
    return TermTokens{split_lines(it->words), split_lines(it->stems)};
}

}  // namespace readoutdiff::lexicon
