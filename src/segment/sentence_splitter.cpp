// ICU proposes boundaries; a merge pass then rejoins those that follow an
// abbreviation. ICU's own suppression lists cannot handle inner dots ("U.S.")
// and match any word ending, so one rule-based pass handles every case: after
// a title always rejoin, after a middle initial rejoin, after an abbreviation
// that may end a sentence ("U.S.", "p.m.") look at what follows: a word that
// opens sentences ("The", "He") ends it; a title or institution ("U.S.
// Treasury Secretary", "3 p.m. Beijing time") continues it; any other
// capitalized run continues it when it is followed by a number or a linking
// word ("U.S. Section 301 tariffs", "U.S. Postal Inspection Service to") and
// ends it when a verb-like word follows ("...in the U.S. Wang Yi urged").
// The word lists are the lexicon segment_words.tsv.
#include "segment/sentence_splitter.h"

#include <cctype>
#include <vector>

#include "segment/icu_breaks.h"
#include "text/inflection.h"
#include "text/unicode.h"

namespace readoutdiff::segment {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

Span trimmed(std::string_view text, uint32_t begin, uint32_t end) {
    while (begin < end && is_space(text[begin])) ++begin;
    while (end > begin && is_space(text[end - 1])) --end;
    // A no-break space (C2 A0) at either edge is also trimmed.
    while (end - begin >= 2 && text.substr(begin, 2) == readoutdiff::text::kNoBreakSpace) begin += 2;
    while (end - begin >= 2 && text.substr(end - 2, 2) == readoutdiff::text::kNoBreakSpace) end -= 2;
    return Span{begin, end};
}

bool is_opening_punct(char c) { return c == '(' || c == '"' || c == '\'' || c == '['; }

// The last whitespace-separated word of a piece, without opening brackets or
// quotes. A no-break space separates words too ("the\u00A0U.S." on the White
// House's pages).
std::string_view last_word(std::string_view piece) {
    size_t space = piece.find_last_of(" \t\n");
    size_t no_break = piece.rfind("\u00A0");
    std::string_view word = piece;
    if (space != std::string_view::npos) word = piece.substr(space + 1);
    if (no_break != std::string_view::npos && (space == std::string_view::npos || no_break > space)) word = piece.substr(no_break + 2);
    while (!word.empty() && is_opening_punct(word.front())) word.remove_prefix(1);
    if (word.substr(0, 3) == "\u201C" || word.substr(0, 3) == "\u2018") word.remove_prefix(3);
    return word;
}

// "China-U.S." is judged by its last part, "U.S.".
std::string_view after_last_hyphen(std::string_view word) {
    size_t hyphen = word.rfind('-');
    return hyphen == std::string_view::npos ? word : word.substr(hyphen + 1);
}

std::string_view first_word(std::string_view piece) {
    while (!piece.empty() && is_opening_punct(piece.front())) piece.remove_prefix(1);
    if (piece.substr(0, 3) == "\u201C" || piece.substr(0, 3) == "\u2018") piece.remove_prefix(3);
    size_t end = 0;
    while (end < piece.size() && std::isalnum(static_cast<unsigned char>(piece[end]))) ++end;
    return piece.substr(0, end);
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// "R." in "Joseph R. Biden": one capital and a dot, after a capitalized word.
bool is_middle_initial(std::string_view piece, std::string_view word) {
    if (word.size() != 2 || !is_upper(word[0]) || word[1] != '.') return false;
    std::string_view before = piece.substr(0, piece.size() - word.size());
    while (!before.empty() && is_space(before.back())) before.remove_suffix(1);
    std::string_view previous = last_word(before);
    return !previous.empty() && is_upper(previous.front()) && previous.back() != '.';
}

// "U.S.", "P.R.C.", "a.m.": letters with a dot after each.
bool is_dotted_abbreviation(std::string_view word) {
    if (word.size() < 4 || word.back() != '.') return false;
    for (size_t i = 0; i < word.size(); ++i) {
        bool letter_slot = i % 2 == 0;
        if (letter_slot ? !std::isalpha(static_cast<unsigned char>(word[i])) : word[i] != '.') return false;
    }
    return true;
}

bool starts_with_one_of(std::string_view next, const WordSet& words) { return SegmentWords::has(words, first_word(next)); }

std::vector<std::string_view> leading_words(std::string_view text, size_t count) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (out.size() < count && i < text.size()) {
        while (i < text.size() && is_space(text[i])) ++i;
        size_t start = i;
        while (i < text.size() && !is_space(text[i])) ++i;
        if (i > start) out.push_back(text.substr(start, i - start));
    }
    return out;
}

// After the capitalized run that starts next, is there a number or linking
// word, or does a comma, semicolon, possessive or acronym in brackets close a
// run of two words or more ("the U.S. Clean Energy Partnership, which", "U.S.
// Northern Command's partnership", "the U.S. Small Business Administration
// (SBA) hosted")? One word is too little: "in Washington, D.C. Patel's".
bool capitalized_run_continues(std::string_view next, const WordSet& name_links) {
    size_t run = 0;
    for (std::string_view word : leading_words(next, 6)) {
        if (run >= 2 && word.front() == '(') return true;
        if (is_upper(word.front())) {
            if (++run >= 2 && (word.back() == ',' || word.back() == ';' || text::possessive(word))) return true;
            continue;
        }
        if (std::isdigit(static_cast<unsigned char>(word.front()))) return true;
        while (!word.empty() && !std::isalpha(static_cast<unsigned char>(word.back()))) word.remove_suffix(1);
        return SegmentWords::has(name_links, word);
    }
    return true;  // a long run of capitalized words is a name
}

bool should_join(std::string_view piece, std::string_view next, const SegmentWords& words) {
    if (piece.empty() || next.empty()) return false;
    if (is_lower(next.front())) return true;  // a sentence never starts in lower case
    if (piece.back() != '.') return false;
    std::string_view word = last_word(piece);
    if (words.never_ends(word)) return true;
    if (is_middle_initial(piece, word)) return true;
    std::string_view tail = after_last_hyphen(word);
    if (words.is_abbreviation(tail) || is_dotted_abbreviation(tail)) {
        if (starts_with_one_of(next, words.sentence_openers)) return false;
        return starts_with_one_of(next, words.abbreviation_continuations) || capitalized_run_continues(next, words.name_links);
    }
    return false;
}

}  // namespace

std::vector<Span> split_sentences(std::string_view paragraph, const SegmentWords& words) {
    std::vector<Span> sentences;
    for (const Piece& piece : icu_sentences(paragraph)) {
        Span span = trimmed(paragraph, piece.begin, piece.end);
        if (span.begin == span.end) continue;
        if (!sentences.empty()) {
            Span& previous = sentences.back();
            std::string_view previous_text = paragraph.substr(previous.begin, previous.end - previous.begin);
            std::string_view text = paragraph.substr(span.begin, span.end - span.begin);
            if (should_join(previous_text, text, words)) {
                previous.end = span.end;
                continue;
            }
        }
        sentences.push_back(span);
    }
    return sentences;
}

}  // namespace readoutdiff::segment
