#include "analyze/office_names.h"

#include <algorithm>
#include <iterator>

namespace readoutdiff::analyze {
namespace {

constexpr size_t kTitleWordsBetween = 2;  // capitalized words between "of"/"for" and the topic's ("Minister of National Defense")

bool office_at(const std::vector<TermMatch>& office_words, size_t at) {
    return any_match_touching(office_words, at, at, [&](const TermMatch& m) { return m.first == at; });
}

// "Secretary of [National] Defense", "Envoy for Climate": back from the term over a
// few capitalized words of the name to "of" or "for", and an office word before it.
bool named_after_office(const segment::Document& doc, const std::vector<segment::Token>& tokens, const std::vector<TermMatch>& office_words,
                        size_t first) {
    size_t i = first;
    for (size_t skipped = 0; i > 0 && skipped <= kTitleWordsBetween; ++skipped) {
        if (tokens[i].after_clause_break) return false;
        const std::string& word = tokens[i - 1].folded;
        if (word == "of" || word == "for") return i >= 2 && !tokens[i - 1].after_clause_break && office_at(office_words, i - 2);
        if (!doc.capitalized(tokens[i - 1])) return false;
        --i;
    }
    return false;
}

}  // namespace

std::vector<TermMatch> outside_office_names(const segment::Document& doc, const segment::Sentence& s,
                                            const std::vector<TermMatch>& topic_terms, const std::vector<TermMatch>& office_words) {
    const std::vector<segment::Token>& tokens = s.tokens;
    auto in_office_name = [&](const TermMatch& term) {
        if (!doc.capitalized(tokens[term.first])) return false;
        bool before_office = term.last + 1 < tokens.size() && !tokens[term.last + 1].after_clause_break && office_at(office_words, term.last + 1);
        return before_office || named_after_office(doc, tokens, office_words, term.first);
    };
    std::vector<TermMatch> out;
    std::copy_if(topic_terms.begin(), topic_terms.end(), std::back_inserter(out), [&](const TermMatch& t) { return !in_office_name(t); });
    return out;
}

}  // namespace readoutdiff::analyze
