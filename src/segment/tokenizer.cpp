// ICU word breaks keep "China's" and "U.S" whole and split hyphenated words;
// the pieces between words tell where a clause ends, which bounds negation.
#include "segment/tokenizer.h"

#include "segment/icu_breaks.h"
#include "segment/stemmer.h"
#include "text/unicode.h"

namespace readoutdiff::segment {
namespace {

bool breaks_clause(std::string_view between) {
    for (char c : between) {
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') return true;
    }
    return between.find("\u2014") != std::string_view::npos || between.find("\u2013") != std::string_view::npos;
}

}  // namespace

std::vector<Token> tokenize(std::string_view body, Span span) {
    std::string_view sentence = body.substr(span.begin, span.end - span.begin);
    std::vector<Token> tokens;
    bool clause_break = false;
    for (const Piece& piece : icu_words(sentence)) {
        std::string_view raw = sentence.substr(piece.begin, piece.end - piece.begin);
        if (!piece.is_word) {
            clause_break = clause_break || breaks_clause(raw);
            continue;
        }
        Token token;
        token.span = Span{span.begin + piece.begin, span.begin + piece.end};
        token.folded = text::fold_for_matching(raw);
        token.stem = stem(token.folded);
        token.after_clause_break = clause_break;
        tokens.push_back(std::move(token));
        clause_break = false;
    }
    return tokens;
}

std::vector<Token> phrase_tokens(std::string_view phrase) {
    return tokenize(phrase, Span{0, static_cast<uint32_t>(phrase.size())});
}

}  // namespace readoutdiff::segment
