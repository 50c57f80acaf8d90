// A corpus pair's gold annotations (corpus/README.md), with sentence
// prefixes resolved to the sentence ids the tool assigns.
#pragma once

#include <string>
#include <vector>

#include "eval/annotation.h"
#include "segment/document.h"

namespace readoutdiff::eval {

// Reads gold.json and the split from meta.tsv beside it, resolving each prefix
// against the segmented documents. Throws Error naming the gold file for
// malformed JSON, a missing field, or a prefix that matches no sentence or
// more than one.
Annotation load_gold(const std::string& gold_path, const segment::Document& left, const segment::Document& right);

// Only the links of a gold file (a second annotator's gold-second.json holds
// nothing else); throws Error as load_gold does.
std::vector<GoldLink> load_gold_links(const std::string& gold_path, const segment::Document& left,
                                      const segment::Document& right);

// The id of the one sentence of document that starts with prefix (compared
// folded: case, curly quotes, runs of spaces); throws Error naming gold_path
// and where when no sentence or more than one starts so.
int sentence_starting(const std::string& prefix, const segment::Document& document, const std::string& gold_path,
                      const std::string& where);

// The folder of a gold file and the two readouts beside it.
std::string pair_directory(const std::string& gold_path);

}  // namespace readoutdiff::eval
