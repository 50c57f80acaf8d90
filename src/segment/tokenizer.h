// Word tokens of a sentence, folded and stemmed for matching.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "segment/document.h"

namespace readoutdiff::segment {

// Tokenizes body[span] into words; token spans are offsets into body.
std::vector<Token> tokenize(std::string_view body, Span span);

// The tokens of a phrase, tokenized exactly as sentences are, so that a
// lexicon term and the text it should match agree ("mil-to-mil", "U.S.").
std::vector<Token> phrase_tokens(std::string_view phrase);

}  // namespace readoutdiff::segment
