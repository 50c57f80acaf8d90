// Topic emphasis: how much of each readout goes to each topic, where each
// side raises it, and how the two topic orders agree.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "compare/comparison.h"

namespace readoutdiff::compare {

// One readout's emphasis, by topic id: the topics it raises (series reads
// each readout alone).
std::map<std::string, TopicSide> topic_sides(const analyze::Analysis& analysis);

// Every lexicon topic, in lexicon order (mentions 0 on a side that omits it).
std::vector<TopicEmphasis> topic_emphasis(const analyze::Analysis& left, const analyze::Analysis& right,
                                          const std::vector<lexicon::Topic>& topics);

// Spearman's rank correlation of the two sides' topic orders, over the
// topics both raise; nothing when fewer than two are shared.
std::optional<double> rank_correlation(const std::vector<TopicEmphasis>& topics);

}  // namespace readoutdiff::compare
