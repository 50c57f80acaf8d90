// A readout's scores are means over its sentences, so what moved them from
// one readout to the next is text that changed: sentences new in this
// readout pushing the score the way it went, and sentences of the previous
// one that are gone and held it the other way. A sentence repeated word for
// word moves nothing. Each is weighed by its part of its readout's mean
// (its score over the readout's sentence count); the heaviest are kept.
#include "series/tone_move.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_set>

namespace readoutdiff::series {
namespace {

std::unordered_set<std::string_view> texts_of(const Readout& readout) {
    std::unordered_set<std::string_view> texts;
    for (const ReadoutSentence& s : readout.sentences) texts.insert(s.text);
    return texts;
}

// contribution(tone) is what a sentence adds to its readout's score (its
// sign must be direction's to count); new sentences of after and gone
// sentences of before (counted the other way) are candidates.
template <typename Contribution>
std::vector<ToneDriver> drivers(const Readout& before, size_t previous, const Readout& after, size_t current,
                                double direction, Contribution contribution,
                                const std::function<bool(size_t, int)>& in_focus) {
    std::vector<ToneDriver> out;
    if (direction == 0) return out;
    auto consider = [&](const Readout& readout, size_t position, const Readout& other, double sign) {
        std::unordered_set<std::string_view> kept = texts_of(other);
        double count = static_cast<double>(std::max<size_t>(1, readout.sentences.size()));
        for (size_t i = 0; i < readout.sentences.size(); ++i) {
            const ReadoutSentence& s = readout.sentences[i];
            int id = static_cast<int>(i) + 1;
            double push = sign * contribution(s.tone);
            if (push * direction <= 0 || kept.count(s.text) || !in_focus(position, id)) continue;
            out.push_back({{position, id}, s.tone, std::fabs(contribution(s.tone)) / count});
        }
    };
    consider(after, current, before, 1.0);
    consider(before, previous, after, -1.0);
    std::stable_sort(out.begin(), out.end(),
                     [](const ToneDriver& a, const ToneDriver& b) { return a.weight > b.weight; });
    if (out.size() > kDriversPerScore) out.resize(kDriversPerScore);
    return out;
}

double sign_of(double change) {
    // Moves below the reports' 4 decimals are no move.
    if (std::fabs(change) < 0.00005) return 0;
    return change > 0 ? 1 : -1;
}

}  // namespace

ToneMove tone_move(const Readout& before, size_t previous, const Readout& after, size_t current,
                   const std::function<bool(size_t, int)>& in_focus) {
    ToneMove move;
    move.score = {before.tone.score, after.tone.score};
    move.confrontation = {before.tone.confrontation, after.tone.confrontation};
    move.cooperation = {before.tone.cooperation, after.tone.cooperation};
    move.score_drivers = drivers(
        before, previous, after, current, sign_of(move.score.change()), [](double tone) { return tone; }, in_focus);
    move.confrontation_drivers = drivers(
        before, previous, after, current, sign_of(move.confrontation.change()),
        [](double tone) { return std::max(0.0, -tone); }, in_focus);
    return move;
}

}  // namespace readoutdiff::series
