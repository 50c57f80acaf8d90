// Stage 2's output: the body of a Text cut into paragraphs, sentences and
// word tokens, each carrying byte spans into Text::body so that renderers show
// the original characters while matching uses the folded forms.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/text.h"

namespace readoutdiff::segment {

struct Span {
    uint32_t begin = 0;
    uint32_t end = 0;
};

struct Token {
    Span span;                  // the word as written, in Text::body
    std::string folded;         // case-folded, quotes and dashes ASCII, final dot removed
    std::string stem;           // Snowball English stem of folded
    bool after_clause_break;    // a , ; : or dash stands between this word and the previous one
    bool stopword = false;      // a function word (segment_words.tsv), which carries no point
    bool name_suffix = false;   // "Jr." after a name, a part of it (abbreviations.tsv, suffix)
    bool honorific = false;     // "Mr.", "Dr.": a title a name always follows (abbreviations.tsv, title)
};

// Whether no clause break stands between the tokens at from and to (from < to).
inline bool same_clause(const std::vector<Token>& tokens, size_t from, size_t to) {
    for (size_t i = from + 1; i <= to && i < tokens.size(); ++i) {
        if (tokens[i].after_clause_break) return false;
    }
    return true;
}

struct Sentence {
    int id = 0;         // 1-based, in document order
    int paragraph = 0;  // 1-based
    Span span;
    std::vector<Token> tokens;
};

struct Document {
    text::Text text;
    std::vector<Sentence> sentences;

    std::string_view slice(Span span) const {
        return std::string_view(text.body).substr(span.begin, span.end - span.begin);
    }
    std::string_view sentence_text(const Sentence& s) const { return slice(s.span); }
    // Whether the word as written starts with no lower-case letter, as the words
    // of a name or a title do ("Secretary", "PRC", "Đinh").
    bool capitalized(const Token& token) const {
        std::string_view word = slice(token.span);
        return !word.empty() && !(word.front() >= 'a' && word.front() <= 'z');
    }
    std::string_view sentence_text(int id) const { return sentence_text(sentences[static_cast<size_t>(id - 1)]); }
    // The sentences with these 1-based ids, as written, joined by single spaces.
    std::string passage_text(const std::vector<int>& ids) const {
        std::string text;
        for (int id : ids) (text.empty() ? text : text += ' ') += sentence_text(id);
        return text;
    }
};

}  // namespace readoutdiff::segment
