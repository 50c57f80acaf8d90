// Finds lexicon terms in a sentence's tokens, word by word up to inflection
// ("urged" finds "urge", "products" does not find "productive"). Every
// lexicon is matched through this one class.
#pragma once

#include <functional>
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

private:
    // Keys view the terms' own stems: the terms outlive the matcher.
    std::unordered_map<std::string_view, std::vector<const lexicon::Term*>> m_by_first_stem;
};

}  // namespace readoutdiff::analyze
