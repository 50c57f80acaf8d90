#include "analyze/earlier_meeting.h"

#include <algorithm>

namespace readoutdiff::analyze {
namespace {

using lexicon::Category;

constexpr size_t kJoinerReach = 3;  // "President Xi Jinping and President Joe Biden": the words between two names
constexpr size_t kNounBeforeBetween = 3;  // "the March video call between"
constexpr size_t kNounAfterHold = 3;      // "held a fruitful meeting"

struct Pair {
    size_t first;  // the first name's first token
    size_t last;   // the second name's last token
};

bool is_official(const TermMatch& m) { return m.term->actor_kind == lexicon::ActorKind::person; }

bool opposite_sides(const TermMatch& a, const TermMatch& b) {
    return (a.term->side == Side::us && b.term->side == Side::prc) || (a.term->side == Side::prc && b.term->side == Side::us);
}

// Two officials of opposite sides joined by "and", neither the principal.
std::vector<Pair> pairs_of_others(const segment::Sentence& sentence, const std::vector<TermMatch>& actors, const Principal& principal) {
    std::vector<Pair> out;
    const auto& tokens = sentence.tokens;
    auto other = [&](const TermMatch& m) { return is_official(m) && m.term->category != principal.official->category; };
    for (size_t i = 0; i + 1 < actors.size(); ++i) {
        const TermMatch& a = actors[i];
        const TermMatch& b = actors[i + 1];
        if (!other(a) || !other(b) || !opposite_sides(a, b) || b.first - a.last - 1 > kJoinerReach) continue;
        if (!segment::same_clause(tokens, a.last, b.first)) continue;
        bool joined = false;
        for (size_t t = a.last + 1; t < b.first; ++t) joined = joined || tokens[t].folded == "and";
        if (joined) out.push_back({a.first, b.last});
    }
    return out;
}

// Whether a cue of kind lies within tokens from..to.
bool cue_of(const std::vector<TermMatch>& cues, size_t from, size_t to, Category kind) {
    return any_match_touching(cues, from, to, [&](const TermMatch& cue) {
        return cue.term->kind == kind && cue.first >= from && cue.last <= to;
    });
}

// "the March call between [pair]"; not one still to be held: "a meeting
// between [pair]", "the upcoming meeting between [pair]".
bool meeting_between(const segment::Sentence& sentence, const std::vector<TermMatch>& cues, const Pair& pair) {
    const auto& tokens = sentence.tokens;
    if (pair.first == 0 || tokens[pair.first - 1].folded != "between") return false;
    size_t between = pair.first - 1, from = between > kNounBeforeBetween ? between - kNounBeforeBetween : 0;
    for (size_t t = from; t < between; ++t) {
        if (tokens[t].folded == "a" || tokens[t].folded == "an") return false;
    }
    return !cue_of(cues, from, between, Category::future) && cue_of(cues, from, between, Category::characterize);
}

// "[pair] met ...", "[pair] held a fruitful meeting ...": past, the verb right after the names.
bool pair_met(const segment::Sentence& sentence, const std::vector<TermMatch>& cues, const Pair& pair) {
    size_t verb = pair.last + 1;
    if (verb >= sentence.tokens.size() || sentence.tokens[verb].after_clause_break) return false;
    if (cue_of(cues, verb, verb, Category::meeting)) return true;
    return cue_of(cues, verb, verb, Category::hold_meeting) &&
           cue_of(cues, verb + 1, std::min(verb + kNounAfterHold, sentence.tokens.size() - 1), Category::characterize);
}

}  // namespace

bool names_an_earlier_meeting(const segment::Sentence& sentence, const std::vector<TermMatch>& actors,
                              const std::vector<TermMatch>& cues, const Principal& principal) {
    if (principal.official == nullptr) return false;
    for (const Pair& pair : pairs_of_others(sentence, actors, principal)) {
        if (meeting_between(sentence, cues, pair) || pair_met(sentence, cues, pair)) return true;
    }
    return false;
}

}  // namespace readoutdiff::analyze
