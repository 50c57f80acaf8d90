// A characterization word counts only when it describes the talks: it must
// stand within a few words of a head noun ("candid and constructive
// discussion", "the talks were productive"), or be predicated of one in the
// past tense however long the subject ("the conversations, which ran well into
// the afternoon, were direct"), and not follow a wish about the future ("keep
// open lines of communication"). Multi-word rungs such as "exchanged views"
// describe the talks by themselves.
#include "analyze/framing.h"

#include <algorithm>
#include <optional>

namespace readoutdiff::analyze {
namespace {

using lexicon::Category;

constexpr size_t kHeadReach = 4;    // words between a characterization word and its head noun
constexpr size_t kCopulaReach = 3;  // words between "were" and the word it predicates ("was a very productive one")
constexpr size_t kChainReach = 2;   // "candid and in-depth": a word next to a counted one counts too
constexpr size_t kFutureReach = 4;  // words before a characterization word that make it a wish
constexpr size_t kNegationReach = 3;
constexpr size_t kRequestReach = 8;
// A sentence claims agreement when its agreement cues weigh this much: "agreed"
// (1) alone, or weaker cues together ("resume" 0.8 + "working group" 0.7).
constexpr double kAgreementEvidence = 1.0;
constexpr double kReliableCue = 1.0;

size_t distance(const TermMatch& a, const TermMatch& b) {
    if (a.last < b.first) return b.first - a.last;
    if (b.last < a.first) return a.first - b.last;
    return 0;
}

bool near(const TermMatch& a, const TermMatch& b, size_t reach) { return distance(a, b) > 0 && distance(a, b) <= reach; }

// Whether a cue within reach words of word (before or after) passes test.
// Matches come sorted and without overlaps, so a binary search finds the
// first cue in reach and the scan stops after the last: a pasted megabyte
// "sentence" no longer costs a pass over all its cues per word.
template <typename Test>
bool any_cue_within(const std::vector<TermMatch>& cues, const TermMatch& word, size_t reach, Test test) {
    size_t from = word.first > reach ? word.first - reach : 0;
    auto it = std::lower_bound(cues.begin(), cues.end(), from, [](const TermMatch& cue, size_t at) { return cue.last < at; });
    for (; it != cues.end() && it->first <= word.last + reach; ++it) {
        if (test(*it)) return true;
    }
    return false;
}

bool follows_future_cue(const std::vector<TermMatch>& cues, const TermMatch& word) {
    return any_cue_within(cues, word, kFutureReach, [&](const TermMatch& cue) {
        return cue.term->kind == Category::future && cue.last < word.first;
    });
}

// Where the sentence's first head noun ends, or none: found once per
// sentence, so a pasted megabyte of "was candid" costs one pass, not one per word.
std::optional<size_t> first_head_end(const FramingMatches& m) {
    auto head = std::find_if(m.cues.begin(), m.cues.end(),
                             [](const TermMatch& cue) { return cue.term->kind == Category::characterize; });
    return head == m.cues.end() ? std::nullopt : std::optional<size_t>(head->last);
}

// "The talks ... were candid": a past-tense copula just before the word, with
// a head noun anywhere before it. The present tense is left out: "dialogue is
// important" is a maxim, not a description of this meeting.
bool predicated_of_the_talks(const FramingMatches& m, const TermMatch& word, std::optional<size_t> head_end) {
    if (!head_end) return false;
    return any_cue_within(m.cues, word, kCopulaReach, [&](const TermMatch& copula) {
        return copula.term->kind == Category::copula && copula.last < word.first && *head_end < copula.first;
    });
}

bool describes_the_talks(const FramingMatches& m, const TermMatch& word, std::optional<size_t> head_end) {
    if (follows_future_cue(m.cues, word)) return false;
    if (word.term->stems.size() > 1 && word.term->kind == Category::exchanged_views) return true;
    return any_cue_within(m.cues, word, kHeadReach, [&](const TermMatch& cue) {
        return cue.term->kind == Category::characterize && near(cue, word, kHeadReach);
    }) || predicated_of_the_talks(m, word, head_end);
}

// The characterization words of one sentence that describe the talks: those
// near a head noun, then those chained to them ("candid and in-depth manner").
std::vector<const TermMatch*> talk_descriptions(const FramingMatches& m) {
    const std::vector<TermMatch>& words = m.characterization;
    std::vector<bool> counted(words.size(), false);
    std::vector<size_t> pending;  // counted words whose neighbours are still to be looked at
    auto count = [&](size_t k) {
        counted[k] = true;
        pending.push_back(k);
    };
    std::optional<size_t> head_end = first_head_end(m);
    for (size_t k = 0; k < words.size(); ++k) {
        if (describes_the_talks(m, words[k], head_end)) count(k);
    }
    // The chain grows from each counted word to its neighbours, once each. The
    // matches come left to right without overlaps (TermMatcher::find), so the
    // look stops at the first word out of reach: a pasted "sentence" of
    // thousands of rungs no longer costs a pass over all of them per word and
    // per round (cubic time: 44 KB took 30 s).
    while (!pending.empty()) {
        size_t k = pending.back();
        pending.pop_back();
        auto visit = [&](size_t j) {
            if (!counted[j] && near(words[j], words[k], kChainReach) && !follows_future_cue(m.cues, words[j])) count(j);
        };
        for (size_t j = k; j-- > 0 && !(words[j].last < words[k].first && words[k].first - words[j].last > kChainReach);) visit(j);
        for (size_t j = k + 1; j < words.size() && !(words[j].first > words[k].last && words[j].first - words[k].last > kChainReach); ++j) visit(j);
    }
    std::vector<const TermMatch*> out;
    for (size_t k = 0; k < counted.size(); ++k) {
        if (counted[k]) out.push_back(&m.characterization[k]);
    }
    return out;
}

bool negated(const FramingMatches& m, const TermMatch& cue) {
    return std::any_of(m.negators.begin(), m.negators.end(), [&](const TermMatch& n) {
        return n.last < cue.first && cue.first - n.last <= kNegationReach;
    });
}

// The side named nearest to a request cue: "at the request of the U.S. side",
// "at President Biden's request".
Side requesting_side(const FramingMatches& m, const TermMatch& cue) {
    const TermMatch* best = nullptr;
    for (const TermMatch& actor : m.actors) {
        Side side = actor.term->side;
        if ((side != Side::us && side != Side::prc) || distance(actor, cue) > kRequestReach) continue;
        bool after = actor.first > cue.last;
        bool best_after = best != nullptr && best->first > cue.last;
        if (best == nullptr || (after && !best_after) || (after == best_after && distance(actor, cue) < distance(*best, cue))) {
            best = &actor;
        }
    }
    return best ? best->term->side : Side::unknown;
}

}  // namespace

void analyze_framing(const std::vector<FramingMatches>& matches, Analysis& analysis) {
    for (size_t i = 0; i < matches.size(); ++i) {
        const FramingMatches& m = matches[i];
        int sentence_id = static_cast<int>(i) + 1;
        for (const TermMatch* described : talk_descriptions(m)) {
            const TermMatch& word = *described;
            // "in-depth" and "in depth" are one word for a reader.
            bool seen = std::any_of(analysis.characterization.begin(), analysis.characterization.end(),
                                    [&](const CharacterizationWord& c) { return c.stems == word.term->stems; });
            if (!seen) {
                analysis.characterization.push_back(
                    CharacterizationWord{word.term->text, word.term->stems, word.term->kind, word.term->weight, sentence_id});
            }
        }
        double agreement_evidence = 0;
        for (const TermMatch& cue : m.cues) {
            if (cue.term->kind == Category::agreement && !negated(m, cue)) agreement_evidence += cue.term->weight;
            // Weaker request cues ("invite", "request") also ask for other things.
            if (cue.term->kind == Category::request && cue.term->weight >= kReliableCue && analysis.request_sentence == 0) {
                Side side = requesting_side(m, cue);
                if (side != Side::unknown) {
                    analysis.requested_by = side;
                    analysis.request_sentence = sentence_id;
                }
            }
        }
        if (agreement_evidence >= kAgreementEvidence) {
            analysis.sentences[i].claims_agreement = true;
            analysis.agreements.push_back(sentence_id);
        }
        for (const TermMatch& phrase : m.code_phrases) {
            analysis.code_phrases.push_back(
                CodePhraseHit{phrase.term->category, phrase.term->variant, phrase.term->text, sentence_id});
        }
    }
}

}  // namespace readoutdiff::analyze
