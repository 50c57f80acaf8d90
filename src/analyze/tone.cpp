// A demand on the other side is confrontational whatever goodwill words sit
// inside it ("must abide by ... and support China's peaceful reunification"),
// so the cooperative words in its scope count for nothing; a reassurance
// disclaims the confrontational words it governs ("does not seek a new Cold
// War"). A concession ("although ...") and what comes before a "but" count
// half: the main clause carries the point. Negators and intensifiers reach
// forward a few words within a clause; a negated confrontational word
// becomes a mild reassurance unless the clause forbids ("will not be
// tolerated", "must not provoke").
#include "analyze/tone.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "analyze/addressee.h"

namespace readoutdiff::analyze {
namespace {

using lexicon::Category;

constexpr size_t kNegationReach = 4;
constexpr size_t kIntensifierReach = 3;
constexpr size_t kObligationReach = 2;
constexpr double kReassuranceFactor = 0.5;
constexpr double kProhibitionAssertiveness = 0.5;
constexpr double kUnaddressedShare = 0.5;   // "these concerns must be legitimate": a demand on no one named
constexpr double kSubordinateShare = 0.5;   // a concession, or what stands before "but"
constexpr double kWordsBesideActs = 0.25;   // the words' mean, in a sentence that has an act
// Goodwill is a readout's default register, confrontation the departure from
// it: a sentence's warmth counts 0.4 of its harshness (tuned on the written tune pairs).
constexpr double kWarmthShare = 0.4;
constexpr double kDocumentShrinkage = 1.0;  // a neutral sentence added to every readout

bool is_word_tone(Category c) { return c == Category::cooperative || c == Category::confrontational || c == Category::euphemism; }

bool is_addressed(Category c) { return c == Category::obligation || c == Category::demand; }

bool is_act(Category c) {
    switch (c) {
        case Category::obligation: case Category::demand: case Category::warning: case Category::threat:
        case Category::concern: case Category::bleak: case Category::risk: case Category::reassurance:
        case Category::commitment: case Category::praise: case Category::hopeful: return true;
        default: return false;
    }
}

// The last obligation or demand seen in the sentence, and whether it binds the other side.
struct LastObligation {
    bool seen = false;
    size_t last = 0;
    bool on_other_side = false;
};

// "will never allow", "no interference will be tolerated" (a prohibition cue
// follows the negator in its clause), "will tolerate neither separatism nor
// meddling", "allows no interference" (it stands just before the negator)
// and "the U.S. side must not provoke" (an
// obligation on the other side just before it; "competition must not veer into
// conflict" binds no one and stays a reassurance).
bool clause_forbids(const std::vector<segment::Token>& tokens, size_t negator_first, size_t negator_last,
                    const std::vector<TermMatch>& prohibitions, const LastObligation& obligation) {
    for (const TermMatch& p : prohibitions) {
        if (p.first > negator_last && segment::same_clause(tokens, negator_last, p.first)) return true;
        if (p.last + 1 == negator_first) return true;
    }
    return obligation.seen && obligation.on_other_side && obligation.last < negator_first &&
           negator_first - obligation.last <= kObligationReach;
}

std::string format_factor(double factor) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "intensified x%.2g", factor);
    return buffer;
}

struct Pending {
    bool active = false;
    size_t position = 0;  // the last token of the negator or intensifier
    double factor = 1.0;
    size_t first = 0;     // its first token
};

bool reaches(const Pending& pending, const std::vector<segment::Token>& tokens, size_t target, size_t reach) {
    return pending.active && target > pending.position && target - pending.position <= reach &&
           segment::same_clause(tokens, pending.position, target);
}

// The share each token's words count for: half in a concession ("although
// they compete,") and before a "but", whole elsewhere.
std::vector<double> clause_shares(const std::vector<segment::Token>& tokens, const std::vector<TermMatch>& contrasts) {
    std::vector<double> share(tokens.size(), 1.0);
    size_t clause_start = 0;
    for (const TermMatch& cue : contrasts) {
        if (cue.term->kind == Category::contrast) {
            for (size_t i = clause_start; i < cue.first; ++i) share[i] = kSubordinateShare;
            clause_start = cue.last + 1;
        } else {
            size_t end = cue.last + 1;
            while (end < tokens.size() && !tokens[end].after_clause_break) ++end;
            for (size_t i = cue.first; i < end; ++i) share[i] = kSubordinateShare;
        }
    }
    return share;
}

// Where a scope opened at token `from` ends: at the next act or contrast, or the sentence's end.
size_t scope_end(const std::vector<TermMatch>& tone, const std::vector<TermMatch>& contrasts, size_t from, size_t size) {
    size_t end = size;
    for (const TermMatch& m : tone) {
        if (m.first > from && is_act(m.term->kind)) end = std::min(end, m.first);
    }
    for (const TermMatch& c : contrasts) {
        if (c.first > from) end = std::min(end, c.first);
    }
    return end;
}

}  // namespace

Tone score_sentence_tone(const ToneInput& in) {
    const auto& tokens = in.sentence.tokens;
    Tone tone;
    Pending negation, intensifier;
    std::vector<double> share = clause_shares(tokens, in.contrasts);
    // Scopes in which words do not count: cooperative words inside a demand on
    // the other side, confrontational words a reassurance disclaims.
    size_t demand_until = 0, disclaimed_until = 0;
    LastObligation obligation;
    bool forbidden_before = false;  // a negated term of this sentence was a prohibition
    double acts = 0, words = 0, assertive_sum = 0, hedge_sum = 0;
    int word_count = 0, act_count = 0;
    for (const TermMatch& match : in.tone) {
        const lexicon::Term& term = *match.term;
        if (term.kind == Category::negator) {
            negation = Pending{true, match.last, 1.0, match.first};
            continue;
        }
        if (term.kind == Category::intensifier) {
            intensifier = Pending{true, match.last, term.weight, match.first};
            continue;
        }
        TermHit hit;
        hit.term = std::string(in.document.slice({tokens[match.first].span.begin, tokens[match.last].span.end}));
        hit.category = term.kind;
        hit.weight = term.weight;
        if (reaches(intensifier, tokens, match.first, kIntensifierReach)) {
            hit.weight *= intensifier.factor;
            hit.rule = format_factor(intensifier.factor);
            intensifier.active = false;
        }
        bool negated = reaches(negation, tokens, match.first, kNegationReach);
        if (negated) {
            // "avoid conflict and confrontation": the negation goes on to a word "and" or "or" joins.
            size_t joiner = match.last + 1;
            bool joined = joiner + 1 < tokens.size() && !tokens[joiner].after_clause_break &&
                          (tokens[joiner].folded == "and" || tokens[joiner].folded == "or") &&
                          std::any_of(in.tone.begin(), in.tone.end(), [&](const TermMatch& m) { return m.first == joiner + 1; });
            negation.active = joined;
            negation.position = joiner;
        }

        if (is_addressed(term.kind)) {
            // "must not" stays a demand: a prohibition aimed at the same addressee.
            hit.addressee = term.kind == Category::obligation ? subject_before(tokens, in.actors, match.first)
                                                              : object_after(tokens, in.actors, match.last);
            Target target = target_of(hit.addressee, in.own);
            obligation = LastObligation{true, match.last, target == Target::other_side};
            if (target == Target::other_side) {
                demand_until = scope_end(in.tone, in.contrasts, match.last, tokens.size());
            } else {
                hit.weight = target == Target::none ? hit.weight * kUnaddressedShare : 0.0;
            }
            hit.rule = to_string(target);
        } else if (is_act(term.kind) || is_word_tone(term.kind)) {
            if (negated) {
                // "tolerate neither X nor Y": "nor" goes on with the prohibition before it.
                bool continues_prohibition = forbidden_before && tokens[negation.first].folded == "nor";
                if (continues_prohibition || clause_forbids(tokens, negation.first, negation.position, in.prohibitions, obligation)) {
                    forbidden_before = true;
                    hit.rule = "prohibition";
                    assertive_sum += kProhibitionAssertiveness;
                } else {
                    hit.weight = hit.weight < 0 ? -hit.weight * kReassuranceFactor : -hit.weight;
                    hit.rule = "negated";
                }
            } else if (term.kind == Category::reassurance) {
                disclaimed_until = scope_end(in.tone, in.contrasts, match.last, tokens.size());
            } else if (hit.weight > 0 && match.first < demand_until && !is_act(term.kind)) {
                hit.weight = 0;
                hit.rule = "inside a demand on the other side";
            } else if (hit.weight < 0 && match.first < disclaimed_until && !is_act(term.kind)) {
                hit.weight = 0;
                hit.rule = "disclaimed";
            }
        }
        if (share[match.first] < 1.0 && (is_act(term.kind) || is_word_tone(term.kind))) {
            hit.weight *= share[match.first];
            hit.rule += std::string(hit.rule.empty() ? "" : ", ") + "subordinate clause";
        }
        if (is_act(term.kind)) {
            acts += hit.weight;
            ++act_count;
        } else if (is_word_tone(term.kind)) {
            hit.weight = std::clamp(hit.weight, -1.0, 1.0);
            if (hit.weight != 0) {
                words += hit.weight;
                ++word_count;
            }
        } else if (term.kind == Category::assertive) {
            assertive_sum += hit.weight;
        } else if (term.kind == Category::hedge) {
            hedge_sum += hit.weight;
        }
        tone.terms.push_back(std::move(hit));
    }
    double word_mean = word_count > 0 ? words / word_count : 0.0;
    tone.score = std::clamp(acts + (act_count > 0 ? kWordsBesideActs : 1.0) * word_mean, -1.0, 1.0);
    if (tone.score > 0) tone.score *= kWarmthShare;
    tone.confrontation = std::max(0.0, -tone.score);
    tone.cooperation = std::max(0.0, tone.score);
    tone.assertiveness = std::min(1.0, assertive_sum);
    tone.hedging = std::min(1.0, hedge_sum);
    return tone;
}

Tone document_tone(const std::vector<SentenceAnalysis>& sentences) {
    Tone tone;
    double sum = 0, negative = 0, positive = 0, assertive_sum = 0, hedge_sum = 0;
    for (const SentenceAnalysis& sentence : sentences) {
        sum += sentence.tone.score;
        negative += sentence.tone.confrontation;
        positive += sentence.tone.cooperation;
        assertive_sum += sentence.tone.assertiveness;
        hedge_sum += sentence.tone.hedging;
    }
    double count = static_cast<double>(sentences.size());
    // Between a mean and a sum: a readout that makes three demands reads harsher
    // than one that makes one, but not three times as harsh, whatever its length.
    double scale = std::sqrt(count + kDocumentShrinkage);
    tone.score = std::clamp(sum / scale, -1.0, 1.0);
    tone.confrontation = negative / scale;
    tone.cooperation = positive / scale;
    tone.assertiveness = std::min(1.0, assertive_sum / std::max(1.0, count));
    tone.hedging = std::min(1.0, hedge_sum / std::max(1.0, count));
    return tone;
}

}  // namespace readoutdiff::analyze
