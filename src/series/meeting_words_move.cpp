// Rungs are compared as sets: a readout that calls the talks "candid" twice
// and one that says it once stand on the same rung.
#include "series/meeting_words_move.h"

#include <algorithm>
#include <set>

namespace readoutdiff::series {
namespace {

std::vector<std::string> words_missing_from(const Readout& mine, const Readout& other) {
    std::vector<std::string> out;
    for (const MeetingWord& word : mine.meeting_words) {
        bool elsewhere = std::any_of(other.meeting_words.begin(), other.meeting_words.end(),
                                     [&](const MeetingWord& w) { return w.word == word.word; });
        if (!elsewhere && std::find(out.begin(), out.end(), word.word) == out.end()) out.push_back(word.word);
    }
    return out;
}

std::set<lexicon::Category> rungs_of(const Readout& readout) {
    std::set<lexicon::Category> rungs;
    for (const MeetingWord& word : readout.meeting_words) rungs.insert(word.rung);
    return rungs;
}

int first_sentence(const Readout& readout) {
    int first = 0;
    for (const MeetingWord& word : readout.meeting_words) {
        if (first == 0 || word.sentence < first) first = word.sentence;
    }
    return first;
}

}  // namespace

std::string rung_key(lexicon::Category rung) { return std::string(lexicon::to_string(rung)); }

MeetingWordsMove meeting_words_move(const Readout& before, size_t previous, const Readout& after, size_t current,
                                    const Occurrences& rungs) {
    MeetingWordsMove move;
    move.added = words_missing_from(after, before);
    move.dropped = words_missing_from(before, after);
    std::set<lexicon::Category> was = rungs_of(before), now = rungs_of(after);
    // std::set orders rungs as the enum does: the ladder, warmest first.
    std::set_difference(now.begin(), now.end(), was.begin(), was.end(), std::back_inserter(move.rungs_gained));
    std::set_difference(was.begin(), was.end(), now.begin(), now.end(), std::back_inserter(move.rungs_lost));
    for (lexicon::Category rung : move.rungs_gained) {
        if (rungs.first_at(rung_key(rung), current)) move.rungs_first_in_series.push_back(rung);
    }
    move.before = {previous, first_sentence(before)};
    move.after = {current, first_sentence(after)};
    return move;
}

}  // namespace readoutdiff::series
