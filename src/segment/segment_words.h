// The words segmentation knows by their role, filled from the lexicons
// abbreviations.tsv and segment_words.tsv: after which words a period need
// not end a sentence, which words after an abbreviation open a new sentence
// or continue the one it is in, and which words carry no point (stopwords,
// marked on every token for the aligner and the pair stage).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace readoutdiff::segment {

// Lets the sets be asked with a string_view without building a string.
struct WordHash {
    using is_transparent = void;  // NOLINT(readability-identifier-naming): the name the standard library looks up
    size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

struct SegmentWords {
    // As written, with their dots and case ("U.S.", "Mr."), to whether the
    // abbreviation never ends a sentence (titles, which a name always follows)
    // or may, so that the next word decides ("U.S.", "p.m.").
    std::unordered_map<std::string, bool, WordHash, std::equal_to<>> abbreviations;
    WordSet sentence_openers;            // capitalized words that begin sentences ("The", "He")
    WordSet abbreviation_continuations;  // capitalized words that follow "U.S." inside a sentence ("Treasury")
    WordSet name_links;                  // lower-case words inside a capitalized name ("of" in "Secretary of State")
    WordSet stopwords;                   // folded function words (Token::folded)
    WordSet name_suffixes;               // as written, after a name ("Jr." in "Joseph R. Biden, Jr.")
    WordSet honorifics;                  // as written, titles a name always follows ("Mr.", "Dr.")

    bool is_abbreviation(std::string_view word) const { return abbreviations.find(word) != abbreviations.end(); }
    bool never_ends(std::string_view word) const {
        auto it = abbreviations.find(word);
        return it != abbreviations.end() && it->second;
    }
    static bool has(const WordSet& set, std::string_view word) { return set.find(word) != set.end(); }
};

}  // namespace readoutdiff::segment
