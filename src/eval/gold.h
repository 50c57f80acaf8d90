// A corpus pair's gold annotations (corpus/README.md), with sentence
// prefixes resolved to the sentence ids the tool assigns.
#pragma once

#include <string>
#include <vector>

#include "segment/document.h"

namespace readoutdiff::eval {

struct GoldLink {
    std::vector<int> left;
    std::vector<int> right;
    bool sure = true;
};

struct Gold {
    std::string path;        // the gold.json
    std::string pair;        // the pair's folder name
    std::string left_path;   // us.txt beside it
    std::string right_path;  // prc.txt beside it
    std::string split;       // from meta.tsv: tune, heldout, external ("" when absent)
    std::vector<GoldLink> links;
    std::vector<std::string> topics_only_left, topics_only_right;
    std::string more_confrontational;  // left, right, neither
    std::vector<std::string> characterization_left, characterization_right;
    std::vector<int> agreements_left, agreements_right;
    std::string requested_by;  // left, right or empty
};

// Reads gold.json and meta.tsv, resolving each prefix against the segmented
// documents. Throws Error naming the gold file for malformed JSON, a missing
// field, or a prefix that matches no sentence or more than one.
Gold load_gold(const std::string& gold_path, const segment::Document& left, const segment::Document& right);

// Only the links of a gold file (a second annotator's gold-second.json holds
// nothing else); throws Error as load_gold does.
std::vector<GoldLink> load_gold_links(const std::string& gold_path, const segment::Document& left,
                                      const segment::Document& right);

// The folder of a gold file and the two readouts beside it.
std::string pair_directory(const std::string& gold_path);

}  // namespace readoutdiff::eval
