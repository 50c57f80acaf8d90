// The aligner's parameters: one set for every pair, tuned on the corpus pairs
// marked `split tune` only (see README, "Alignment"), never per file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace readoutdiff::align {

struct AlignerParams {
    // Weights of the pair score's signals (tools/tune_aligner.py on the tune split).
    double stem_weight = 0.40;      // TF-IDF cosine of content-word stems
    double char_weight = 0.40;      // TF-IDF cosine of character 3-grams
    double topic_weight = 0.10;     // Jaccard of lexicon topics
    double role_weight = 0.10;      // Jaccard of sentence roles and code-phrase groups
    double topic_conflict_penalty = 0.10;  // taken off when both have topics and share none
    double entity_weight = 0.00;    // Jaccard of canonical actors (the two countries left out)
    double official_weight = 0.20;  // the same named official reported as speaking
    double position_weight = 0.05;  // 1 - |relative position difference|

    double link_threshold = 0.20;   // pairs scoring below are never linked
    double relative_floor = 0.85;    // a pair must score this share of each sentence's best pair
    double merge_margin = 0.02;     // a merged passage must beat the single link by this
    double merge_floor = 0.15;      // the added sentence must score this with the counterpart
    double description_evidence = 0.25;  // structural points are linked once this share of the shorter readout is

    size_t candidates_per_sentence = 6;   // best candidates kept per sentence, each direction
    size_t posting_cap = 400;             // index keys in more sentences than this are not used to find candidates
    size_t exact_matching_limit = 400;    // components larger than this are matched greedily
};

// The names of the parameters, as `eval --set NAME=VALUE` takes them.
std::vector<std::string> parameter_names();

// Sets one parameter from "name=value"; throws Error for an unknown name or a
// value that is not a number.
void set_parameter(AlignerParams& params, std::string_view assignment);

}  // namespace readoutdiff::align
