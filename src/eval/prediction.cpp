// The tool's links are all sure: they are the rows its reports show.
#include "eval/prediction.h"

namespace readoutdiff::eval {
namespace {

std::vector<lexicon::Side> speaker_sides(const analyze::Analysis& analysis) {
    std::vector<lexicon::Side> sides;
    for (const auto& sentence : analysis.sentences) sides.push_back(sentence.speaker_side);
    return sides;
}

std::vector<std::string> meeting_words(const analyze::Analysis& analysis) {
    std::vector<std::string> words;
    for (const auto& word : analysis.characterization) words.push_back(word.word);
    return words;
}

Column requester(const compare::Comparison& c) {
    for (const analyze::Analysis* a : {&c.left, &c.right}) {
        if (a->request_sentence == 0) continue;
        if (a->requested_by == c.left.side) return Column::left;
        if (a->requested_by == c.right.side) return Column::right;
    }
    return Column::neither;
}

}  // namespace

Annotation prediction_of(const compare::Comparison& c) {
    Annotation a;
    for (const align::Link& link : c.alignment.links) a.links.push_back({link.left, link.right, true});
    a.counterparts.emplace();
    for (const align::Section& s : c.alignment.sections) a.counterparts->push_back({s.subject, s.left, s.right});
    a.more_confrontational = c.verdict.harsher;
    a.confidence = c.verdict.confidence;
    a.characterization = {meeting_words(c.left), meeting_words(c.right)};
    a.topics_only = {c.omitted_by_right(), c.omitted_by_left()};
    a.agreements = {c.left.agreements, c.right.agreements};
    a.requested_by = requester(c);
    a.speakers = Sides<std::vector<lexicon::Side>>{speaker_sides(c.left), speaker_sides(c.right)};
    a.readout = {c.left.side, c.right.side};
    return a;
}

}  // namespace readoutdiff::eval
