// The lexicon files of corpus/lexicons/, embedded at build time by
// tools/embed_lexicons.sh so the binary runs from any directory, and their
// terms' tokens, computed at build time by tools/tokenize_terms.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace readoutdiff::lexicon {

// The content of a built-in lexicon file by name ("tone.tsv"); empty when unknown.
std::string_view builtin_lexicon_file(std::string_view name);

struct TermTokens {
    std::vector<std::string> words;  // as segment::phrase_tokens folds them
    std::vector<std::string> stems;
};

// segment::phrase_tokens(text) precomputed for every term of the built-in
// files; nullopt for any other text. Saves start-up the ICU and stemmer work.
std::optional<TermTokens> builtin_term_tokens(std::string_view text);

}  // namespace readoutdiff::lexicon
