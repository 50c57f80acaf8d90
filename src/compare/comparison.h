// Stage 5's output: everything a report shows, computed once so that every
// renderer (terminal, HTML, JSON, Markdown) only reads and formats.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "align/alignment.h"
#include "analyze/analysis.h"
#include "compare/rows.h"
#include "compare/verdict.h"

namespace readoutdiff::compare {

enum class DiffOp { common, left, right };

struct DiffSegment {
    DiffOp op;
    std::string text;  // words as written, joined by single spaces
};

struct LinkComparison {
    std::vector<DiffSegment> diff;
    double left_tone = 0;   // mean tone of the link's left sentences
    double right_tone = 0;
    bool crosses = false;   // the link crosses another (the sides order this point differently)
};

struct TopicSide {
    double share = 0;  // fraction of the readout's words in sentences tagged with the topic
    int mentions = 0;  // sentences tagged
    std::optional<int> first_sentence;
    std::optional<int> rank;  // 1 = the topic this side raises first
};

struct TopicEmphasis {
    std::string id;
    std::string label;
    TopicSide left;
    TopicSide right;

    // Whether either side raises it (the topics reports show).
    bool raised() const { return left.mentions > 0 || right.mentions > 0; }
    // Whether one side raises it and the other never does.
    bool only_left() const { return left.mentions > 0 && right.mentions == 0; }
    bool only_right() const { return right.mentions > 0 && left.mentions == 0; }
};

struct SideSummary {
    std::string label;  // "us", "prc", or "left"/"right" when the text does not say
    std::optional<double> warmth;  // mean warmth of the characterization words
    std::vector<analyze::TermHit> tone_drivers;  // the kToneDrivers strongest polar tone terms, each once
};

inline constexpr size_t kToneDrivers = 5;

// One group of code phrases: the variants each side uses, each once, in the order first used.
struct CodePhraseRow {
    std::string group;
    std::vector<std::string> left;
    std::vector<std::string> right;
};


struct Comparison {
    analyze::Analysis left;
    analyze::Analysis right;
    align::Alignment alignment;
    std::vector<LinkComparison> links;  // parallel to alignment.links
    std::vector<std::string> section_labels;  // parallel to alignment.sections: the subjects' labels
    // Each side's sentences in no section, by subject in topics.tsv order (no subject last).
    std::vector<OnlyPassage> only_left;
    std::vector<OnlyPassage> only_right;
    std::vector<TopicEmphasis> topics;  // every lexicon topic, lexicon order

    // Ids of the topics one side raises and the other omits.
    std::vector<std::string> omitted_by_right() const;  // raised only on the left
    std::vector<std::string> omitted_by_left() const;   // raised only on the right
    SideSummary left_summary;
    SideSummary right_summary;
    std::optional<double> topic_rank_correlation;  // Spearman, over topics both sides raise (>= 2)
    double length_ratio = 0;                       // left words / right words
    double coverage = 0;  // share of all sentences that are in a link
    // The more confrontational side: the lower tone score, when the gap is
    // at least kEvenMargin, with the margin and how clear it is.
    Verdict verdict;
    // The side that describes the meeting more warmly (gap at least
    // kWarmthMargin, else neither); nullopt when either side has no meeting words.
    std::optional<Column> warmer;
    std::vector<CodePhraseRow> code_phrases;  // by group, groups sorted by name
    std::vector<RowGroup> groups;  // the side-by-side report, in reading order (compare/rows.h)

    // Statements a readout attributes to the other side's officials ("Xi
    // said...", in the US text) with no counterpart in that side's own readout.
    std::vector<int> attributed_unconfirmed_left;
    std::vector<int> attributed_unconfirmed_right;
    // Agreement claims with no agreement claim on the other side's matching passage.
    std::vector<int> agreements_only_left;
    std::vector<int> agreements_only_right;
};

}  // namespace readoutdiff::compare
