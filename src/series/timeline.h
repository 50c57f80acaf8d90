// The series stage's output: for each side, its readouts in date order and,
// for each readout, what it adds, drops or changes against the previous
// readout of that side and where that stands in the whole series. Computed
// once here; the renderers (render/series_*.cpp) only read it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "lexicon/lexicons.h"
#include "series/collect.h"
#include "series/readout.h"

namespace readoutdiff::series {

// A sentence of a readout of the lane; sentence 0 when there is none.
struct SentenceRef {
    size_t readout = 0;  // position in the lane
    int sentence = 0;    // 1-based
};

// A code_phrases.tsv group whose use changed from the previous readout.
enum class FormulaChangeKind {
    added,            // absent before
    dropped,          // absent now
    variant_changed,  // present in both, another set of variants (us, prc, shared)
    reworded,         // present in both, the same variants in other terms
};

struct FormulaChange {
    FormulaChangeKind kind;
    std::string group;
    std::vector<lexicon::Variant> variants_before, variants_after;  // each once, in the order used
    std::vector<std::string> terms_before, terms_after;             // each once, in the order used
    // Terms of this readout that no earlier readout of the side used: a
    // formula's first appearance in the series.
    std::vector<std::string> first_in_series;
    // For a dropped group: the next readout of the side that uses it again;
    // none when it is gone for the rest of the series.
    std::optional<size_t> returns;
    // The two sentences a marker links: the previous readout's (sentence 0
    // for an added group) and this one's (0 for a dropped group).
    SentenceRef before, after;
};

// The words for the meeting and their rungs (cordial ... exchanged views).
struct MeetingWordsMove {
    std::vector<std::string> added, dropped;                  // words, in text order
    std::vector<lexicon::Category> rungs_gained, rungs_lost;  // in ladder order, warmest first
    std::vector<lexicon::Category> rungs_first_in_series;     // gained rungs no earlier readout reached
    SentenceRef before, after;  // the first sentence characterizing the meeting in each (0 if none)

    bool changed() const { return !added.empty() || !dropped.empty(); }
};

enum class TopicChange {
    first_in_series,  // no earlier readout of the side raised it
    raised_again,     // the previous readout did not raise it, an earlier one did
    dropped,          // the previous readout raised it, this one does not
    moved,            // both raise it
};

struct TopicPlace {
    double share = 0;
    int rank = 0;  // 1 = raised first
};

// Topics moving by this much of the readout's words or more are shown.
inline constexpr double kNotableShare = 0.05;

struct TopicMove {
    std::string id;
    TopicChange change;
    std::optional<TopicPlace> before, after;
    std::optional<size_t> returns;  // dropped: the next readout raising it again
    // Shown in the tables: raised, dropped, moved into or out of first
    // place, or a share moved by kNotableShare or more.
    bool notable = false;
};

struct Shift {
    double before = 0;
    double after = 0;
    double change() const { return after - before; }
};

// A sentence that moved a score: a new one of this readout pushing it the
// way it went, or a gone one of the previous readout that held it back.
struct ToneDriver {
    SentenceRef sentence;
    double tone = 0;    // the sentence's tone score
    double weight = 0;  // its part of its readout's mean: |tone| (or its confrontation) / sentences
};

// How many driving sentences are kept per score.
inline constexpr size_t kDriversPerScore = 3;

struct ToneMove {
    Shift score, confrontation, cooperation;
    std::vector<ToneDriver> score_drivers;          // heaviest first
    std::vector<ToneDriver> confrontation_drivers;  // heaviest first
};

// A readout against the previous readout of its side.
struct Step {
    size_t previous = 0;                  // position in the lane
    std::vector<FormulaChange> formulas;  // this readout's text order, then dropped groups in the previous one's
    MeetingWordsMove meeting_words;
    std::vector<TopicMove> topics;  // every topic either readout raises, in catalogue order
    ToneMove tone;
};

struct Entry {
    Readout readout;
    double tone_deviation = 0;           // score minus the side's mean score
    double confrontation_deviation = 0;  // confrontation minus the side's mean
    std::optional<Step> step;            // none for the side's first readout
};

// A formula over the whole series of a side.
struct FormulaSpan {
    std::string group;
    std::string term;
    lexicon::Variant variant;
    size_t first = 0, last = 0;  // positions of the first and last readout using it
    size_t readouts = 0;         // how many use it
};

// A topic over the whole series of a side.
struct TopicSpan {
    std::string id;
    size_t first = 0, last = 0;
    size_t readouts = 0;
    double mean_share = 0;  // over all readouts of the side (0 where absent)
};

struct Lane {
    lexicon::Side side;          // us or prc
    std::vector<Entry> entries;  // by date, then path
    double mean_tone = 0;
    double mean_confrontation = 0;
    std::vector<FormulaSpan> formulas;  // by first appearance, then group and term
    std::vector<TopicSpan> topics;      // raised topics, catalogue order

    const std::string& text_of(SentenceRef ref) const {
        return entries.at(ref.readout).readout.sentence(ref.sentence).text;
    }
};

struct TimelineOptions {
    std::optional<lexicon::Side> side;  // --side: only this lane
    std::string topic;  // --topic: only this topic's share, and its sentences' formulas and tone; empty: all
};

struct Timeline {
    TimelineOptions options;
    std::vector<lexicon::Topic> topics;  // ids and labels: the lexicons', then any other a report named
    std::vector<Lane> lanes;             // US, then PRC; only sides with readouts
    std::vector<LeftOut> left_out;
    size_t found = 0;  // readouts read

    // The label of a topic id (the id itself when unknown).
    const std::string& topic_label(const std::string& id) const;
};

}  // namespace readoutdiff::series
