// One list for the aligner's features and the pair stage's content vectors.
#include "segment/stopwords.h"

#include <unordered_set>

namespace readoutdiff::segment {

bool is_stopword(std::string_view folded) {
    static const std::unordered_set<std::string_view> words = {
        "a",         "about",   "above",  "after",  "again",  "against", "all",     "also",  "am",     "an",
        "and",       "any",     "are",    "as",     "at",     "be",      "because", "been",  "before", "being",
        "between",   "both",    "but",    "by",     "can",    "could",   "did",     "do",    "does",   "doing",
        "during",    "each",    "few",    "for",    "from",   "further", "had",     "has",   "have",   "having",
        "he",        "her",     "here",   "hers",   "him",    "his",     "how",     "i",     "if",     "in",
        "into",      "is",      "it",     "its",    "itself", "more",    "most",    "my",    "no",     "nor",
        "not",       "of",      "off",    "on",     "once",   "only",    "or",      "other", "our",    "ours",
        "out",       "over",    "own",    "same",   "she",    "should",  "so",      "some",  "such",   "than",
        "that",      "the",     "their",  "theirs", "them",   "then",    "there",   "these", "they",   "this",
        "those",     "through", "to",     "too",    "under",  "until",   "up",      "very",  "was",    "we",
        "were",      "what",    "when",   "where",  "which",  "while",   "who",     "whom",  "why",    "will",
        "with",      "would",   "you",    "your",   "said",   "side",    "sides",   "two",   "also",   "well",
        "including", "noted",   "stated", "that's", "it's",   "would",   "shall",   "may",   "must",   "upon",
        "within"};
    return words.count(folded) > 0;
}

}  // namespace readoutdiff::segment
