// The blind annotations of the real pairs (corpus/real-gold/, see
// corpus/README.md): the texts live outside the repository, the gold names
// sentences by number with their first three words, and the analyst's
// answers beside the texts are a third opinion.
#pragma once

#include <string>
#include <vector>

#include "eval/annotation.h"
#include "segment/document.h"

namespace readoutdiff::eval {

// The annotators of every real pair, in this order: A.json and B.json.
inline constexpr const char* kRealAnnotators[] = {"A", "B"};

// The pairs of gold_dir with their splits (splits.tsv: pair<TAB>split).
struct RealPair {
    std::string name;
    std::string split;
};
std::vector<RealPair> real_pairs(const std::string& gold_dir);

// Reads gold_dir/<pair>/<annotator>.json. Throws Error naming the file when it
// is malformed, or when its sentences (numbers and first three words) no
// longer match the tool's segmentation of the two texts.
Annotation load_real_gold(const std::string& path, const RealPair& pair, const segment::Document& us,
                          const segment::Document& prc);

// Reads the analyst's answers (analyst.json beside the texts): verdict, meeting
// words, one-side topics, who asked, agreement claims (as sentence prefixes).
// It has no links, speakers or counterparts.
Annotation load_analyst(const std::string& path, const RealPair& pair, const segment::Document& us,
                        const segment::Document& prc);

}  // namespace readoutdiff::eval
