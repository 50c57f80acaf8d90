// Terms are indexed by their first stem and tried longest first, so the cost
// per token is the handful of terms sharing that stem, not the lexicon size;
// each word must then be the term's word or an inflection of it.
#include "analyze/term_matcher.h"

#include <algorithm>

#include "text/inflection.h"

namespace readoutdiff::analyze {

TermMatcher::TermMatcher(const std::vector<lexicon::Term>& terms) : TermMatcher(terms, [](const lexicon::Term&) { return true; }) {}

TermMatcher::TermMatcher(const std::vector<lexicon::Term>& terms, const std::function<bool(const lexicon::Term&)>& keep) {
    m_by_first_stem.reserve(terms.size());
    for (const lexicon::Term& term : terms) {
        if (keep(term)) index(term);
    }
    sort_longest_first();
}

TermMatcher TermMatcher::extended(const std::vector<lexicon::Term>& more) const {
    TermMatcher out = *this;
    for (const lexicon::Term& term : more) out.index(term);
    out.sort_longest_first();
    return out;
}

void TermMatcher::index(const lexicon::Term& term) {
    if (!term.stems.empty()) m_by_first_stem[term.stems.front()].push_back(&term);
}

void TermMatcher::sort_longest_first() {
    for (auto& [stem, list] : m_by_first_stem) {
        std::stable_sort(list.begin(), list.end(),
                         [](const lexicon::Term* a, const lexicon::Term* b) { return a->stems.size() > b->stems.size(); });
    }
}

std::vector<TermMatch> TermMatcher::find(const std::vector<segment::Token>& tokens) const {
    std::vector<TermMatch> matches;
    size_t i = 0;
    while (i < tokens.size()) {
        auto it = m_by_first_stem.find(tokens[i].stem);
        size_t matched_length = 0;
        if (it != m_by_first_stem.end()) {
            for (const lexicon::Term* term : it->second) {
                size_t n = term->stems.size();
                if (matched_length > n) break;
                if (i + n > tokens.size()) continue;
                bool all = true;
                for (size_t k = 0; k < n && all; ++k) {
                    all = tokens[i + k].stem == term->stems[k] && text::is_inflection_of(tokens[i + k].folded, term->words[k]);
                }
                if (!all) continue;
                matched_length = n;
                matches.push_back(TermMatch{term, i, i + n - 1});
            }
        }
        i += std::max<size_t>(matched_length, 1);
    }
    return matches;
}

}  // namespace readoutdiff::analyze
