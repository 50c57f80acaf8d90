// Finds lexicon terms in a sentence's tokens, word by word up to inflection
// ("urged" finds "urge", "products" does not find "productive"). Every
// lexicon is matched through this one class.
#pragma once

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/lexicons.h"
#include "segment/document.h"

namespace readoutdiff::analyze {

struct TermMatch {
    const lexicon::Term* term;
    size_t first;  // token index, inclusive
    size_t last;   // token index, inclusive
};

class TermMatcher {
public:
    explicit TermMatcher(const std::vector<lexicon::Term>& terms);
    // Only the terms `keep` accepts.
    TermMatcher(const std::vector<lexicon::Term>& terms, const std::function<bool(const lexicon::Term&)>& keep);

    // Longest match at each position, left to right, without overlaps; where
    // several terms share the longest stems (one word in two categories), all are returned.
    std::vector<TermMatch> find(const std::vector<segment::Token>& tokens) const;
    // This matcher's terms and more: the more outlive the copy too.
    TermMatcher extended(const std::vector<lexicon::Term>& more) const;

private:
    void index(const lexicon::Term& term);
    void sort_longest_first();
    // Keys view the terms' own stems: the terms outlive the matcher.
    std::unordered_map<std::string_view, std::vector<const lexicon::Term*>> m_by_first_stem;
};

// Whether a match touching tokens from..to passes test. Matches come sorted
// and without overlaps (TermMatcher::find), so a binary search finds the first
// one in range and the scan stops after the last: a pasted megabyte
// "sentence" does not cost a pass over all its matches per question.
template <typename Test>
bool any_match_touching(const std::vector<TermMatch>& matches, size_t from, size_t to, Test test) {
    auto it = std::lower_bound(matches.begin(), matches.end(), from,
                               [](const TermMatch& m, size_t at) { return m.last < at; });
    for (; it != matches.end() && it->first <= to; ++it) {
        if (test(*it)) return true;
    }
    return false;
}

// The match that starts at token position and is of kind (any kind if none
// is given), if any. Matches come sorted and without overlaps
// (TermMatcher::find): a binary search finds it.
inline const TermMatch* starting_at(const std::vector<TermMatch>& matches, size_t position,
                                    std::optional<lexicon::Category> kind = {}) {
    auto it = std::lower_bound(matches.begin(), matches.end(), position,
                               [](const TermMatch& m, size_t at) { return m.first < at; });
    for (; it != matches.end() && it->first == position; ++it) {
        if (!kind || it->term->kind == *kind) return &*it;
    }
    return nullptr;
}

}  // namespace readoutdiff::analyze
