// Cues come from cues.tsv: agreement (verbs that claim it by themselves),
// settle + agreement-noun ("reached ... understandings", "secured an
// agreement", "an agreement was reached"), joint-step (verbs that claim it with both sides as their
// subject), joint-pledge (what both sides own, "their shared commitment", a claim wherever it
// stands after that subject), appeal and other-occasion (which veto a claim).
#include "analyze/agreements.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "text/inflection.h"
#include "analyze/speakers.h"

namespace readoutdiff::analyze {
namespace {

using lexicon::ActorKind;
using lexicon::Category;

constexpr size_t kNounReach = 5;        // "reached a set of important understandings"
constexpr size_t kStepAfterSubject = 4;  // "The two sides also firmly committed to"
constexpr size_t kOccasionAfter = 4;     // "agreed in Bali": an other-occasion cue this close after the claim
constexpr size_t kNegationReach = 3;
constexpr size_t kAdverbsBeforeStep = 1;  // "are also resuming"
constexpr size_t kCoordinationReach = 2;  // "and" this close before a joint step ("and also committed")

bool negated(const FramingMatches& m, const TermMatch& cue) {
    return std::any_of(m.negators.begin(), m.negators.end(), [&](const TermMatch& n) {
        return n.last < cue.first && cue.first - n.last <= kNegationReach;
    });
}

// A past-tense verb or "will": the form a readout gives a predicate of its own
// ("discussed energy and agreed to", "and will meet"). "and plans to" (a noun)
// and "to secure ... and achieve" (the infinitive's second verb) are not.
bool finite_verb(const std::string& word) { return text::ed_form(word, 5) || word == "will"; }

// The "and" that makes the claim head a predicate coordinated with the one
// before it ("The two leaders discussed ... and tasked their teams", "and
// also committed", "and together committed", "and underscored their
// commitment": a pledge's verb heads it), if any. A word between that is
// no adverb opens a clause of its own ("and Zambia will commit").
std::optional<size_t> coordinating_and(const FramingMatches& m, const TermMatch& claim) {
    const auto& tokens = m.sentence->tokens;
    bool pledge_after_verb = claim.term->kind == Category::joint_pledge && claim.first >= 1 && finite_verb(tokens[claim.first - 1].folded);
    size_t head = pledge_after_verb ? claim.first - 1 : claim.first;
    auto adverb = [](const segment::Token& t) { return t.stopword || t.folded.ends_with("ly") || t.folded == "together"; };
    for (size_t back = 1; back <= kCoordinationReach && back <= head; ++back) {
        if (tokens[head - back].folded != "and") continue;
        if (back == 1 || adverb(tokens[head - 1])) return head - back;
    }
    return std::nullopt;
}

// "urged restraint and agreed to", "..., and together committed to": a claim
// in the past tense coordinated by "and" is a predicate of its own, out of
// an appeal's reach ("called on them to ... and agree to" stays inside it).
bool own_predicate(const FramingMatches& m, const TermMatch& claim, std::optional<size_t> coordination) {
    const std::string& verb = m.sentence->tokens[claim.first].folded;
    return coordination.has_value() && text::ed_form(verb, 5);
}

// An appeal before the claim vetoes it, unless the claim is a predicate of its own;
// so does a verb of what the talks took up in its clause.
// An other-occasion cue before the claim vetoes it unless it stands in an
// earlier predicate coordinated with the claim's by "and", a comma before
// the "and" allowed ("noted the progress over the past year and planned to
// hold", "asked their teams to act on the understandings reached in San
// Francisco, and agreed to"). A cue in a clause before it frames it ("met
// last year, where they ... and reached consensus").
bool vetoed(const FramingMatches& m, const TermMatch& claim) {
    std::optional<size_t> coordination = coordinating_and(m, claim);
    return std::any_of(m.cues.begin(), m.cues.end(), [&](const TermMatch& c) {
        if (c.term->kind == Category::appeal) return c.last < claim.first && !own_predicate(m, claim, coordination);
        // "discussed ways to secure a truce", "discussed their commitment to the region": what the
        // talks took up, not what they settled; "discussed ... and agreed to" is a predicate of its own.
        if (c.term->kind == Category::agenda) {
            bool own_verb = coordination && *coordination > c.last &&
                            (claim.term->kind == Category::joint_pledge || finite_verb(m.sentence->tokens[claim.first].folded));
            return c.last < claim.first && segment::same_clause(m.sentence->tokens, c.last, claim.first) && !own_verb;
        }
        // "their first meeting after the governments agreed to": the claim in a clause of what came before.
        if (c.term->kind == Category::background) return c.last < claim.first && segment::same_clause(m.sentence->tokens, c.last, claim.first);
        // A weak cue dates a meeting noun ("recent talks"), never the claim ("agreed to build on the recent progress").
        if (c.term->kind != Category::other_occasion || c.term->weight < kReliableCue) return false;
        if (c.last < claim.first) {
            const auto& tokens = m.sentence->tokens;
            // "Recalling their shared history, the leaders confirmed": the participle that opens
            // the sentence recalls; the main clause after it tells this meeting.
            bool opening_participle = c.first == 0 && text::ing_form(tokens[0].folded, 6) && !segment::same_clause(tokens, c.last, claim.first);
            if (opening_participle) return false;
            bool in_coordinated_predicate = coordination && c.last < *coordination &&
                                            segment::same_clause(tokens, c.last, *coordination - 1) &&
                                            segment::same_clause(tokens, *coordination, claim.first);
            return !in_coordinated_predicate;
        }
        return c.first - claim.last <= kOccasionAfter;
    });
}

// Both sides as the subject of a clause joined by "and" just before the joint
// step ("President Biden stressed ... and the leaders reaffirmed their
// respect", "... and they committed to").
bool joint_subject_after_and(const FramingMatches& m, const TermMatch& step) {
    const auto& tokens = m.sentence->tokens;
    // "the Secretary and the Vice Premier" is one subject, not two clauses.
    auto after_an_actor = [&](size_t at) {
        return std::any_of(m.actors.begin(), m.actors.end(), [&](const TermMatch& a) { return a.last == at; });
    };
    auto joins = [&](size_t first, size_t last) {
        return first > 1 && tokens[first - 1].folded == "and" && !after_an_actor(first - 2) && last < step.first &&
               step.first - last <= kStepAfterSubject && segment::same_clause(tokens, first, step.first);
    };
    // A bare office in the singular ("and the President confirmed") is one official, not a group.
    auto names_both_sides = [&](const TermMatch& a) {
        return a.term->side == Side::both && (a.term->actor_kind != ActorKind::title || plural_office(*m.sentence, a));
    };
    bool group = std::any_of(m.actors.begin(), m.actors.end(),
                             [&](const TermMatch& a) { return names_both_sides(a) && joins(a.first, a.last); });
    bool pronoun = std::any_of(m.cues.begin(), m.cues.end(),
                               [&](const TermMatch& c) { return c.term->kind == Category::plural_pronoun && joins(c.first, c.last); });
    return group || pronoun;
}

// A joint step in a list of the joint subject's predicates, set off by a
// comma ("The two leaders discussed ..., reaffirmed their commitment to
// ..., and reviewed"): no other subject stands between it and the subject.
bool listed_predicate(const FramingMatches& m, const TermMatch& step, size_t subject_end) {
    if (!m.sentence->tokens[step.first].after_clause_break) return false;
    auto between = [&](const TermMatch& t) { return t.first > subject_end && t.last < step.first; };
    bool other_subject = std::any_of(m.actors.begin(), m.actors.end(), between) ||
                         std::any_of(m.cues.begin(), m.cues.end(), [&](const TermMatch& c) {
                             return (c.term->kind == Category::pronoun || c.term->kind == Category::plural_pronoun) && between(c);
                         });
    return !other_subject;
}

// "was agreed", "were reached": a form of "be" just before the verb.
bool after_auxiliary(const std::vector<segment::Token>& tokens, const TermMatch& verb) {
    return verb.first > 0 && text::be_form(tokens[verb.first - 1].folded);
}

// "the grain plan agreed by the ministers in May", "borders mutually agreed
// by the parties": a participle naming who agreed on a thing it describes,
// with no auxiliary before it, recounts that thing; "it was agreed by" still
// claims.
bool describes_a_noun(const std::vector<segment::Token>& tokens, const TermMatch& verb) {
    return verb.last + 1 < tokens.size() && tokens[verb.last + 1].folded == "by" && !after_auxiliary(tokens, verb);
}

// "efforts to reach a deal", "his role in securing a truce": a settling verb
// after "to" or in its -ing form is an aim or a deed, not this meeting's claim.
bool aims_at_an_agreement(const std::vector<segment::Token>& tokens, const TermMatch& verb) {
    bool after_to = verb.first > 0 && tokens[verb.first - 1].folded == "to";
    return after_to || text::ing_form(tokens[verb.first].folded, 6);
}

// "discussed close cooperation, and renewing efforts to": a step's -ing form
// without a form of "be" before it names a topic, not what the sides did
// ("they are also resuming talks" still claims).
bool gerund(const std::vector<segment::Token>& tokens, const TermMatch& step) {
    if (!text::ing_form(tokens[step.first].folded, 6)) return false;
    for (size_t back = 1; back <= kAdverbsBeforeStep + 1 && back <= step.first; ++back) {
        const std::string& word = tokens[step.first - back].folded;
        if (text::be_form(word)) return false;
        bool adverb = word.ends_with("ly") || word == "also" || word == "now" || word == "together";
        if (!adverb) return true;
    }
    return true;
}

// "Wang Yi said that the two heads of state reached consensus": the leaders as the subject
// of a claim that one official reports recall their agreement of before; a readout of the
// leaders' own meeting has them agree together ("The two heads of state agreed").
bool leaders_recalled(const FramingMatches& m, const SentenceAnalysis& sentence, const TermMatch& claim) {
    if (!one_side(sentence.speaker_side)) return false;
    const auto& tokens = m.sentence->tokens;
    auto reported = [&](const TermMatch& leaders) {
        return std::any_of(m.cues.begin(), m.cues.end(), [&](const TermMatch& verb) {
            return verb.term->kind == Category::speech && verb.last < leaders.first &&
                   (leaders.first == verb.last + 1 || (leaders.first == verb.last + 2 && tokens[verb.last + 1].folded == "that"));
        });
    };
    return std::any_of(m.actors.begin(), m.actors.end(), [&](const TermMatch& leaders) {
        return leaders.term->category == kBothLeaders && leaders.last < claim.first && claim.first - leaders.last <= kStepAfterSubject &&
               segment::same_clause(tokens, leaders.last, claim.first) && reported(leaders);
    });
}

// "reaffirmed the enduring ties", "affirmed the importance of stability": a
// restating step whose object, up to its clause's end, a relative clause or
// the next predicate ("and reviewed"), names the relationship itself or a view
// held of something, with no commitment or deed in it ("their commitment to
// deepening our ties", "the importance of maintaining peace") is a shared
// view, no claim. "affirmed that the two countries will" states what they
// will do: its object ends before it begins, at the "that".
bool restates_a_bond(const FramingMatches& m, const TermMatch& step) {
    if (!starting_at(m.cues, step.first, Category::restate)) return false;
    const auto& tokens = m.sentence->tokens;
    size_t end = step.last + 1;
    auto object_ends = [&](size_t at) {
        const std::string& word = tokens[at].folded;
        bool next_predicate = word == "and" && at + 1 < tokens.size() && text::ed_form(tokens[at + 1].folded, 5);
        return tokens[at].after_clause_break || next_predicate || word == "which" || word == "that" || word == "who";
    };
    while (end < tokens.size() && !object_ends(end)) ++end;
    // A deed's noun or a pledge both own ("their commitment to"), or a gerund after "of" or
    // "to" ("the enduring ties" is an adjective's -ing).
    auto deed = [&](size_t at) {
        const std::string& word = tokens[at].folded;
        bool gerund = text::ing_form(word, 6) && (tokens[at - 1].folded == "of" || tokens[at - 1].folded == "to");
        return gerund || starting_at(m.cues, at, Category::deed) != nullptr || starting_at(m.cues, at, Category::joint_pledge) != nullptr;
    };
    bool names_a_bond = any_match_touching(m.cues, step.last + 1, end - 1, [&](const TermMatch& c) {
        return (c.term->kind == Category::bond || c.term->kind == Category::view) && c.last < end;
    });
    for (size_t at = step.last + 1; names_a_bond && at < end; ++at) {
        if (deed(at)) return false;
    }
    return names_a_bond;
}

// The words that make the next one a verb: "to release", "will sign".
constexpr std::array<std::string_view, 10> kVerbMarkers = {"to", "will", "would", "shall", "can", "could", "may", "might", "must", "should"};

// "a hostage release deal": the verb's bare form just before the
// noun, with no "to" or modal before it to make it a verb, is a noun that
// modifies it ("will sign agreements", "to release a statement" are verbs).
bool modifies_the_noun(const std::vector<segment::Token>& tokens, const TermMatch& verb, const TermMatch& noun) {
    const std::string& word = tokens[verb.last].folded;
    bool bare = !text::ed_form(word, 5) && !text::ing_form(word, 6) && !word.ends_with("s");
    bool marked = verb.first > 0 && std::ranges::find(kVerbMarkers, tokens[verb.first - 1].folded) != kVerbMarkers.end();
    return noun.first == verb.last + 1 && bare && !marked;
}

}  // namespace

bool settles_an_agreement(const std::vector<segment::Token>& tokens, const std::vector<TermMatch>& cues, const TermMatch& verb) {
    if (verb.term->kind != Category::settle) return false;
    bool passive = after_auxiliary(tokens, verb);
    return std::any_of(cues.begin(), cues.end(), [&](const TermMatch& noun) {
        if (noun.term->kind != Category::agreement_noun) return false;
        if (noun.first > verb.last) return noun.first - verb.last <= kNounReach && !modifies_the_noun(tokens, verb, noun);
        return passive && noun.last < verb.first && verb.first - noun.last <= kNounReach;
    });
}

AgreementClaim agreement_claim(const FramingMatches& m, const SentenceAnalysis& sentence) {
    bool joint_subject = sentence.speaker_side == Side::both && sentence.subject_end.has_value();
    for (const TermMatch& cue : m.cues) {
        bool claim = false;
        bool joint_clause = false;
        const auto& tokens = m.sentence->tokens;
        if (cue.term->kind == Category::agreement) claim = !describes_a_noun(tokens, cue);
        if (cue.term->kind == Category::settle) claim = settles_an_agreement(tokens, m.cues, cue) && !aims_at_an_agreement(tokens, cue);
        if (cue.term->kind == Category::joint_step && !gerund(tokens, cue) && !restates_a_bond(m, cue)) {
            claim = joint_subject && cue.first > *sentence.subject_end &&
                    (cue.first - *sentence.subject_end <= kStepAfterSubject || coordinating_and(m, cue).has_value() ||
                     listed_predicate(m, cue, *sentence.subject_end));
            joint_clause = !claim && joint_subject_after_and(m, cue);
        }
        // "their" binds the pledge to the joint subject however far on it stands.
        if (cue.term->kind == Category::joint_pledge) {
            claim = joint_subject && cue.first > *sentence.subject_end;
            joint_clause = !claim && joint_subject_after_and(m, cue);
        }
        if ((claim || joint_clause) && !negated(m, cue) && !vetoed(m, cue) && !leaders_recalled(m, sentence, cue)) {
            // "..., and they agreed": a claim by itself whose subject is both sides' clause.
            joint_clause = joint_clause || (!joint_subject && joint_subject_after_and(m, cue));
            return joint_clause ? AgreementClaim::by_joint_clause : AgreementClaim::by_subject;
        }
    }
    return AgreementClaim::none;
}

}  // namespace readoutdiff::analyze
