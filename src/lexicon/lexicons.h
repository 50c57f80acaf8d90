// The domain knowledge the analyzer reads: tone terms, topics, actors,
// characterization ladder, structural cues, code phrases, paraphrases of one
// point (for the aligner), and the words segmentation knows by role
// (abbreviations, sentence openers, stopwords). The files in corpus/lexicons/
// are compiled in; a directory can replace any of them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/categories.h"
#include "segment/segment_words.h"

namespace readoutdiff::lexicon {

enum class Side { unknown, us, prc, both };

std::string_view to_string(Side side);
Side side_from_string(std::string_view text);  // "us", "prc", "other"/"both"; else unknown

struct Term {
    std::string text;                // as written in the file
    std::vector<std::string> words;  // text's words, tokenized and folded like sentences
    std::vector<std::string> stems;  // their stems: what the matcher indexes
    std::string category;            // as written: a category name, or an id (topic, actor, group, point)
    double weight = 0;
    std::string note;
    size_t line = 0;  // in its lexicon file

    // Typed when the file is read (category and the note's key=value part):
    Category kind = Category::id;
    Side side = Side::unknown;     // actors.tsv side=
    ActorKind actor_kind = ActorKind::country;  // actors.tsv kind=
    Variant variant = Variant::shared;          // code_phrases.tsv variant=
};

// topics.tsv's kind column.
enum class TopicKind : uint8_t {
    topic,    // in the emphasis table and omissions
    broad,    // the same, but a sentence's main subject only when it names no other topic
    subject,  // only a subject of counterpart passages
    finer,    // a subject within a topic ("debt" in trade): a counterpart section of its own when both sides have one
};

struct Topic {
    std::string id;
    std::string label;
    TopicKind kind = TopicKind::topic;
    std::string within{};  // kind finer: the topic it refines ("trade" for "debt"); else empty
    // No topic of the emphasis table, omissions or series: only a subject of counterpart passages.
    bool subject_only() const { return kind == TopicKind::subject || kind == TopicKind::finer; }
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
    std::vector<Term> abbreviations;     // abbreviations.tsv, matched as written (no words, no stems)
    std::vector<Term> segment_words;     // segment_words.tsv, matched as written
    segment::SegmentWords segmenting;    // the two above by role, for segment::segment

    const Topic* find_topic(std::string_view id) const;
    // Every lexicon of stemmed terms, in file order.
    std::vector<const std::vector<Term>*> term_lexicons() const;
};

// The one list of lexicon files, in load order (topics.tsv before
// topic_terms.tsv, whose categories it names).
enum class LexiconKind {
    abbreviations, segment_words, tone, topics, topic_terms, actors, characterization, cues, code_phrases, paraphrases
};
struct LexiconFile {
    LexiconKind kind;
    std::string_view name;
    std::vector<Term> Lexicons::*terms;  // the terms it holds; nullptr for topics.tsv
    bool stemmed;                        // its terms are tokenized and stemmed; else matched as written
};
const std::vector<LexiconFile>& lexicon_files();

// The file names a lexicon directory may hold, in lexicon_files() order.
const std::vector<std::string>& lexicon_file_names();

// Fills a term's typed fields from its category and note as its kind of file
// defines them; throws Error (path:line) for a note missing what the file
// requires. Categories are checked against the file's schema when loading.
void type_term(Term& term, LexiconKind kind, const std::string& path);

// Fills lexicons.segmenting from its abbreviations and segment_words, once
// every file is loaded.
void index_segment_words(Lexicons& lexicons);

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
