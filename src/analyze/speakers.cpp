// The speaker is the actor named before the first reporting verb ("Wang Yi
// stressed"); two actors of different sides there ("The two leaders", "Biden
// and Xi") make both sides the speaker. A sentence opening with a pronoun
// continues the previous sentence's speaker.
#include "analyze/speakers.h"

#include <algorithm>
#include <array>

namespace readoutdiff::analyze {
namespace {

constexpr std::array<std::string_view, 4> kCarryingPronouns = {"he", "she", "they", "both"};

Side actor_side(const lexicon::Term& actor) { return actor.side; }

bool opens_with_pronoun(const segment::Sentence& sentence, size_t before) {
    for (size_t i = 0; i < sentence.tokens.size() && i < before && i < 3; ++i) {
        for (std::string_view pronoun : kCarryingPronouns) {
            if (sentence.tokens[i].folded == pronoun) return true;
        }
    }
    return false;
}

const TermMatch* first_official(const std::vector<TermMatch>& matches) {
    auto person = std::find_if(matches.begin(), matches.end(),
                               [](const TermMatch& m) { return m.term->actor_kind == lexicon::ActorKind::person; });
    return person != matches.end() ? &*person : nullptr;
}

// A title that names its principal by bare office and the counterpart in full
// ("The Secretary's Meeting with PRC Foreign Minister Wang Yi") belongs to
// the counterpart's other side.
bool principal_named_by_office(const std::vector<TermMatch>& title_actors, const TermMatch& named) {
    return std::any_of(title_actors.begin(), title_actors.end(), [&](const TermMatch& m) {
        return m.term->actor_kind == lexicon::ActorKind::title && m.last < named.first;
    });
}

Side other_side(Side side) {
    if (side == Side::us) return Side::prc;
    if (side == Side::prc) return Side::us;
    return Side::unknown;
}

// Whether the sentence's speaker is an official (not a country: "Beijing
// opposes" is often the other side's readout describing it).
bool official_speaks(const SentenceAnalysis& sentence, const std::vector<TermMatch>& actors) {
    return std::any_of(actors.begin(), actors.end(), [&](const TermMatch& m) {
        return m.term->category == sentence.speaker && m.term->actor_kind == lexicon::ActorKind::person;
    });
}

bool opens_in_first_person(const segment::Sentence& sentence) {
    return !sentence.tokens.empty() && (sentence.tokens[0].folded == "i" || sentence.tokens[0].folded == "we");
}

}  // namespace

void attribute_speakers(const segment::Document& document, const std::vector<std::vector<TermMatch>>& actors,
                        const std::vector<std::vector<TermMatch>>& speech, std::vector<SentenceAnalysis>& sentences) {
    std::string previous_speaker;
    Side previous_side = Side::unknown;
    for (size_t i = 0; i < sentences.size(); ++i) {
        const segment::Sentence& sentence = document.sentences[i];
        SentenceAnalysis& analysis = sentences[i];
        if (speech[i].empty()) {
            if (opens_with_pronoun(sentence, sentence.tokens.size())) {
                analysis.speaker = previous_speaker;
                analysis.speaker_side = previous_side;
            }
            continue;
        }
        size_t verb = speech[i].front().first;
        const lexicon::Term* first = nullptr;
        Side side = Side::unknown;
        for (const TermMatch& actor : actors[i]) {
            if (actor.last >= verb) break;
            Side this_side = actor_side(*actor.term);
            if (first == nullptr) {
                first = actor.term;
                side = this_side;
            } else if (this_side != side && this_side != Side::both && side != Side::both) {
                side = Side::both;
            }
        }
        if (first != nullptr) {
            analysis.speaker = side == Side::both && actor_side(*first) != Side::both ? "both-sides" : first->category;
            analysis.speaker_side = side;
        } else if (opens_with_pronoun(sentence, verb)) {
            analysis.speaker = previous_speaker;
            analysis.speaker_side = previous_side;
        }
        if (!analysis.speaker.empty()) {
            previous_speaker = analysis.speaker;
            previous_side = analysis.speaker_side;
        }
    }
}

Side readout_side(const std::vector<TermMatch>& title_actors, const std::vector<std::vector<TermMatch>>& actors,
                  const segment::Document& document, const std::vector<SentenceAnalysis>& sentences,
                  const std::vector<Side>& usage) {
    int us = 0, prc = 0;
    auto vote = [&](Side side, int weight) {
        if (side == Side::us) us += weight;
        if (side == Side::prc) prc += weight;
    };
    // The principal: the first official the title names ("Statement by
    // President Trump on His Call with President Xi"), else the first the
    // text names, as a host names its own first.
    const TermMatch* principal = first_official(title_actors);
    bool titled = principal != nullptr;
    for (size_t i = 0; principal == nullptr && i < actors.size(); ++i) principal = first_official(actors[i]);
    Side own = principal != nullptr ? actor_side(*principal->term) : Side::unknown;
    if (titled && principal_named_by_office(title_actors, *principal)) own = other_side(own);
    vote(own, 2);
    for (size_t i = 0; i < sentences.size(); ++i) {
        if (official_speaks(sentences[i], actors[i])) vote(sentences[i].speaker_side, 1);
        // "We made progress": a readout in the first person speaks for its title's principal.
        if (titled && opens_in_first_person(document.sentences[i])) vote(own, 1);
    }
    for (Side side : usage) vote(side, 1);
    if (us == prc) return Side::unknown;
    return us > prc ? Side::us : Side::prc;
}

}  // namespace readoutdiff::analyze
