// A characterization word counts only when it describes this meeting: it
// modifies a head noun for the talks ("held candid, substantive and
// constructive discussions", "in a candid and in-depth manner"), with only
// other such words and joiners ("and", "very") between, and at most one
// word of compound just before the head ("candid military talks"); or it
// is predicated of one in the past tense however long the subject ("the
// conversations, which ran well into the afternoon, were direct"). Not a word
// of another noun ("open lines of communication", "direct flights"), of
// another occasion ("a successful meeting in the autumn of last year"), or of a
// wish for future contact ("keep candid communication"). "Exchanged views"
// describes the talks by itself, and so does an adverb of talking ("spoke
// candidly").
#include "analyze/framing.h"

#include "analyze/agreements.h"
#include "analyze/speakers.h"
#include "text/inflection.h"

#include <algorithm>
#include <optional>

namespace readoutdiff::analyze {
namespace {

using lexicon::Category;

constexpr size_t kCopulaReach = 3;       // words between "were" and the word it predicates ("was a very productive one")
constexpr size_t kFutureReach = 4;       // words before a characterization word that make it a wish
constexpr size_t kFutureClauseReach = 12;  // ... or more, up to this many, with no clause break between
constexpr size_t kOccasionBefore = 3;    // an other-occasion cue this close before a head ("the earlier summit")
constexpr size_t kOccasionAfter = 6;     // ... or after it ("a successful meeting in the autumn of last year")
constexpr size_t kRequestReach = 8;
constexpr size_t kJudgedObjectReach = 2;  // words between a judging verb and its meeting noun ("described their talks")
// "exchange of views", "exchanged views": one rung, named as readers name it,
// by what was exchanged ("exchanged views", "exchanged perspectives").
std::string exchange_name(const lexicon::Term& term) { return "exchanged " + term.words.back(); }

size_t distance(const TermMatch& a, const TermMatch& b) {
    if (a.last < b.first) return b.first - a.last;
    if (b.last < a.first) return a.first - b.last;
    return 0;
}

// Whether a cue within reach words of word (before or after) passes test.
template <typename Test>
bool any_cue_within(const std::vector<TermMatch>& cues, const TermMatch& word, size_t reach, Test test) {
    return any_match_touching(cues, word.first > reach ? word.first - reach : 0, word.last + reach, test);
}

// A wish a few words before the word, or further back in its clause ("looks
// forward to meeting President Xi in San Francisco and to an in-depth exchange").
bool follows_future_cue(const FramingMatches& m, const TermMatch& word) {
    // "further exchanged views": the adverb of a past-tense verb, no wish.
    const std::string& first = m.sentence->tokens[word.first].folded;
    bool past_verb = text::ed_form(first, 4);
    return any_cue_within(m.cues, word, kFutureClauseReach, [&](const TermMatch& cue) {
        if (cue.term->kind != Category::future || cue.last >= word.first) return false;
        if (past_verb && cue.last + 1 == word.first) return false;
        return word.first - cue.last <= kFutureReach || segment::same_clause(m.sentence->tokens, cue.last, word.first);
    });
}

// Whether a head noun names another occasion than this meeting. A weak cue
// dates only a noun after it ("recent talks", "Following the fruitful call");
// "talks about following through" are this meeting's.
bool other_occasion(const FramingMatches& m, const TermMatch& head) {
    const auto& tokens = m.sentence->tokens;
    return any_cue_within(m.cues, head, std::max(kOccasionBefore, kOccasionAfter), [&](const TermMatch& cue) {
        if (cue.term->kind != Category::other_occasion) return false;
        bool before = cue.last < head.first && head.first - cue.last <= kOccasionBefore;
        bool after = cue.first > head.last && cue.first - head.last <= kOccasionAfter && cue.term->weight >= kReliableCue;
        size_t from = std::min(cue.first, head.first), to = std::max(cue.last, head.last);
        return before || (after && segment::same_clause(tokens, from, to));
    });
}

// The head noun a word modifies: the first one after it with only other
// characterization words and joiners between, and at most one word of
// compound just before the head.
const TermMatch* modified_head(const FramingMatches& m, const TermMatch& word) {
    size_t n = m.sentence->tokens.size();
    bool compound_used = false;
    for (size_t i = word.last + 1; i < n;) {
        if (const TermMatch* head = starting_at(m.cues, i, Category::characterize)) return head;
        // "talked in a candid manner": the manner of talks named before it.
        if (const TermMatch* manner = starting_at(m.cues, i, Category::manner)) {
            bool talks_before = std::any_of(m.cues.begin(), m.cues.end(), [&](const TermMatch& c) {
                return c.term->kind == Category::characterize && c.last < word.first;
            });
            return talks_before ? manner : nullptr;
        }
        if (const TermMatch* other = starting_at(m.characterization, i)) {
            i = other->last + 1;
        } else if (const TermMatch* joiner = starting_at(m.cues, i, Category::modifier_joiner)) {
            i = joiner->last + 1;
        } else if (!compound_used && !m.sentence->tokens[i].stopword && starting_at(m.cues, i + 1, Category::characterize)) {
            // "candid military talks"; never a function word ("open to exchanges").
            compound_used = true;
            ++i;
        } else {
            return nullptr;
        }
    }
    return nullptr;
}

// The match of matches that covers token position and is of kind, if any.
const TermMatch* covering(const std::vector<TermMatch>& matches, size_t position, std::optional<Category> kind = {}) {
    auto it = std::lower_bound(matches.begin(), matches.end(), position,
                               [](const TermMatch& m, size_t at) { return m.last < at; });
    for (; it != matches.end() && it->first <= position; ++it) {
        if (!kind || it->term->kind == *kind) return &*it;
    }
    return nullptr;
}

// Whether the word, after an article, modifies a noun just after it other
// than "one": "were a great success" judges the success, "was a very
// productive one" the talks ("were candid today" has no article).
bool modifies_a_noun_after(const FramingMatches& m, const TermMatch& word, size_t copula_end) {
    const std::vector<segment::Token>& tokens = m.sentence->tokens;
    bool article = false;
    for (size_t at = copula_end + 1; at < word.first; ++at) article = article || tokens[at].folded == "a" || tokens[at].folded == "an";
    if (!article) return false;
    size_t next = word.last + 1;
    if (next >= tokens.size() || tokens[next].after_clause_break || tokens[next].stopword) return false;
    return tokens[next].folded != "one" && !covering(m.characterization, next) && !covering(m.cues, next, Category::modifier_joiner);
}

// The first token of the run of characterization words and joiners that
// ends with word ("candid" in "candid and in-depth").
size_t run_start(const FramingMatches& m, const TermMatch& word) {
    size_t at = word.first;
    while (at > 0) {
        const TermMatch* before = covering(m.characterization, at - 1);
        if (before == nullptr) before = covering(m.cues, at - 1, Category::modifier_joiner);
        if (before == nullptr) break;
        at = before->first;
    }
    return at;
}

// The head noun of "the talks ... were [a very] productive": a past-tense
// copula kCopulaReach words or fewer before the run of words the word ends
// ("were candid, in-depth and fruitful"), with only joiners and
// characterization words between, and a head noun anywhere before it. The
// present tense is left out: "dialogue is important" is a maxim.
const TermMatch* predicated_head(const FramingMatches& m, const TermMatch& word) {
    size_t start = run_start(m, word);
    for (size_t back = 1; back <= kCopulaReach + 1 && back <= start; ++back) {
        size_t at = start - back;
        if (const TermMatch* copula = covering(m.cues, at, Category::copula)) {
            if (modifies_a_noun_after(m, word, copula->last)) return nullptr;  // "the Geneva talks were a great success"
            // "The discussions were characterized as candid": the copula is "characterized as".
            while (copula->first > 0) {
                const TermMatch* before = covering(m.cues, copula->first - 1, Category::copula);
                if (before == nullptr) break;
                copula = before;
            }
            for (const TermMatch& cue : m.cues) {
                if (cue.term->kind == Category::characterize && cue.last < copula->first) return &cue;
            }
            return nullptr;
        }
        if (!covering(m.cues, at, Category::modifier_joiner) && !covering(m.characterization, at)) return nullptr;
    }
    return nullptr;
}

// "recently held candid and in-depth exchanges": another occasion named just
// before the words that describe a head, in their clause.
bool occasion_before_words(const FramingMatches& m, const TermMatch& word) {
    size_t start = run_start(m, word);
    return any_match_touching(m.cues, start > kOccasionBefore ? start - kOccasionBefore : 0, start, [&](const TermMatch& cue) {
        return cue.term->kind == Category::other_occasion && cue.last < start && segment::same_clause(m.sentence->tokens, cue.last, start);
    });
}

// "the China-U.S. comprehensive economic dialogue": words right after the two
// countries name a standing body or mechanism of theirs, not this meeting.
bool after_both_countries(const FramingMatches& m, const TermMatch& word) {
    size_t start = run_start(m, word);
    const TermMatch* second = start > 0 ? covering(m.actors, start - 1) : nullptr;
    const TermMatch* first = second != nullptr && second->first > 0 ? covering(m.actors, second->first - 1) : nullptr;
    if (first == nullptr) return false;
    Side a = first->term->side, b = second->term->side;
    return (a == Side::us && b == Side::prc) || (a == Side::prc && b == Side::us);
}

// The head noun of "described the talks as candid", "regarded the meeting as
// constructive and useful", "considered the talks substantive": a verb that
// judges its object, the head noun, then "as" or not, with only joiners and
// characterization words between the head or "as" and the word.
const TermMatch* judged_head(const FramingMatches& m, const TermMatch& word) {
    size_t at = run_start(m, word);
    if (at >= 1 && m.sentence->tokens[at - 1].folded == "as") --at;
    if (at < 1) return nullptr;
    const TermMatch* head = covering(m.cues, at - 1, Category::characterize);
    if (head == nullptr || head->last != at - 1) return nullptr;
    for (size_t verb = head->first; verb-- > 0 && head->first - verb <= kJudgedObjectReach + 1;) {
        if (covering(m.cues, verb, Category::judge)) return head;
    }
    return nullptr;
}

// "spoke candidly", "speak candidly and straightforwardly", "discussed in
// depth", "exchanged views at length": an adverb (-ly, or a phrase that opens
// with a preposition) of a verb of talking (meet, speak, talk, discuss,
// exchange views), with only other such adverbs and joiners between,
// describes the talks as the adjective would.
bool adverb_of_talking(const FramingMatches& m, const TermMatch& word) {
    const auto& tokens = m.sentence->tokens;
    const std::string& written = tokens[word.last].folded;
    bool ly_adverb = written.size() >= 4 && written.compare(written.size() - 2, 2, "ly") == 0;
    bool phrase = word.last > word.first && tokens[word.first].stopword;
    if (!ly_adverb && !phrase) return false;
    for (size_t at = word.first; at-- > 0;) {
        const TermMatch* verb = covering(m.cues, at, Category::meeting);
        if (verb == nullptr) verb = covering(m.cues, at, Category::agenda);
        if (verb != nullptr) return verb->last == at;
        if (const TermMatch* views = covering(m.characterization, at); views && views->term->kind == Category::exchanged_views) {
            return views->last == at;
        }
        if (const TermMatch* other = covering(m.characterization, at)) {
            at = other->first;
        } else if (!covering(m.cues, at, Category::modifier_joiner)) {
            return false;
        }
    }
    return false;
}

bool describes_the_talks(const FramingMatches& m, const TermMatch& word) {
    if (follows_future_cue(m, word)) return false;
    // A word of the head noun's own name ("strategic communication") does not judge it;
    // "an exchange of views" is a rung of its own.
    bool names_the_head = covering(m.cues, word.first, Category::characterize) != nullptr;
    if (names_the_head && word.term->kind != Category::exchanged_views) return false;
    if (word.term->stems.size() > 1 && word.term->kind == Category::exchanged_views) return !other_occasion(m, word);
    const TermMatch* head = modified_head(m, word);
    if (head == nullptr) head = predicated_head(m, word);
    if (head == nullptr) head = judged_head(m, word);
    if (head == nullptr) return adverb_of_talking(m, word) && !other_occasion(m, word);
    return !other_occasion(m, *head) && !occasion_before_words(m, word) && !after_both_countries(m, word);
}

// The characterization words of one sentence that describe the talks.
std::vector<const TermMatch*> talk_descriptions(const FramingMatches& m) {
    std::vector<const TermMatch*> out;
    for (const TermMatch& word : m.characterization) {
        if (describes_the_talks(m, word)) out.push_back(&word);
    }
    return out;
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

// "Secretary Raimondo and Minister Wang agreed to:" introduces a list.
bool introduces_a_list(const segment::Document& doc, const segment::Sentence& s) {
    std::string_view text = doc.sentence_text(s);
    return !text.empty() && text.back() == ':';
}

// An item of such a list: the first sentence of its paragraph, with no subject
// of its own ("Establish a new commercial issues working group ..."), or a
// sentence that goes on in the same paragraph ("They agreed that the working
// group will meet twice a year" claims for itself).
bool is_list_item(const segment::Document& doc, const segment::Sentence& s, const SentenceAnalysis& analysis) {
    bool opens_paragraph = s.id == 1 || doc.sentences[static_cast<size_t>(s.id) - 2].paragraph != s.paragraph;
    return opens_paragraph ? !analysis.subject_end.has_value() : true;
}

}  // namespace

void analyze_framing(const std::vector<FramingMatches>& matches, Analysis& analysis) {
    bool in_agreed_list = false;  // after "They agreed to:", the items that follow, one a paragraph
    for (size_t i = 0; i < matches.size(); ++i) {
        const FramingMatches& m = matches[i];
        int sentence_id = static_cast<int>(i) + 1;
        for (const TermMatch* described : talk_descriptions(m)) {
            const TermMatch& word = *described;
            analysis.sentences[i].describes_meeting = true;
            if (word.term->kind != Category::exchanged_views) analysis.sentences[i].judges_meeting = true;
            // "in-depth" and "in depth" are one word for a reader.
            bool seen = std::any_of(analysis.characterization.begin(), analysis.characterization.end(), [&](const CharacterizationWord& c) {
                return c.stems == word.term->stems ||
                       (c.rung == Category::exchanged_views && word.term->kind == Category::exchanged_views &&
                        word.term->stems.size() > 1 && c.word == exchange_name(*word.term));
            });
            if (!seen) {
                std::string text = word.term->kind == Category::exchanged_views && word.term->stems.size() > 1
                                       ? exchange_name(*word.term)
                                       : word.term->text;
                analysis.characterization.push_back(
                    CharacterizationWord{text, word.term->stems, word.term->kind, word.term->weight, sentence_id});
            }
        }
        for (const TermMatch& cue : m.cues) {
            // Weaker request cues ("invite", "request") also ask for other things.
            if (cue.term->kind == Category::request && cue.term->weight >= kReliableCue && analysis.request_sentence == 0) {
                Side side = requesting_side(m, cue);
                if (side != Side::unknown) {
                    analysis.requested_by = side;
                    analysis.request_sentence = sentence_id;
                }
            }
        }
        AgreementClaim claim = agreement_claim(m, analysis.sentences[i]);
        bool claims = claim != AgreementClaim::none;
        // "The President stressed ..., and the leaders reaffirmed ...": the claim both sides
        // make is what the sentence says, whoever opened it.
        if (claim == AgreementClaim::by_joint_clause) {
            analysis.sentences[i].speaker = kBothSides;
            analysis.sentences[i].speaker_side = Side::both;
        }
        in_agreed_list = claims ? introduces_a_list(analysis.document, *m.sentence)
                                : in_agreed_list && is_list_item(analysis.document, *m.sentence, analysis.sentences[i]);
        if (claims || in_agreed_list) {
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
