// The domain knowledge the analyzer reads: tone terms, topics, actors,
// characterization ladder, structural cues, code phrases, paraphrases of one
// point (for the aligner), abbreviations. The
// files in corpus/lexicons/ are compiled in; a directory can replace any of them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "segment/abbreviations.h"

namespace readoutdiff::lexicon {

enum class Side { unknown, us, prc, both };

std::string_view to_string(Side side);
Side side_from_string(std::string_view text);  // "us", "prc", "other"/"both"; else unknown

struct Term {
    std::string text;                // as written in the file
    std::vector<std::string> words;  // text's words, tokenized and folded like sentences
    std::vector<std::string> stems;  // their stems: what the matcher indexes
    std::string category;
    double weight = 0;
    std::string note;
    size_t line = 0;  // in its lexicon file

    // Reads "key=value" from the note's leading "key=value; key=value" part.
    std::string attribute(std::string_view key) const;
};

struct Topic {
    std::string id;
    std::string label;
};

struct Lexicons {
    std::vector<Term> tone;              // tone.tsv
    std::vector<Topic> topics;           // topics.tsv, in report order
    std::vector<Term> topic_terms;       // topic_terms.tsv, category = topic id
    std::vector<Term> actors;            // actors.tsv, category = canonical actor id
    std::vector<Term> characterization;  // characterization.tsv, category = rung, weight = warmth
    std::vector<Term> cues;              // cues.tsv
    std::vector<Term> code_phrases;      // code_phrases.tsv, category = group
    std::vector<Term> paraphrases;       // paraphrases.tsv, category = point id
    segment::Abbreviations abbreviations;

    const Topic* find_topic(std::string_view id) const;
    // Every lexicon of stemmed terms (all but topics and abbreviations), in file order.
    std::vector<const std::vector<Term>*> term_lexicons() const;
};

// The file names a lexicon directory may hold.
const std::vector<std::string>& lexicon_file_names();

// The lexicons compiled into the binary (lexicon/builtin.cpp).
const Lexicons& builtin_lexicons();

// The built-in lexicon files parsed and checked as a directory's would be:
// what tools/compile_lexicons compiles into builtin_lexicons() at build time.
Lexicons parse_builtin_lexicons();

// Each file present in dir replaces the built-in file of the same name; the
// others stay built in. Throws Error (file:line:col) for the first problem.
Lexicons load_lexicons(const std::string& dir);

// Validates every lexicon file in dir and returns all problems found, one
// Error per file at most; an empty result means the directory is usable.
std::vector<std::string> check_lexicons(const std::string& dir);

}  // namespace readoutdiff::lexicon
