// Each side is one pass: the occurrences of every formula, group, topic and
// rung are indexed first (so "first in the series" and "comes back later"
// are lookups), then each readout is set against the one before it. The
// work is linear in the readouts' size, plus n log n for the sort.
#include "series/timeline_builder.h"

#include <algorithm>
#include <tuple>

#include "series/formula_changes.h"
#include "series/meeting_words_move.h"
#include "series/occurrences.h"
#include "series/tone_move.h"
#include "series/topic_moves.h"

namespace readoutdiff::series {
namespace {

bool on_topic(const Readout& readout, int sentence, const std::string& topic) {
    const auto& topics = readout.sentence(sentence).topics;
    return std::find(topics.begin(), topics.end(), topic) != topics.end();
}

// What --topic keeps of a readout.
void focus_on(Readout& readout, const std::string& topic) {
    std::erase_if(readout.formulas, [&](const FormulaUse& use) { return !on_topic(readout, use.sentence, topic); });
    std::erase_if(readout.topics, [&](const TopicPresence& t) { return t.id != topic; });
}

struct LaneIndex {
    Occurrences groups, formulas, topics, rungs;
};

LaneIndex index_of(const std::vector<Entry>& entries) {
    LaneIndex index;
    for (size_t k = 0; k < entries.size(); ++k) {
        const Readout& r = entries[k].readout;
        for (const FormulaUse& use : r.formulas) {
            index.groups.add(use.group, k);
            index.formulas.add(formula_key(use.group, use.term), k);
        }
        for (const TopicPresence& topic : r.topics) index.topics.add(topic.id, k);
        for (const MeetingWord& word : r.meeting_words) index.rungs.add(rung_key(word.rung), k);
    }
    return index;
}

std::vector<FormulaSpan> formula_spans(const std::vector<Entry>& entries, const LaneIndex& index) {
    std::vector<FormulaSpan> spans;
    for (size_t k = 0; k < entries.size(); ++k) {
        for (const FormulaUse& use : entries[k].readout.formulas) {
            const std::vector<size_t>& at = index.formulas.positions(formula_key(use.group, use.term));
            bool listed = std::any_of(spans.begin(), spans.end(),
                                      [&](const FormulaSpan& s) { return s.group == use.group && s.term == use.term; });
            if (at.front() != k || listed) continue;
            spans.push_back({use.group, use.term, use.variant, at.front(), at.back(), at.size()});
        }
    }
    std::stable_sort(spans.begin(), spans.end(), [](const FormulaSpan& a, const FormulaSpan& b) {
        return std::tie(a.first, a.group, a.term) < std::tie(b.first, b.group, b.term);
    });
    return spans;
}

std::vector<TopicSpan> topic_spans(const std::vector<Entry>& entries, const LaneIndex& index,
                                   const std::vector<lexicon::Topic>& catalogue) {
    std::vector<TopicSpan> spans;
    for (const lexicon::Topic& topic : catalogue) {
        const std::vector<size_t>& at = index.topics.positions(topic.id);
        if (at.empty()) continue;
        double total = 0;
        for (size_t k : at) {
            for (const TopicPresence& t : entries[k].readout.topics) total += t.id == topic.id ? t.share : 0;
        }
        spans.push_back({topic.id, at.front(), at.back(), at.size(), total / static_cast<double>(entries.size())});
    }
    return spans;
}

Lane build_lane(lexicon::Side side, std::vector<Readout> readouts, const std::vector<lexicon::Topic>& catalogue,
                const std::string& topic) {
    std::sort(readouts.begin(), readouts.end(),
              [](const Readout& a, const Readout& b) { return std::tie(a.date, a.path) < std::tie(b.date, b.path); });
    Lane lane;
    lane.side = side;
    for (Readout& readout : readouts) lane.entries.push_back({std::move(readout), 0, 0, std::nullopt});
    LaneIndex index = index_of(lane.entries);
    auto in_focus = [&](size_t position, int sentence) {
        return topic.empty() || on_topic(lane.entries[position].readout, sentence, topic);
    };
    for (size_t k = 1; k < lane.entries.size(); ++k) {
        const Readout& before = lane.entries[k - 1].readout;
        const Readout& after = lane.entries[k].readout;
        Step step;
        step.previous = k - 1;
        step.formulas = formula_changes(before, k - 1, after, k, index.groups, index.formulas);
        step.meeting_words = meeting_words_move(before, k - 1, after, k, index.rungs);
        step.topics = topic_moves(before, after, k, catalogue, index.topics);
        step.tone = tone_move(before, k - 1, after, k, in_focus);
        lane.entries[k].step = std::move(step);
    }
    double n = static_cast<double>(lane.entries.size());
    for (const Entry& entry : lane.entries) {
        lane.mean_tone += entry.readout.tone.score / n;
        lane.mean_confrontation += entry.readout.tone.confrontation / n;
    }
    for (Entry& entry : lane.entries) {
        entry.tone_deviation = entry.readout.tone.score - lane.mean_tone;
        entry.confrontation_deviation = entry.readout.tone.confrontation - lane.mean_confrontation;
    }
    lane.formulas = formula_spans(lane.entries, index);
    lane.topics = topic_spans(lane.entries, index, catalogue);
    return lane;
}

}  // namespace

Timeline build_timeline(Collection collection, const TimelineOptions& options) {
    Timeline timeline;
    timeline.options = options;
    timeline.topics = std::move(collection.topics);
    timeline.left_out = std::move(collection.left_out);
    timeline.found = collection.found;
    for (lexicon::Side side : {lexicon::Side::us, lexicon::Side::prc}) {
        if (options.side && *options.side != side) continue;
        std::vector<Readout> readouts;
        for (Readout& readout : collection.readouts) {
            if (readout.side != side) continue;
            if (!options.topic.empty()) focus_on(readout, options.topic);
            readouts.push_back(std::move(readout));
        }
        if (!readouts.empty())
            timeline.lanes.push_back(build_lane(side, std::move(readouts), timeline.topics, options.topic));
    }
    return timeline;
}

}  // namespace readoutdiff::series
