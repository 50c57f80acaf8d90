// ICU word breaks keep "China's" and "U.S" whole and split hyphenated words;
// the pieces between words tell where a clause ends, which bounds negation.
#include "segment/tokenizer.h"

#include <algorithm>

#include "segment/icu_breaks.h"
#include "segment/stemmer.h"
#include "text/unicode.h"

namespace readoutdiff::segment {
namespace {

bool breaks_clause(std::string_view between) {
    for (char c : between) {
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') return true;
    }
    return between.find("\u2014") != std::string_view::npos || between.find("\u2013") != std::string_view::npos ||
           between.find("--") != std::string_view::npos;
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

// Lower-case ASCII words separated by single spaces: ICU's word breaks are
// exactly the spaces, so the (startup-heavy) lexicon terms skip ICU.
bool is_plain_phrase(std::string_view phrase) {
    if (phrase.empty() || phrase.front() == ' ' || phrase.back() == ' ') return false;
    for (size_t i = 0; i < phrase.size(); ++i) {
        char c = phrase[i];
        bool letter = c >= 'a' && c <= 'z';
        if (!letter && !(c == ' ' && phrase[i - 1] != ' ')) return false;
    }
    return true;
}

std::vector<Token> phrase_tokens(std::string_view phrase) {
    if (!is_plain_phrase(phrase)) return tokenize(phrase, Span{0, static_cast<uint32_t>(phrase.size())});
    std::vector<Token> tokens;
    size_t start = 0;
    while (start <= phrase.size()) {
        size_t end = std::min(phrase.find(' ', start), phrase.size());
        Token token;
        token.span = Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
        token.folded = std::string(phrase.substr(start, end - start));
        token.stem = stem(token.folded);
        token.after_clause_break = false;
        tokens.push_back(std::move(token));
        start = end + 1;
    }
    return tokens;
}

}  // namespace readoutdiff::segment
