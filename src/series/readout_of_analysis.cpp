// The same numbers as a compare report's side, rounded as its JSON rounds
// them, so a series read from files and one read from a batch OUTDIR agree
// to the byte.
#include "series/readout_of_analysis.h"

#include <algorithm>

#include "compare/emphasis.h"
#include "render/rounding.h"

namespace readoutdiff::series {

Readout readout_of(const analyze::Analysis& analysis, std::string date) {
    const text::Text& text = analysis.document.text;
    Readout readout;
    readout.path = text.path;
    readout.title = text.title;
    readout.date = std::move(date);
    readout.source = text.source;
    readout.side = analysis.side == lexicon::Side::both ? lexicon::Side::unknown : analysis.side;
    readout.words = analysis.word_count;
    readout.sentences.reserve(analysis.sentences.size());
    for (size_t i = 0; i < analysis.sentences.size(); ++i) {
        const auto& sentence = analysis.sentences[i];
        readout.sentences.push_back({std::string(analysis.document.sentence_text(analysis.document.sentences[i])),
                                     sentence.topics, render::round_to_4_decimals(sentence.tone.score)});
    }
    for (const auto& [id, side] : compare::topic_sides(analysis)) {
        readout.topics.push_back({id, render::round_to_4_decimals(side.share), side.mentions, side.rank.value_or(0)});
    }
    std::sort(readout.topics.begin(), readout.topics.end(),
              [](const TopicPresence& a, const TopicPresence& b) { return a.rank < b.rank; });
    readout.tone = {render::round_to_4_decimals(analysis.tone.score),
                    render::round_to_4_decimals(analysis.tone.confrontation),
                    render::round_to_4_decimals(analysis.tone.cooperation)};
    for (const auto& word : analysis.characterization)
        readout.meeting_words.push_back({word.word, word.rung, word.sentence});
    for (const auto& hit : analysis.code_phrases)
        readout.formulas.push_back({hit.group, hit.variant, hit.term, hit.sentence});
    return readout;
}

}  // namespace readoutdiff::series
