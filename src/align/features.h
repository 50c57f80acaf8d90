// What the aligner compares: per sentence (or merged passage), TF-IDF
// vectors of content-word stems (and paraphrase points) and of character 3-grams, lexicon topics,
// informative actors, the official speaking and the relative position.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analyze/analysis.h"

namespace readoutdiff::align {

// Sorted by key, L2-normalized.
using SparseVector = std::vector<std::pair<uint32_t, float>>;

constexpr uint32_t kNoOfficial = UINT32_MAX;

struct Features {
    SparseVector stems;
    SparseVector grams;
    std::vector<uint32_t> topics;  // sorted ids into FeatureSpace::topic_names (lexicon topics)
    // Sorted ids into FeatureSpace::role_names: the sentence's role in the
    // readout ("characterization", "agreement", "request") and its code-phrase
    // groups ("code:one-china"), which pair "a candid and constructive exchange"
    // with "a frank and in-depth conversation", or a policy with a principle,
    // though they share no content word.
    std::vector<uint32_t> roles;
    std::vector<uint32_t> entities;  // sorted ids into FeatureSpace::entity_names
    // The named official the sentence reports as speaking, an id into
    // FeatureSpace::entity_names, or kNoOfficial: a PRC readout's "Blinken said
    // ..." and the US readout's "The Secretary stressed ..." report one statement.
    uint32_t official = kNoOfficial;
    double position = 0;  // relative position in its readout, 0..1
};

// The role of a sentence that says how the meeting went ("a candid and constructive exchange").
constexpr std::string_view kCharacterizationRole = "characterization";

// A paraphrases.tsv point joins a sentence's stems as one more term, so "stay
// in close touch" and "keep open lines of communication" share one; the space
// keeps its name apart from every real stem.
constexpr std::string_view kPointTermPrefix = "point ";

struct FeatureSpace {
    std::vector<Features> left;
    std::vector<Features> right;
    std::vector<std::string> stem_names;
    std::vector<std::string> topic_names;
    std::vector<std::string> role_names;
    std::vector<std::string> entity_names;
};

// IDF is computed over the sentences of both readouts together, so a word
// both sides use everywhere ("China", "relations") weighs little.
FeatureSpace build_features(const analyze::Analysis& left, const analyze::Analysis& right);

double cosine(const SparseVector& a, const SparseVector& b);

// The features of two passages read as one (for 1-2 and 2-1 links).
Features merge(const Features& a, const Features& b);

// The features of the sentences at indices (one or more) of one side, read as one passage.
Features passage(const std::vector<uint32_t>& indices, const std::vector<Features>& side);

}  // namespace readoutdiff::align
