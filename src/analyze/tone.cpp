// Negators and intensifiers reach forward a few words within one clause; a
// negated confrontational term becomes a mild reassurance (half weight,
// positive) unless the clause forbids ("will not be tolerated", "must not
// provoke"): then it stays confrontational and adds assertiveness.
#include "analyze/tone.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace readoutdiff::analyze {
namespace {

constexpr size_t kNegationReach = 4;
constexpr size_t kIntensifierReach = 3;
constexpr size_t kObligationReach = 2;
constexpr double kReassuranceFactor = 0.5;
constexpr double kProhibitionAssertiveness = 0.5;
constexpr double kDocumentShrinkage = 2.0;  // pseudo-count of neutral terms

bool is_polar(lexicon::Category category) {
    using enum lexicon::Category;
    return category == cooperative || category == confrontational || category == euphemism;
}

// True when no clause break stands between tokens from and to (from < to).
bool same_clause(const std::vector<segment::Token>& tokens, size_t from, size_t to) {
    for (size_t i = from + 1; i <= to && i < tokens.size(); ++i) {
        if (tokens[i].after_clause_break) return false;
    }
    return true;
}

// "will never allow", "no interference will be tolerated" (the cue follows the
// negator in its clause) and "must not provoke" (an obligation just before it).
bool clause_forbids(const std::vector<segment::Token>& tokens, size_t negator_first, size_t negator_last,
                    const std::vector<TermMatch>& prohibitions) {
    for (const TermMatch& p : prohibitions) {
        if (p.first > negator_last && same_clause(tokens, negator_last, p.first)) return true;
        if (p.last < negator_first && negator_first - p.last <= kObligationReach) return true;
    }
    return false;
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
           same_clause(tokens, pending.position, target);
}

}  // namespace

Tone score_sentence_tone(const segment::Document& document, const segment::Sentence& sentence,
                         const std::vector<TermMatch>& tone_matches, const std::vector<TermMatch>& prohibitions) {
    const auto& tokens = sentence.tokens;
    Tone tone;
    Pending negation, intensifier;
    double polar_sum = 0, assertive_sum = 0, hedge_sum = 0;
    int polar_count = 0;
    for (const TermMatch& match : tone_matches) {
        const lexicon::Term& term = *match.term;
        if (term.kind == lexicon::Category::negator) {
            negation = Pending{true, match.last, 1.0, match.first};
            continue;
        }
        if (term.kind == lexicon::Category::intensifier) {
            intensifier = Pending{true, match.last, term.weight, match.first};
            continue;
        }
        TermHit hit;
        hit.term = std::string(document.slice({tokens[match.first].span.begin, tokens[match.last].span.end}));
        hit.category = term.kind;
        hit.weight = term.weight;
        if (reaches(intensifier, tokens, match.first, kIntensifierReach)) {
            hit.weight *= intensifier.factor;
            hit.rule = format_factor(intensifier.factor);
            intensifier.active = false;
        }
        if (is_polar(term.kind)) {
            if (reaches(negation, tokens, match.first, kNegationReach)) {
                if (clause_forbids(tokens, negation.first, negation.position, prohibitions)) {
                    hit.rule = "prohibition";
                    assertive_sum += kProhibitionAssertiveness;
                } else {
                    hit.weight = hit.weight < 0 ? -hit.weight * kReassuranceFactor : -hit.weight;
                    hit.rule = "negated";
                }
                negation.active = false;
            }
            hit.weight = std::clamp(hit.weight, -1.0, 1.0);
            polar_sum += hit.weight;
            ++polar_count;
        } else if (term.kind == lexicon::Category::assertive) {
            assertive_sum += hit.weight;
        } else if (term.kind == lexicon::Category::hedge) {
            hedge_sum += hit.weight;
        }
        tone.terms.push_back(std::move(hit));
    }
    tone.score = polar_count > 0 ? std::clamp(polar_sum / polar_count, -1.0, 1.0) : 0.0;
    tone.assertiveness = std::min(1.0, assertive_sum);
    tone.hedging = std::min(1.0, hedge_sum);
    return tone;
}

Tone document_tone(const std::vector<SentenceAnalysis>& sentences) {
    Tone tone;
    double polar_sum = 0, assertive_sum = 0, hedge_sum = 0, negative_sum = 0, positive_sum = 0;
    int polar_count = 0;
    for (const SentenceAnalysis& sentence : sentences) {
        for (const TermHit& hit : sentence.tone.terms) {
            if (is_polar(hit.category)) {
                polar_sum += hit.weight;
                (hit.weight < 0 ? negative_sum : positive_sum) += std::fabs(hit.weight);
                ++polar_count;
            }
        }
        assertive_sum += sentence.tone.assertiveness;
        hedge_sum += sentence.tone.hedging;
    }
    tone.score = std::clamp(polar_sum / (polar_count + kDocumentShrinkage), -1.0, 1.0);
    double count = std::max<double>(1.0, static_cast<double>(sentences.size()));
    tone.assertiveness = std::min(1.0, assertive_sum / count);
    tone.hedging = std::min(1.0, hedge_sum / count);
    tone.confrontation = negative_sum / count;
    tone.cooperation = positive_sum / count;
    return tone;
}

}  // namespace readoutdiff::analyze
