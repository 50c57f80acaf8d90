// A readout reports who said or did what with a subject at the head of its
// main clause: "Wang Yi stressed", "The two sides discussed", "He noted". The
// subject is found after any opening phrase and dateline, within a few words
// of where the main clause starts; officials named by title alone, by
// pronoun or by surname are resolved against the readout's principal and
// the officials named before.
#include "analyze/speakers.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <set>
#include <span>
#include <string_view>
#include <unordered_map>

#include "analyze/agreements.h"
#include "text/inflection.h"

namespace readoutdiff::analyze {
namespace {

using lexicon::ActorKind;
using lexicon::Category;

constexpr size_t kSubjectReach = 14;   // words of title before a subject's name ("Member of the Political Bureau of the CPC Central Committee and Foreign Minister")
constexpr size_t kDatelineReach = 6;   // a dateline ends within this many words ("BEIJING, April 20 --")
constexpr size_t kSpeechVerbReach = 3;  // words between a speech verb and its subject (", he said"; "said Wang")
constexpr size_t kVisitorWords = 8;     // "welcomed" ... "to": "Icelandic Prime Minister Anna Berg"
constexpr size_t kMeetingReach = 3;     // words between "met" and whom ("met Wang Yi")
constexpr size_t kMeetingWithReach = 6;  // or "with" this close after it
constexpr size_t kHeldMeetingNounReach = 8;  // words between "held" and its meeting noun ("held two days of productive and wide-ranging meetings")
constexpr size_t kHeldMeetingWithReach = 12;  // ... and between that noun and "with" ("held a video call at the request of the U.S. side with")
constexpr size_t kVerbAfterSubject = 4;   // words between a subject and its own speech verb ("also underscored")
constexpr size_t kShortOffice = 2;  // words of an office before a surname: "Prime Minister Harris"
constexpr size_t kPresenceNounReach = 3;  // "attended the talks", "took part in the video call"
constexpr size_t kPresenceOpening = 5;    // words before the place of "Participants in yesterday's roundtable included"
constexpr size_t kAppositiveReach = 30;  // words of an appositive part ("a member of the Political Bureau of the ... Central Committee and director of ...,")
constexpr size_t kAppositiveParts = 3;   // titles in a row, each set off by commas ("Member of ..., Vice Premier ... and ..., held talks")
constexpr size_t kAgendaVerbReach = 2;  // words between a meeting noun and what it took up ("talks also covered")
constexpr size_t kComplementReach = 5;  // words between "It was" and its meeting noun ("their first cabinet-level meeting")
constexpr size_t kMeetingVerbAfterSubject = 6;  // ... and its meeting verb ("today via video link met with"); further on, "meeting" is a noun
constexpr size_t kRecalledVerbReach = 6;  // words between a subject and a saying of before ("Biden, for his part, has stated")
// Words that open a noun phrase: a verb's form after one modifies the noun.
constexpr std::array<std::string_view, 10> kDeterminers = {"the", "a", "an", "our", "their", "his", "her", "its", "my", "your"};
// Words after "spoke" or "met" that open what was spoken of, not when or where ("spoke about").
constexpr std::array<std::string_view, 4> kSubjectOpeners = {"about", "to", "of", "on"};
// Words that open a prepositional phrase: "and on shared priorities" holds no verb.
constexpr std::array<std::string_view, 12> kPrepositions = {"on", "in", "of", "for", "with", "to", "at", "by", "from", "about", "into", "over"};

// Words that open a clause standing as the subject ("Whether the two countries can get along
// bears on ...", "How to settle it is for ... to decide"): the actors inside it are no subject.
constexpr std::array<std::string_view, 3> kNounClauseOpeners = {"whether", "how", "what"};

struct Speaker {
    std::string id;  // canonical actor id, kBothSides, or empty for no one
    Side side = Side::unknown;
    const lexicon::Term* official = nullptr;  // when a person
};

bool is_person(const TermMatch& m) { return m.term->actor_kind == ActorKind::person; }

// A named official who speaks: a person, or a ministry's spokesperson (never a principal).
bool names_an_official(const lexicon::Term& actor) {
    return actor.actor_kind == ActorKind::person || actor.actor_kind == ActorKind::spokesperson;
}
bool is_named_official(const TermMatch& m) { return names_an_official(*m.term); }

const TermMatch* first_official(const std::vector<TermMatch>& matches) {
    auto person = std::find_if(matches.begin(), matches.end(), is_person);
    return person != matches.end() ? &*person : nullptr;
}

// Whether the subject makes an appeal ("The two sides should ...", "The U.S. side bears
// responsibility, and it should ..."), not one inside what it resolved or agreed
// together ("They resolved that free elections must be respected").
bool subject_appeals(const std::vector<TermMatch>& cues, size_t subject_end) {
    constexpr Category joint_steps[] = {Category::agreement, Category::settle, Category::joint_step, Category::joint_pledge};
    auto first_of = [&](auto&& wanted) {
        auto c = std::find_if(cues.begin(), cues.end(), [&](const TermMatch& m) { return m.first > subject_end && wanted(m.term->kind); });
        return c == cues.end() ? std::optional<size_t>{} : std::optional<size_t>{c->first};
    };
    std::optional<size_t> appeal = first_of([](Category k) { return k == Category::appeal; });
    std::optional<size_t> step = first_of([&](Category k) { return std::ranges::find(joint_steps, k) != std::end(joint_steps); });
    return appeal && !(step && *step < *appeal);
}

// Whether a cue of kind begins within reach words after token `after`.
bool cue_follows(const std::vector<TermMatch>& cues, Category kind, size_t after, size_t reach) {
    return std::any_of(cues.begin(), cues.end(),
                       [&](const TermMatch& c) { return c.term->kind == kind && c.first > after && c.first - after <= reach; });
}

// The text between two neighbouring tokens.
std::string_view gap(const segment::Document& doc, const segment::Sentence& s, size_t before) {
    return doc.slice({s.tokens[before].span.end, s.tokens[before + 1].span.begin});
}

// Whether only a parenthesis, no comma or colon, stands just before the token
// at position: "Chairman of the Joint Chiefs of Staff (CJCS) Gen. Brown", an
// abbreviation inside a title, or "the climate summit (COP28),", breaks no clause.
bool within_parentheses(const segment::Document& doc, const segment::Sentence& s, size_t position) {
    auto only_parenthesis = [](std::string_view between) {
        return between.find_first_of(",;:") == std::string_view::npos && between.find_first_of("()") != std::string_view::npos;
    };
    return position > 0 && only_parenthesis(gap(doc, s, position - 1));
}

// Whether a dash stands between two actors at position ("U.S. – China
// relations"): it joins them into a modifier and breaks no clause.
bool dash_joins_actors(const segment::Document& doc, const segment::Sentence& s, const std::vector<TermMatch>& actors,
                       size_t position) {
    if (position == 0) return false;
    std::string_view between = gap(doc, s, position - 1);
    bool dash = between.find('-') != std::string_view::npos || between.find("–") != std::string_view::npos ||
                between.find("—") != std::string_view::npos;
    bool actor_before = std::any_of(actors.begin(), actors.end(), [&](const TermMatch& a) { return a.last == position - 1; });
    bool actor_after = std::any_of(actors.begin(), actors.end(), [&](const TermMatch& a) { return a.first == position; });
    return dash && actor_before && actor_after;
}

// Whether the word at i can stand in a name or a title: capitalized, or a joiner ("of", "the").
bool name_or_title_word(const segment::Document& doc, const segment::Sentence& s, size_t i, const std::vector<TermMatch>& cues) {
    return doc.capitalized(s.tokens[i]) || starting_at(cues, i, Category::name_joiner) != nullptr;
}

// Whether the words from start to before `at` can be a title before a name:
// capitalized, or joiners ("Director of the Office of the Foreign Affairs
// Commission"), with no clause break; "It was said that President Xi" is no subject.
bool title_words(const segment::Document& doc, const segment::Sentence& s, size_t start, size_t at,
                 const std::vector<TermMatch>& cues) {
    for (size_t i = start; i < at; ++i) {
        if (i > start && s.tokens[i].after_clause_break && !within_parentheses(doc, s, i)) return false;
        if (!name_or_title_word(doc, s, i, cues)) return false;
    }
    return true;
}

// Whether an actor or a pronoun starts at `at`.
bool opens_a_subject(const std::vector<TermMatch>& actors, const std::vector<TermMatch>& cues, size_t at) {
    return std::ranges::any_of(actors, [&](const TermMatch& a) { return a.first == at; }) ||
           starting_at(cues, at, Category::pronoun) != nullptr || starting_at(cues, at, Category::plural_pronoun) != nullptr;
}

// Where the main clause starts: after a dateline ("BEIJING, April 20 --",
// "Beijing:") and after an opening phrase that a lead-in word or a
// participle starts ("On the evening of March 18,", "Recognizing the
// importance of ...,"), which ends at the first clause break an actor, or its
// title, follows ("After Biden, Jr.'s talks with Xi at Filoli, Woodside, U.S.
// Secretary ...", "On October 30, 2025, President Donald J. Trump met"),
// else at its first clause break ("After the talks, they ...").
size_t main_clause_start(const segment::Document& doc, const segment::Sentence& s, const std::vector<TermMatch>& actors,
                         const std::vector<TermMatch>& cues) {
    const auto& tokens = s.tokens;
    size_t start = 0;
    for (size_t i = 0; i + 1 < tokens.size() && i < kDatelineReach; ++i) {
        std::string_view between = gap(doc, s, i);
        if (between.find("--") != std::string_view::npos || between.find(':') != std::string_view::npos) start = i + 1;
    }
    if (start >= tokens.size()) return 0;
    // "Today President Biden spoke", "Earlier today the leaders": an opener needs no comma
    // before the subject, and any comma later ends no opening phrase.
    size_t after_openers = start;
    while (const TermMatch* opener = starting_at(cues, after_openers, Category::opener)) after_openers = opener->last + 1;
    if (after_openers > start && after_openers < tokens.size() && opens_a_subject(actors, cues, after_openers)) return after_openers;
    const std::string& first = tokens[start].folded;
    bool participle = text::ing_form(first, 6);
    if (!starting_at(cues, start, Category::lead_in) && after_openers == start && !participle) return start;
    std::optional<size_t> first_break;
    for (size_t i = start + 1; i < tokens.size(); ++i) {
        // A parenthesis inside the phrase ("the climate summit (COP28),") does not end it.
        if (!tokens[i].after_clause_break || within_parentheses(doc, s, i) || dash_joins_actors(doc, s, actors, i)) continue;
        std::string_view word = doc.slice(tokens[i].span);
        bool titled = !word.empty() && word.front() >= 'A' && word.front() <= 'Z';  // not "..., the People's Republic"
        if (std::ranges::any_of(actors, [&](const TermMatch& a) {
                return a.first == i || (titled && a.first > i && a.first <= i + kSubjectReach && title_words(doc, s, i, a.first, cues));
            })) {
            return i;
        }
        if (!first_break) first_break = i;
    }
    if (first_break) return *first_break;
    return start;
}

// The words of a bare office ("the vice premier" -> vice, premier).
std::span<const std::string> office_words(const lexicon::Term& title) {
    std::span<const std::string> words(title.words);
    return !words.empty() && words.front() == "the" ? words.subspan(1) : words;
}

// Remembers the officials named so far, for pronouns, surnames and offices.
class NamedOfficials {
public:
    // The lexicon's actors and the readout's introduced officials: an official holds the
    // offices their aliases open with.
    explicit NamedOfficials(std::initializer_list<const std::vector<lexicon::Term>*> actor_terms) {
        for (const std::vector<lexicon::Term>* terms : actor_terms) {
            for (const lexicon::Term& t : *terms) {
                if (t.actor_kind == ActorKind::person) m_aliases[t.category].push_back(&t);
            }
        }
    }
    void add(const TermMatch& m) {
        if (!is_named_official(m)) return;
        m_named.push_back(m.term);
        if (m.term->words.size() > 1) m_named_in_full.insert(m.term->category);
    }
    // Whether the readout has named the official by more than a surname ("Vice President
    // Harris", "Kamala Harris").
    bool named_in_full(const lexicon::Term& official) const { return m_named_in_full.count(official.category) > 0; }
    // The last official named whose canonical id ("wang-yi", "antony-blinken")
    // begins or ends with word: a Chinese surname comes first, an American last.
    const lexicon::Term* by_surname(const std::string& word) const {
        for (auto it = m_named.rbegin(); it != m_named.rend(); ++it) {
            const std::string& id = (*it)->category;
            size_t first_dash = id.find('-'), last_dash = id.rfind('-');
            if (first_dash == std::string::npos) continue;
            if (id.compare(0, first_dash, word) == 0 && first_dash == word.size()) return *it;
            if (id.compare(last_dash + 1, std::string::npos, word) == 0) return *it;
        }
        return nullptr;
    }
    // Whether one of the official's aliases is the office followed by their
    // name ("vice premier he lifeng" holds vice premier, not vice or premier),
    // or by the office's complement and then the name ("under secretary of
    // state for political affairs mark tellen" holds under secretary).
    bool holds(const lexicon::Term& official, std::span<const std::string> office) const {
        auto it = m_aliases.find(official.category);
        if (it == m_aliases.end() || office.empty()) return false;
        auto names_the_official = [&](const std::string& word) {
            size_t at = official.category.find(word);
            return at != std::string::npos && (at == 0 || official.category[at - 1] == '-') &&
                   (at + word.size() == official.category.size() || official.category[at + word.size()] == '-');
        };
        return std::any_of(it->second.begin(), it->second.end(), [&](const lexicon::Term* alias) {
            if (alias->words.size() <= office.size() || !std::equal(office.begin(), office.end(), alias->words.begin())) return false;
            auto rest = alias->words.begin() + static_cast<std::ptrdiff_t>(office.size());
            bool complement = *rest == "of" || *rest == "for";
            return complement ? names_the_official(alias->words.back()) : std::all_of(rest, alias->words.end(), names_the_official);
        });
    }
    // The last official named who holds the office, if any.
    const lexicon::Term* holding(std::span<const std::string> office) const {
        for (auto it = m_named.rbegin(); it != m_named.rend(); ++it) {
            if (holds(**it, office)) return *it;
        }
        return nullptr;
    }

private:
    std::vector<const lexicon::Term*> m_named;
    std::set<std::string> m_named_in_full;
    std::unordered_map<std::string, std::vector<const lexicon::Term*>> m_aliases;
};

Speaker speaker_of(const segment::Sentence& s, const TermMatch& match, const Principal& principal, const NamedOfficials& named) {
    const lexicon::Term& actor = *match.term;
    if (actor.actor_kind == ActorKind::title && plural_office(s, match)) return {kBothSides, Side::both, nullptr};
    if (actor.actor_kind == ActorKind::title) {
        // "The Secretary": the readout's own principal, named or not, unless the
        // principal does not hold that office and an official named before does
        // ("the Vice Premier" in the Secretary of Commerce's readout).
        bool principal_holds = principal.official != nullptr && named.holds(*principal.official, office_words(actor));
        if (const lexicon::Term* holder = principal_holds ? nullptr : named.holding(office_words(actor))) {
            return {holder->category, holder->side, holder};
        }
        return {principal.official ? principal.official->category : actor.category, principal.side, principal.official};
    }
    if (actor.actor_kind == ActorKind::aide) return {actor.category, principal.side, nullptr};
    if (actor.side == Side::both) return {actor.category, Side::both, nullptr};
    return {actor.category, actor.side, names_an_official(actor) ? &actor : nullptr};
}

// The last token of a name: the actor's, or the suffix after it ("Joseph R.
// Biden, Jr.").
size_t name_end(const segment::Sentence& s, const TermMatch& actor) {
    size_t next = actor.last + 1;
    return next < s.tokens.size() && s.tokens[next].name_suffix ? next : actor.last;
}

// Whether a surname the lexicon knows, after a short office its official does not hold,
// names someone else ("Taoiseach Harris" is not Vice President Harris), in a readout that
// never names that official in full; from: the office's first word. A longer title may be
// one the lexicon does not list ("Assistant Secretary of State for ... Daniel J. Kritenbrink").
bool namesake(const segment::Sentence& s, size_t from, const TermMatch& surname, const NamedOfficials& named) {
    if (surname.term->words.size() != 1 || !is_named_official(surname) || named.named_in_full(*surname.term)) return false;
    std::vector<std::string> office;
    for (size_t k = from; k < surname.first; ++k) {
        if (s.tokens[k].honorific) return false;
        if (s.tokens[k].folded != "the") office.push_back(s.tokens[k].folded);
    }
    return !office.empty() && office.size() <= kShortOffice && !named.holds(*surname.term, office);
}

// The group a subject heads, joined by "and" ("Wang and Raimondo", "President
// Biden and Prime Minister Singh") or listed ("Ruiz, Lee, and Sato"): both sides
// when its members are of different sides. speaker, end: the subject so far;
// actors from index j stand after it.
Speaker joined_group(const segment::Document& doc, const segment::Sentence& s, const std::vector<TermMatch>& actors, size_t j,
                     const std::vector<TermMatch>& cues, const Principal& principal, const NamedOfficials& named,
                     Speaker speaker, size_t* end) {
    auto join = [&](Side side) {
        if (side != speaker.side) speaker = {kBothSides, Side::both, nullptr};
    };
    bool listed = false;  // a member set off by commas has joined: "A, B, and C"
    for (;; ++j) {
        size_t and_at = *end + 1;
        if (and_at >= s.tokens.size()) break;
        // "Ruiz, Foreign Minister Lee, and ...": a named official set off by
        // commas in a list that goes on is another member (a title alone is an appositive).
        if (s.tokens[and_at].after_clause_break && s.tokens[and_at].folded != "and") {
            while (j < actors.size() && !is_person(actors[j]) && actors[j].first <= and_at + kSubjectReach) ++j;  // past its title
            if (j >= actors.size() || !is_person(actors[j]) || actors[j].first > and_at + kSubjectReach ||
                !title_words(doc, s, and_at, actors[j].first, cues)) {
                break;
            }
            // The member's name runs on to the next comma ("President Xi Jinping,").
            size_t last = name_end(s, actors[j]);
            while (last + 1 < s.tokens.size() && !s.tokens[last + 1].after_clause_break && name_or_title_word(doc, s, last + 1, cues)) ++last;
            if (last + 1 >= s.tokens.size() || !s.tokens[last + 1].after_clause_break) break;
            join(speaker_of(s, actors[j], principal, named).side);
            *end = last;
            listed = true;
            continue;
        }
        if (s.tokens[and_at].folded != "and") break;
        if (j < actors.size() && actors[j].first > and_at && actors[j].first <= and_at + 1 + kSubjectReach &&
            title_words(doc, s, and_at + 1, actors[j].first, cues)) {
            Speaker member = speaker_of(s, actors[j], principal, named);
            // "The Vice President and the President": a bare office that resolves to the
            // subject's own official again names someone else, the other side's.
            bool same_person = actors[j].term->actor_kind == ActorKind::title && member.id == speaker.id;
            join(same_person || namesake(s, and_at + 1, actors[j], named) ? other_side(speaker.side) : member.side);
            *end = name_end(s, actors[j]);
            continue;
        }
        const lexicon::Term* official = nullptr;
        size_t at = and_at + 1;
        for (; at <= and_at + 1 + kSubjectReach && at < s.tokens.size() && !official; ++at) {
            if (!title_words(doc, s, and_at + 1, at, cues)) break;
            official = named.by_surname(s.tokens[at].folded);
        }
        // "The Secretary and Vice Premier discussed": an office held by an official named before.
        std::vector<std::string> office;
        const lexicon::Term* holder = nullptr;
        for (size_t i = and_at + 1; !official && i <= and_at + kSubjectReach && i < s.tokens.size() &&
                                    title_words(doc, s, and_at + 1, i + 1, cues);
             ++i) {
            office.push_back(s.tokens[i].folded);
            // A bare office ends the title words ("and Vice Premier also"); before a
            // name it is that name's title ("and President Ana Torres").
            bool bare = i + 1 >= s.tokens.size() || !title_words(doc, s, i + 1, i + 2, cues);
            if (const lexicon::Term* longer = bare ? named.holding(office) : nullptr) {
                holder = longer;
                at = i + 1;
            }
        }
        if (holder) official = holder;
        if (official) {
            join(official->side);
            *end = at - 1;
            continue;
        }
        // "President Biden and Prime Minister Singh welcomed": a name or title the
        // lexicon does not know, joined to one side's subject, is the other side's;
        // closing a longer list it may be anyone's.
        size_t last = and_at;
        while (last + 1 < s.tokens.size() && last + 1 <= and_at + kSubjectReach && title_words(doc, s, and_at + 1, last + 2, cues)) {
            ++last;
        }
        bool verb_follows = last > and_at && last + 1 < s.tokens.size() && !title_words(doc, s, last + 1, last + 2, cues);
        if (!verb_follows || listed || other_side(speaker.side) == Side::unknown) break;
        join(other_side(speaker.side));
        *end = last;
    }
    return speaker;
}

// The speaker at the head of a group joined by "and" ("Mr. Sullivan and
// Director Wang Yi", "Ms. Rivera and Executive Vice Minister of Foreign
// Affairs Ma": each member after a title as long as a subject's), from the
// actor at index k; end is set to the group's last token.
Speaker group_at(const segment::Document& doc, const segment::Sentence& s, const std::vector<TermMatch>& actors, size_t k,
                 const std::vector<TermMatch>& cues, const Principal& principal, const NamedOfficials& named, size_t* end) {
    *end = name_end(s, actors[k]);
    return joined_group(doc, s, actors, k + 1, cues, principal, named, speaker_of(s, actors[k], principal, named), end);
}

// A surname or pronoun standing at position, resolved; nullopt when it is neither.
std::optional<Speaker> named_at(const segment::Sentence& s, size_t position, const std::vector<TermMatch>& cues,
                                const NamedOfficials& named, const Speaker& last_official) {
    if (position >= s.tokens.size()) return std::nullopt;
    if (starting_at(cues, position, Category::plural_pronoun)) return Speaker{kBothSides, Side::both, nullptr};
    if (starting_at(cues, position, Category::pronoun)) return last_official;
    if (const lexicon::Term* official = named.by_surname(s.tokens[position].folded)) {
        return Speaker{official->category, official->side, official};
    }
    return std::nullopt;
}

struct Subject {
    Speaker speaker;
    size_t end = 0;  // its last token
};

// Whether the text between two tokens joins them with a hyphen or a dash and no space.
bool hyphen_joins(std::string_view between) {
    bool joined = between.find_first_of(" \t\n") == std::string_view::npos;
    return joined && (between.find('-') != std::string_view::npos || between.find("\u2013") != std::string_view::npos);
}

// Whether the actor is joined by a hyphen to the word after it: a modifier
// ("The U.S.-PRC Working Group is"), not a subject.
bool modifies_a_noun(const segment::Document& doc, const segment::Sentence& s, const TermMatch& actor) {
    // "U.S.-PRC" tokenizes as "U.S" and "PRC" with ".-" between.
    return actor.last + 1 < s.tokens.size() && hyphen_joins(gap(doc, s, actor.last));
}

// Whether the actor stands in a hyphenated compound ("the Biden-Harris
// Administration", "the Biden-Xi meeting"): it names no one present, so a
// bare office later in the readout does not resolve to it.
bool in_a_compound(const segment::Document& doc, const segment::Sentence& s, const TermMatch& actor) {
    return modifies_a_noun(doc, s, actor) || (actor.first > 0 && hyphen_joins(gap(doc, s, actor.first - 1)));
}

// The last token of each part of an appositive set off by commas just after
// the subject ("He Lifeng, the vice premier who leads China's side of the
// economic talks, met with"): a PRC readout gives its official several
// titles in a row, each a part ("Liu He, Member of the Political Bureau of
// ..., Vice Premier of the State Council and ..., held a video call"); the
// first may be a participle with its agent, with no comma after a name's
// suffix ("Biden, Jr. joined by Secretary Raimondo, met with").
std::vector<size_t> appositive_ends(const segment::Sentence& s, size_t end) {
    std::vector<size_t> ends;
    auto opens_a_part = [&](size_t after) {
        return s.tokens[after + 1].after_clause_break || (after + 2 < s.tokens.size() && s.tokens[after + 2].folded == "by");
    };
    while (ends.size() < kAppositiveParts && end + 1 < s.tokens.size() && opens_a_part(end)) {
        size_t part_end = end;
        for (size_t i = end + 2; i < s.tokens.size() && i <= end + 1 + kAppositiveReach; ++i) {
            if (s.tokens[i].after_clause_break) {
                part_end = i - 1;
                break;
            }
        }
        if (part_end == end) break;
        ends.push_back(part_end);
        end = part_end;
    }
    return ends;
}

// "Yang Jiechi, Member of ..., and State Councilor Wang Yi held": after an
// appositive, ", and" with an official after a title joins him to the subject;
// the subject's last token is then his name's. nullopt when no one joins.
std::optional<size_t> joined_after_appositive(const segment::Document& doc, const segment::Sentence& s,
                                              const std::vector<TermMatch>& actors, const std::vector<TermMatch>& cues,
                                              size_t appositive_end) {
    size_t joiner = appositive_end + 1;
    if (joiner + 1 >= s.tokens.size() || s.tokens[joiner].folded != "and") return std::nullopt;
    for (const TermMatch& actor : actors) {
        if (actor.first <= joiner) continue;
        if (actor.first > joiner + kSubjectReach || !is_person(actor) || !title_words(doc, s, joiner + 1, actor.first, cues)) break;
        return name_end(s, actor);
    }
    return std::nullopt;
}

// The subject at the head of the main clause: an actor (group) after a title
// at its start, or a pronoun or surname.
std::optional<Subject> subject_of(const segment::Document& doc, const segment::Sentence& s, size_t start,
                                  const std::vector<TermMatch>& actors,
                                  const std::vector<TermMatch>& cues, const Principal& principal,
                                  const NamedOfficials& named, const Speaker& last_official) {
    if (start >= s.tokens.size()) return std::nullopt;  // a sentence with no word tokens
    if (std::ranges::find(kNounClauseOpeners, s.tokens[start].folded) != kNounClauseOpeners.end()) return std::nullopt;
    bool actor_first = std::any_of(actors.begin(), actors.end(), [&](const TermMatch& a) { return a.first == start; });
    if (!actor_first && starting_at(cues, start, Category::plural_pronoun) && start + 1 < s.tokens.size()) {
        // "Both President X and Prime Minister Y reiterated": the group after "both" is the subject.
        std::optional<Subject> group = subject_of(doc, s, start + 1, actors, cues, principal, named, last_official);
        if (group && group->speaker.side == Side::both) return group;
    }
    if (!actor_first) {
        // "Noting that ..., He said": "He" capitalized inside the sentence is the surname of He Lifeng.
        const lexicon::Term* surname_he = start > 0 && doc.slice(s.tokens[start].span) == "He" ? named.by_surname("he") : nullptr;
        if (surname_he != nullptr) return Subject{{surname_he->category, surname_he->side, surname_he}, start};
        // "Mr. Sullivan said": the surname after an honorific.
        size_t name = s.tokens[start].honorific && start + 1 < s.tokens.size() ? start + 1 : start;
        if (std::optional<Speaker> speaker = named_at(s, name, cues, named, last_official)) {
            // "Dr. Vega-Ruiz and ...": the name the surname opens runs on to its end.
            Subject subject{*speaker, name};
            auto whole = std::find_if(actors.begin(), actors.end(), [&](const TermMatch& a) { return a.first == name; });
            if (whole != actors.end()) subject.end = name_end(s, *whole);
            // "Wang and Raimondo then agreed": a surname may head a group too.
            auto after = std::find_if(actors.begin(), actors.end(), [&](const TermMatch& a) { return a.first > subject.end; });
            subject.speaker = joined_group(doc, s, actors, static_cast<size_t>(after - actors.begin()), cues, principal, named,
                                           *speaker, &subject.end);
            return subject;
        }
        // "I just had a call with ...": a statement in the first person is its title's
        // principal's, unless the sentence names that official ("I spoke with President Xi").
        if (s.tokens[start].folded == "i" && principal.titled && principal.official != nullptr) {
            bool names_the_principal = std::any_of(actors.begin(), actors.end(), [&](const TermMatch& a) {
                return a.term->category == principal.official->category;
            });
            if (!names_the_principal) return Subject{{principal.official->category, principal.side, principal.official}, start};
        }
    }
    for (size_t k = 0; k < actors.size(); ++k) {
        if (actors[k].first < start) continue;
        if (actors[k].first > start + kSubjectReach || !title_words(doc, s, start, actors[k].first, cues)) break;
        if (modifies_a_noun(doc, s, actors[k])) break;
        // "China's Special Envoy for Climate Change Xie Zhenhua held talks", "Deputy Assistant to
        // the President for Asian Affairs Kurt Campbell spoke": the official after a
        // country, or after an office inside a longer title, is the subject; "The President and
        // Xi Jinping" is a group.
        auto joins_another = [&](size_t from, size_t to) {
            return std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(from), s.tokens.begin() + static_cast<std::ptrdiff_t>(to),
                               [](const segment::Token& t) { return t.folded == "and"; });
        };
        bool inside_a_title = k + 1 < actors.size() &&
                              (actors[k].term->actor_kind == ActorKind::country ||
                               (actors[k].term->actor_kind == ActorKind::title &&
                                !joins_another(actors[k].last + 1, actors[k + 1].first)));
        if (inside_a_title && is_person(actors[k + 1]) &&
            actors[k + 1].first <= start + kSubjectReach && title_words(doc, s, actors[k].last + 1, actors[k + 1].first, cues)) {
            ++k;
        }
        Subject subject;
        subject.speaker = group_at(doc, s, actors, k, cues, principal, named, &subject.end);
        // "President Okafor and Mr. Sullivan", "The Prime Minister and the President": an
        // honorific or a bare office after "and" starts another official, so the title words
        // before it name one the lexicon does not know ("Member of the Political Bureau and
        // Foreign Minister Wang Yi" is one official's titles).
        size_t at = actors[k].first;
        bool bare_office = actors[k].term->actor_kind == ActorKind::title;
        if (at > start && (s.tokens[at - 1].honorific || (bare_office && s.tokens[at - 1].folded == "the"))) --at;
        bool joined_to_unknown = at >= start + 2 && s.tokens[at - 1].folded == "and" &&
                                 (bare_office || s.tokens[at].honorific);
        if (joined_to_unknown && one_side(subject.speaker.side)) subject.speaker = Speaker{kBothSides, Side::both, nullptr};
        return subject;
    }
    return std::nullopt;
}

// "welcomed Icelandic Prime Minister Anna Berg to Washington": a title or
// name from the greet verb to "to", a capitalized place after it ("the" may
// stand before it); "welcomed Ireland's voice" and "welcomed the decision to"
// are praise.
bool welcomes_a_visitor(const segment::Document& doc, const segment::Sentence& s, const std::vector<TermMatch>& cues,
                        const TermMatch& verb) {
    const std::vector<segment::Token>& tokens = s.tokens;
    for (size_t to = verb.last + 2; to + 1 < tokens.size() && to <= verb.last + 1 + kVisitorWords; ++to) {
        if (tokens[to].folded != "to") continue;
        size_t place = tokens[to + 1].folded == "the" && to + 2 < tokens.size() ? to + 2 : to + 1;
        return title_words(doc, s, verb.last + 1, to, cues) && doc.capitalized(tokens[place]);
    }
    return false;
}

// "spoke this morning at the edge of the G20 gathering with Prime Minister Ruiz", "met last
// Tuesday, on March 3, with Under-Secretary-General Ruiz": a "with" further on still
// tells whom the verb met when a title or an official follows it, and the verb takes up
// no subject first ("spoke about his work with patients").
bool meets_someone_after_a_while(const segment::Document& doc, const segment::Sentence& s, const std::vector<TermMatch>& actors,
                                 const std::vector<TermMatch>& cues, const TermMatch& verb, size_t with) {
    const std::vector<segment::Token>& tokens = s.tokens;
    if (verb.last + 1 >= tokens.size() || std::ranges::find(kSubjectOpeners, tokens[verb.last + 1].folded) != kSubjectOpeners.end()) {
        return false;
    }
    bool names_someone = std::ranges::any_of(actors, [&](const TermMatch& a) { return a.first > with && a.first <= with + 2; });
    return names_someone || (with + 1 < tokens.size() && title_words(doc, s, with + 1, with + 2, cues));
}

// The cues that say something was said, taken up or settled.
constexpr std::array<Category, 6> kSaidKinds = {Category::speech,     Category::agenda,     Category::agreement,
                                                Category::settle,     Category::joint_step, Category::joint_pledge};
bool says_something(const TermMatch& cue) { return std::ranges::find(kSaidKinds, cue.term->kind) != kSaidKinds.end(); }

// "President A and Prime Minister B met today at the Government Office in Hanoi": after the
// meeting verb in the past ("will meet again" says what they will do; "they talked" is
// speech) only when and where, nothing anyone said, took up or set out to do.
bool only_when_and_where_after(const segment::Sentence& s, const std::vector<TermMatch>& cues, const TermMatch& verb) {
    const std::string& form = s.tokens[verb.first].folded;
    if (form != "met" && (!text::ed_form(form, 5) || form == "talked")) return false;
    bool says_more = std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(verb.last) + 1, s.tokens.end(), [](const segment::Token& t) {
        return t.folded == "to" || t.folded == "about" || t.folded == "and" || text::ing_form(t.folded, 5);
    });
    return !says_more && std::none_of(cues.begin(), cues.end(), [&](const TermMatch& c) {
        return c.first > verb.last && says_something(c);
    });
}

// "X met with Y", "X spoke today with Y": a meeting verb just after the
// subject, with whom a few words on or "with" just after it, reports who met
// whom, not what anyone said. "-ing" forms are nouns here ("during a meeting
// with"), and so is a meeting word further on ("welcomed ... Consultative
// Agreement meetings, the U.S.").
bool reports_a_meeting(const segment::Document& doc, const segment::Sentence& s, const std::vector<TermMatch>& cues,
                       const std::vector<TermMatch>& actors, size_t subject_end) {
    const std::vector<segment::Token>& tokens = s.tokens;
    for (const TermMatch& cue : cues) {
        bool holds = cue.term->kind == Category::hold_meeting;
        bool greets = cue.term->kind == Category::greet;
        if ((cue.term->kind != Category::meeting && !holds && !greets) || cue.first <= subject_end) continue;
        if (cue.first - subject_end > kMeetingVerbAfterSubject) break;
        if (greets) {
            if (welcomes_a_visitor(doc, s, cues, cue)) return true;
            continue;
        }
        const std::string& verb = tokens[cue.first].folded;
        if (text::ing_form(verb, 5)) continue;
        // "is not qualified to speak to China", "is ready to meet with": an infinitive after a
        // form of "be" says what the subject may or would do, not whom it met.
        bool predicated = cue.first >= subject_end + 2 && tokens[cue.first - 1].folded == "to" &&
                          std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(subject_end) + 1,
                                      tokens.begin() + static_cast<std::ptrdiff_t>(cue.first) - 1,
                                      [](const segment::Token& t) { return text::be_form(t.folded); });
        if (predicated) continue;
        auto before_the_verb = [&](std::initializer_list<Category> kinds) {
            return std::any_of(cues.begin(), cues.end(), [&](const TermMatch& c) {
                return std::find(kinds.begin(), kinds.end(), c.term->kind) != kinds.end() && c.first > subject_end && c.last < cue.first;
            });
        };
        // "is willing to have a dialogue with", "should hold talks with": a wish for
        // talks, where "will also meet with" still reports a meeting of the visit;
        // "Xi noted that China will host APEC": a meeting inside what someone said.
        bool wished = holds && before_the_verb({Category::future, Category::appeal});
        if (wished || before_the_verb({Category::speech})) continue;
        // "had a video call with": a hold-meeting verb needs its meeting noun
        // right after it, and "with" may then stand further on ("held a video
        // call at the request of the U.S. side with").
        size_t noun_at = 0;  // the meeting noun's token, or 0 for none
        for (size_t i = cue.last + 1; i < tokens.size() && i <= cue.last + kHeldMeetingNounReach && noun_at == 0; ++i) {
            if (starting_at(cues, i, Category::characterize) != nullptr) noun_at = i;
        }
        bool noun = noun_at != 0;
        size_t from = holds && noun ? noun_at : cue.last;
        // "spoke by telephone, at the request of the U.S. side, with": who asked stands between.
        bool asked_between = any_match_touching(cues, from + 1, from + kMeetingWithReach,
                                                [](const TermMatch& c) { return c.term->kind == Category::request; });
        size_t reach = (holds && noun) || asked_between ? kHeldMeetingWithReach : kMeetingWithReach;
        for (size_t i = from + 1; i < tokens.size() && i <= from + kHeldMeetingWithReach; ++i) {
            bool near = i <= from + reach || meets_someone_after_a_while(doc, s, actors, cues, cue, i);
            if (tokens[i].folded == "with" && (noun || !holds) && near) return true;
            if (tokens[i].folded == "from" && noun && holds) return true;  // "took a phone call from"
        }
        if (holds) continue;
        if (std::any_of(actors.begin(), actors.end(),
                        [&](const TermMatch& a) { return a.first > cue.last && a.first - cue.last <= kMeetingReach; })) {
            return true;
        }
        // "met Foreign Secretary Amara Okafor", "spoke to Ray Chambers": a name the lexicon does not
        // know, just after the verb or its "to" ("spoke to the press" is no one met).
        auto name_at = [&](size_t at) {
            return at < tokens.size() && title_words(doc, s, at, at + 1, cues) && starting_at(cues, at, Category::name_joiner) == nullptr;
        };
        size_t after = cue.last + 1;
        if (name_at(after) || (after < tokens.size() && tokens[after].folded == "to" && name_at(after + 1))) return true;
        if (only_when_and_where_after(s, cues, cue)) return true;
    }
    return false;
}

// "were also raised", "was underscored": a past-tense "be" (a copula cue) in
// the words just before the speech verb makes it passive.
bool passive(const segment::Sentence& s, const std::vector<TermMatch>& cues, const TermMatch& verb) {
    for (size_t back = 1; back <= kSpeechVerbReach && back <= verb.first; ++back) {
        size_t at = verb.first - back;
        if (!segment::same_clause(s.tokens, at, verb.first)) return false;
        if (starting_at(cues, at, Category::copula) != nullptr) return true;
    }
    return false;
}

// "Jake Sullivan visited Hanoi, Vietnam, May 3-4", "Dr. Ortiz traveled to
// Lima": where an official went is narration, as who met whom is. The travel verb
// follows the subject in the past tense ("his visit" is a noun) and a place is its object
// ("visited with Prime Minister X" is a meeting).
bool reports_travel(const segment::Document& doc, const segment::Sentence& s, const std::vector<TermMatch>& cues, size_t subject_end) {
    return std::ranges::any_of(cues, [&](const TermMatch& verb) {
        if (verb.term->kind != Category::travel || verb.first <= subject_end || verb.first - subject_end > kVerbAfterSubject) return false;
        if (!text::ed_form(s.tokens[verb.first].folded, 5) || !segment::same_clause(s.tokens, subject_end, verb.first)) return false;
        size_t place = verb.last + 1;
        if (place < s.tokens.size() && s.tokens[place].folded == "the") ++place;
        return place < s.tokens.size() && doc.capitalized(s.tokens[place]);
    });
}

// "Also on the call were ...", "In attendance were ...", "Participants in yesterday's
// meeting included ...": a list of who took part, its verb just after the meeting (or
// "attendance") that a preposition at the sentence's start places them in, no official named before it.
bool lists_who_took_part(const segment::Sentence& s, const std::vector<TermMatch>& cues, const std::vector<TermMatch>& actors) {
    const std::vector<segment::Token>& tokens = s.tokens;
    bool placed = false;  // a preposition seen: "in", "at", "on"
    for (size_t i = 0; i + 1 < tokens.size() && i <= kPresenceOpening; ++i) {
        if (i > 0 && tokens[i].after_clause_break) return false;
        if (std::ranges::any_of(actors, [&](const TermMatch& a) { return a.first == i && is_named_official(a); })) return false;
        const std::string& word = tokens[i].folded;
        if (word == "in" || word == "at" || word == "on") placed = true;
        const TermMatch* noun = starting_at(cues, i, Category::characterize);
        if (!placed || (noun == nullptr && word != "attendance")) continue;
        size_t verb = noun != nullptr ? noun->last + 1 : i + 1;
        if (verb >= tokens.size()) return false;
        const std::string& after = tokens[verb].folded;
        return after == "were" || after == "was" || after == "included";
    }
    return false;
}

// "Ambassador Xie Feng attended the meeting", "Officials of both sides took
// part in the talks", "Mr. Finer was joined by two of his aides", "The U.S.
// delegation included ...": who was present at a meeting (an attend cue with
// its meeting noun just after it, or in the passive with its agent; a
// delegation cue), no one speaking, unless said by someone.
bool reports_presence(const segment::Sentence& s, const std::vector<TermMatch>& cues, const std::vector<TermMatch>& actors) {
    if (lists_who_took_part(s, cues, actors)) return true;
    return std::any_of(cues.begin(), cues.end(), [&](const TermMatch& c) {
        bool delegation = c.term->kind == Category::delegation;
        if (c.term->kind != Category::attend && !delegation) return false;
        bool by_agent = passive(s, cues, c) && c.last + 1 < s.tokens.size() && s.tokens[c.last + 1].folded == "by";
        bool noun = delegation || by_agent || cue_follows(cues, Category::characterize, c.last, kPresenceNounReach);
        bool said = std::any_of(cues.begin(), cues.end(),
                                [&](const TermMatch& v) { return v.term->kind == Category::speech && v.last < c.first; });
        return noun && !said;
    });
}

// The meeting noun right after a subject in the possessive, or one word on ("Mr. Sullivan's
// visit", "the Vice President's upcoming trip"), if there is one.
std::optional<size_t> owned_meeting_noun(const segment::Sentence& s, const std::vector<TermMatch>& cues, size_t subject_end) {
    if (!text::possessive(s.tokens[subject_end].folded)) return std::nullopt;
    auto noun = std::ranges::find_if(cues, [&](const TermMatch& c) {
        return c.term->kind == Category::characterize && c.first > subject_end && c.first <= subject_end + 2;
    });
    return noun == cues.end() ? std::nullopt : std::optional<size_t>{noun->last};
}

// A speech verb after who met whom that the subject says: a participle after
// a clause break (", conveying"), a verb just after "and" ("and welcomed"),
// or the call's purpose ("spoke with ... to congratulate him"), unless the
// purpose is a topic to take up, a step to take together or an appeal to
// others ("to discuss", "to reaffirm their partnership", "to call on").
bool goes_on_to_speak(const segment::Sentence& s, const std::vector<TermMatch>& cues, size_t subject_end) {
    // "and our shared commitment": after a determiner the verb's form modifies a noun.
    auto determiner = [](const std::string& word) {
        return std::find(kDeterminers.begin(), kDeterminers.end(), word) != kDeterminers.end();
    };
    auto preposition = [](const std::string& word) { return std::ranges::find(kPrepositions, word) != kPrepositions.end(); };
    return std::any_of(cues.begin(), cues.end(), [&](const TermMatch& c) {
        if (c.term->kind != Category::speech || c.first <= subject_end) return false;
        const std::string& verb = s.tokens[c.first].folded;
        bool participle = text::ing_form(verb, 5) && s.tokens[c.first].after_clause_break;
        // "and welcomed her visit", "and also welcomed" (never "and on shared priorities");
        // "including security, ..., and addressing migration" is a list's last item, a gerund.
        bool after_and = !text::ing_form(verb, 5) &&
                         ((c.first >= 1 && s.tokens[c.first - 1].folded == "and") ||
                          (c.first >= 2 && s.tokens[c.first - 2].folded == "and" && !s.tokens[c.first - 1].after_clause_break &&
                           !determiner(s.tokens[c.first - 1].folded) && !preposition(s.tokens[c.first - 1].folded)));
        auto also = [&](Category kind) { return starting_at(cues, c.first, kind) != nullptr; };
        bool purpose = c.first >= 1 && s.tokens[c.first - 1].folded == "to" && !also(Category::agenda) &&
                       !also(Category::appeal);
        return participle || after_and || purpose;
    });
}

// "met with ... to reaffirm their commitment to": a purpose whose object is a
// pledge both sides own ("their shared commitment") makes both the subject.
bool purpose_pledged_together(const segment::Sentence& s, const std::vector<TermMatch>& cues, size_t subject_end) {
    return std::any_of(cues.begin(), cues.end(), [&](const TermMatch& verb) {
        bool purpose = (verb.term->kind == Category::speech || verb.term->kind == Category::joint_step) &&
                       verb.first > subject_end + 1 && s.tokens[verb.first - 1].folded == "to";
        return purpose && std::any_of(cues.begin(), cues.end(), [&](const TermMatch& pledge) {
                   return pledge.term->kind == Category::joint_pledge && pledge.first == verb.last + 1;
               });
    });
}

// "asked whether the spokesperson could share ...": the subject of an indirect
// question is asked about, and says nothing.
bool asked_about(const segment::Sentence& s, const TermMatch& actor) {
    size_t before = actor.first;
    if (before > 0 && std::ranges::find(kDeterminers, s.tokens[before - 1].folded) != kDeterminers.end()) --before;
    return before > 0 && (s.tokens[before - 1].folded == "whether" || s.tokens[before - 1].folded == "if");
}

// "met with Foreign Minister Wang Yi to discuss", "spoke with him and
// discussed": the "with" before the name and its title, if any; the official
// after it is the one met, who does not speak the verb after him.
std::optional<size_t> met_with(const segment::Document& doc, const segment::Sentence& s, size_t name,
                               const std::vector<TermMatch>& cues) {
    for (size_t at = name; at-- > 0;) {
        if (s.tokens[at].folded == "with") return at;
        if (!title_words(doc, s, at, name, cues)) return std::nullopt;
    }
    return std::nullopt;
}

// ", Wang said", "said Wang", ", he noted": the speaker next to a speech
// verb, in its clause ("China (PRC), as discussed by" names no speaker). A
// passive verb's speaker is its agent ("was raised by the Secretary"); what
// stands before it was spoken of ("the cases of citizens barred from leaving
// the PRC were raised").
std::optional<Speaker> speaker_by_verb(const segment::Document& doc, const segment::Sentence& s, const std::vector<TermMatch>& actors,
                                       const std::vector<TermMatch>& cues, const Principal& principal,
                                       const NamedOfficials& named, const Speaker& last_official) {
    for (auto verb = cues.rbegin(); verb != cues.rend(); ++verb) {
        if (verb->term->kind != Category::speech) continue;
        if (passive(s, cues, *verb)) {
            size_t agent = verb->last + 2;
            if (agent >= s.tokens.size() || s.tokens[agent - 1].folded != "by") continue;
            for (const TermMatch& actor : actors) {
                bool titled_agent = actor.first >= agent && actor.first <= agent + kSubjectReach && title_words(doc, s, agent, actor.first, cues);
                if (titled_agent) return speaker_of(s, actor, principal, named);
            }
            if (auto speaker = named_at(s, agent, cues, named, last_official)) return speaker;
            continue;
        }
        for (size_t k = actors.size(); k-- > 0;) {
            if (actors[k].last < verb->first && verb->first - actors[k].last <= kSpeechVerbReach &&
                segment::same_clause(s.tokens, actors[k].last, verb->first) && !asked_about(s, actors[k]) &&
                !met_with(doc, s, actors[k].first, cues).has_value()) {
                return speaker_of(s, actors[k], principal, named);
            }
        }
        for (size_t p = verb->first > kSpeechVerbReach ? verb->first - kSpeechVerbReach : 0; p < verb->first; ++p) {
            if (met_with(doc, s, p, cues).has_value()) continue;
            if (auto speaker = named_at(s, p, cues, named, last_official)) return speaker;
        }
        if (auto speaker = named_at(s, verb->last + 1, cues, named, last_official)) return speaker;
    }
    return std::nullopt;
}

// ", he said", ", Yang warned,", "..., the spokesperson noted.": a speech verb
// with its speaker just before it, the two set off by a comma from the clause
// they report. What that clause says is the speaker's, whoever its subject
// ("The U.S. side, he said, should ...", "This hard-won momentum should be
// cherished by both sides, he said").
std::optional<Speaker> interposed_attribution(const segment::Sentence& s, const std::vector<TermMatch>& actors,
                                              const std::vector<TermMatch>& cues, const Principal& principal,
                                              const NamedOfficials& named, const Speaker& last_official) {
    const std::vector<segment::Token>& tokens = s.tokens;
    for (const TermMatch& verb : cues) {
        if (verb.term->kind != Category::speech || verb.first == 0) continue;
        bool closes = verb.last + 1 == tokens.size() || tokens[verb.last + 1].after_clause_break;
        if (!closes) continue;
        for (const TermMatch& actor : actors) {
            if (actor.first > 0 && actor.last + 1 == verb.first && tokens[actor.first].after_clause_break) {
                return speaker_of(s, actor, principal, named);
            }
        }
        size_t at = verb.first - 1;
        if (at > 0 && tokens[at].after_clause_break) {
            if (auto speaker = named_at(s, at, cues, named, last_official)) return speaker;
        }
    }
    return std::nullopt;
}

// Whether a sentence ends as a sentence does, not as a line of a list does.
bool full_sentence(const segment::Document& doc, const segment::Sentence& s) {
    std::string_view text = doc.sentence_text(s);
    for (bool trimmed = true; trimmed;) {
        trimmed = false;
        for (std::string_view closer : {" ", "\t", "\n", "\"", "'", ")", "\u201D", "\u2019"}) {
            if (text.ends_with(closer)) {
                text.remove_suffix(closer.size());
                trimmed = true;
            }
        }
    }
    return !text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?');
}

// "Jake Sullivan, National Security Advisor", "Public Sector Participants:": a line of
// a list of who took part, or its heading, holds names and titles alone; no one speaks in it.
bool names_only_line(const segment::Document& doc, const segment::Sentence& s, const std::vector<TermMatch>& cues) {
    if (s.tokens.empty() || full_sentence(doc, s)) return false;
    for (size_t i = 0; i < s.tokens.size(); ++i) {
        if (!name_or_title_word(doc, s, i, cues)) return false;
    }
    return true;
}

bool opens_in_first_person(const segment::Sentence& sentence) {
    return !sentence.tokens.empty() && (sentence.tokens[0].folded == "i" || sentence.tokens[0].folded == "we");
}

// Whether the sentence's speaker is an official (not a country: "Beijing
// opposes" is often the other side's readout describing it).
bool official_speaks(const SentenceAnalysis& sentence, const std::vector<TermMatch>& actors) {
    return std::any_of(actors.begin(), actors.end(),
                       [&](const TermMatch& m) { return m.term->category == sentence.speaker && is_named_official(m); });
}

}  // namespace

bool plural_office(const segment::Sentence& s, const TermMatch& title) {
    const std::string& word = s.tokens[title.last].folded;
    const std::string& base = title.term->words.back();
    return word != base && word.back() == 's' && word.find('\'') == std::string::npos &&
           word.find("\u2019") == std::string::npos;
}

Principal principal_of(const segment::Document& doc, const std::vector<TermMatch>& title_actors,
                       const std::vector<std::vector<TermMatch>>& actors, const std::vector<std::vector<TermMatch>>& cues) {
    Principal principal;
    const TermMatch* named = first_official(title_actors);
    principal.titled = named != nullptr;
    // "Under Secretary X (unknown to the lexicon) met with Minister Zhou": the first
    // official the text names is the one its principal met (of the U.S. or the PRC:
    // a third government's official tells nothing of the principal's side).
    // Only the sentence's first "with" is the principal's: "ahead of the President's
    // meeting with President Biden" tells another meeting.
    auto met_first = [&](const segment::Sentence& s, const TermMatch& official, const std::vector<TermMatch>& sentence_cues) {
        std::optional<size_t> with = met_with(doc, s, official.first, sentence_cues);
        return with && std::none_of(s.tokens.begin(), s.tokens.begin() + static_cast<std::ptrdiff_t>(*with),
                                    [](const segment::Token& t) { return t.folded == "with"; });
    };
    bool met = false;
    for (size_t i = 0; named == nullptr && i < actors.size(); ++i) {
        named = first_official(actors[i]);
        met = named != nullptr && one_side(named->term->side) && met_first(doc.sentences[i], *named, cues[i]);
    }
    if (named == nullptr) return principal;
    principal.official = named->term;
    principal.side = named->term->side;
    bool by_office = principal.titled && std::any_of(title_actors.begin(), title_actors.end(), [&](const TermMatch& m) {
                         return m.term->actor_kind == ActorKind::title && m.last < named->first;
                     });
    if (by_office || met) {
        // The principal is the unnamed office holder; the named one is the counterpart.
        principal.side = other_side(principal.side);
        principal.official = nullptr;
    }
    return principal;
}

// The official an opening phrase gives the clause to ("According to Wang, the
// U.S. side should ...", "In President Xi's view, ..."); a
// spokesperson, a statement or a ministry named there is a source of the
// narration, not a speaker.
std::optional<Speaker> opening_attribution(const segment::Sentence& s, size_t start, const std::vector<TermMatch>& actors,
                                           const std::vector<TermMatch>& cues, const Principal& principal,
                                           const NamedOfficials& named, const Speaker& last_official) {
    const std::vector<segment::Token>& tokens = s.tokens;
    if (start == 0) return std::nullopt;  // no opening phrase
    size_t last = start - 1;              // the opening phrase's last word (main_clause_start)
    auto opener = std::find_if(cues.begin(), cues.end(), [](const TermMatch& c) { return c.first == 0 && c.term->kind == Category::speech; });
    size_t first = 0;  // the first word of whose the clause is
    if (opener != cues.end()) {
        first = opener->last + 1;  // "According to Wang,"
    } else if (tokens[0].folded == "in" && tokens[last].folded == "view" && last >= 2) {
        first = 1, --last;  // "In Xi's view,"
    }
    if (first == 0 || first > last) return std::nullopt;
    for (const TermMatch& actor : actors) {
        if (actor.first >= first && actor.last <= last && is_named_official(actor)) return speaker_of(s, actor, principal, named);
    }
    return first == last ? named_at(s, first, cues, named, last_official) : std::nullopt;
}

// "President Biden, for his part, has stated that ...": the other side's
// official saying something in the present perfect, inside one official's
// remarks, is what that official recalls of him, not his saying in the talks.
bool recalled_in_remarks(const segment::Sentence& s, const std::vector<TermMatch>& cues, const Subject& subject,
                         const Speaker& previous) {
    bool in_remarks = previous.official != nullptr && one_side(previous.side) && subject.speaker.official != nullptr &&
                      one_side(subject.speaker.side) && subject.speaker.side != previous.side;
    if (!in_remarks) return false;
    auto verb = std::find_if(cues.begin(), cues.end(), [&](const TermMatch& c) {
        return c.term->kind == Category::speech && c.first > subject.end && c.first - subject.end <= kRecalledVerbReach;
    });
    if (verb == cues.end()) return false;
    // "has stated", "has more than once said": "has" or "have" in the two words before the verb.
    for (size_t i = verb->first > 2 ? verb->first - 2 : 0; i < verb->first; ++i) {
        if (s.tokens[i].folded == "has" || s.tokens[i].folded == "have") return true;
    }
    return false;
}

// Whether the subject is the two countries ("China and the United States",
// "the two militaries") in a statement, not a joint step ("agreed", "will"),
// that goes on from one official's remarks: the official's view of the two,
// not both sides speaking; or one country that says nothing, whatever its
// verb ("U.S. policy toward China will only lead into a blind alley"): the
// official's view of it.
bool countries_in_remarks(const segment::Sentence& s, const std::vector<TermMatch>& actors, const std::vector<TermMatch>& cues,
                          size_t start, const Subject& subject, bool speaks, const Speaker& previous) {
    bool one_official = previous.official != nullptr && one_side(previous.side);
    // The subject's first actor ("The United States", "China and the United States").
    auto opens_subject = std::find_if(actors.begin(), actors.end(), [&](const TermMatch& a) { return a.first >= start && a.last <= subject.end; });
    bool opens_with_a_country = opens_subject != actors.end() && opens_subject->term->actor_kind == ActorKind::country;
    bool countries = opens_with_a_country && subject.speaker.side == Side::both &&
                     (opens_subject->term->side == Side::both ||
                      (opens_subject->last + 1 < s.tokens.size() && s.tokens[opens_subject->last + 1].folded == "and"));
    bool silent_country = opens_with_a_country && subject.speaker.official == nullptr && subject.speaker.side != Side::both && !speaks;
    // A joint step of the subject's own predicate: not "would" in a clause of its own
    // (", whereas confrontation would be a disaster for both").
    std::vector<size_t> appositives = appositive_ends(s, subject.end);
    size_t predicate_start = appositives.empty() ? subject.end : appositives.back() + 1;
    constexpr Category joint_steps[] = {Category::agreement, Category::settle, Category::joint_step, Category::joint_pledge,
                                        Category::future};
    bool joint = std::ranges::any_of(cues, [&](const TermMatch& c) {
        return std::ranges::find(joint_steps, c.term->kind) != std::end(joint_steps) && c.first > subject.end &&
               segment::same_clause(s.tokens, predicate_start, c.first);
    });
    return one_official && (silent_country || (countries && !joint));
}

// "The United States has delivered $3 billion in aid since 2021", "Since the pandemic began, the
// United States has donated ...": one country's record in the present perfect, with no
// official as its subject, is a background fact the readout gives, no one speaking,
// unless one side's remarks go on.
bool country_record(const segment::Sentence& s, const std::vector<TermMatch>& actors, size_t start, const Subject& subject) {
    if (subject.speaker.official != nullptr || !one_side(subject.speaker.side)) return false;
    auto head = std::find_if(actors.begin(), actors.end(), [&](const TermMatch& a) { return a.first >= start && a.last <= subject.end; });
    if (head == actors.end() || head->term->actor_kind != ActorKind::country) return false;
    const std::vector<segment::Token>& tokens = s.tokens;
    size_t at = subject.end + 1;
    if (at >= tokens.size() || (tokens[at].folded != "has" && tokens[at].folded != "have")) return false;
    if (at + 2 < tokens.size() && (tokens[at + 1].folded == "also" || tokens[at + 1].folded.ends_with("ly"))) ++at;  // "has also donated"
    return at + 1 < tokens.size() && text::ed_form(tokens[at + 1].folded, 5);
}

void attribute_speakers(const segment::Document& document, const Principal& principal,
                        std::initializer_list<const std::vector<lexicon::Term>*> actor_terms, const std::vector<std::vector<TermMatch>>& actors,
                        const std::vector<std::vector<TermMatch>>& cues, std::vector<SentenceAnalysis>& sentences) {
    NamedOfficials named(actor_terms);
    Speaker previous, last_official;
    int previous_paragraph = 0;
    for (size_t i = 0; i < sentences.size(); ++i) {
        const segment::Sentence& s = document.sentences[i];
        // An official's remarks run on over paragraphs ("First, cooperation is the only choice."
        // after "Xi made the following points."), also past a sentence in them that speaks as
        // the official's country ("The Chinese side will not stand by."); anything else ends
        // with its paragraph, and so does everything before a list ("Polish President Andrzej
        // Duda" as a line of its own).
        bool remarks_go_on = previous.official != nullptr ||
                             (previous.side == last_official.side && one_side(previous.side));
        if (s.paragraph != previous_paragraph && (!remarks_go_on || !full_sentence(document, s))) previous = Speaker{};
        size_t start = main_clause_start(document, s, actors[i], cues[i]);
        std::optional<Subject> subject = subject_of(document, s, start, actors[i], cues[i], principal, named, last_official);
        // "Mr. Sullivan's visit underscored ...", "The Vice President's meeting concludes ...": the
        // official's meeting is the subject, narration as "The meeting lasted two hours" is.
        std::optional<size_t> owned_meeting = subject ? owned_meeting_noun(s, cues[i], subject->end) : std::nullopt;
        if (owned_meeting) subject.reset();
        // "The meeting lasted two hours", "This call was part of ...": narration about the meeting;
        // "The conversation focused on Ukraine", "Discussions covered ...": what both sides took up
        // in it. A bare noun that takes up nothing is any exchange ("Dialogue has moved forward").
        auto meeting_noun = std::find_if(cues[i].begin(), cues[i].end(), [&](const TermMatch& c) {
            return c.term->kind == Category::characterize && c.first <= start + 1;
        });
        bool meeting_agenda = !subject && meeting_noun != cues[i].end() &&
                              cue_follows(cues[i], Category::agenda, meeting_noun->last, kAgendaVerbReach);
        // "It was their first cabinet-level meeting since ...": the meeting as the complement.
        bool meeting_complement = !subject && start + 1 < s.tokens.size() &&
                                  (s.tokens[start].folded == "it" || s.tokens[start].folded == "this") &&
                                  starting_at(cues[i], start + 1, Category::copula) != nullptr &&
                                  cue_follows(cues[i], Category::characterize, start + 1, kComplementReach);
        bool about_the_meeting = meeting_agenda || (!subject && meeting_noun != cues[i].end() && meeting_noun->first == start + 1);
        auto speaks_after = [&](const Subject& who) { return cue_follows(cues[i], Category::speech, who.end, kVerbAfterSubject); };
        bool speaks = subject && speaks_after(*subject);
        bool appeals = subject && subject_appeals(cues[i], subject->end);
        Speaker speaker;
        auto reports_a_meeting_after = [&](size_t end) { return reports_a_meeting(document, s, cues[i], actors[i], end); };
        // "Biden said that ...; there is no reason, he said, why ...": "he" is the subject's official.
        const Speaker& antecedent = subject && subject->speaker.official != nullptr ? subject->speaker : last_official;
        if (names_only_line(document, s, cues[i])) {
            sentences[i].narrates_meeting = true;
        } else if (std::optional<Speaker> attributed = interposed_attribution(s, actors[i], cues[i], principal, named, antecedent)) {
            speaker = *attributed;
        } else if (owned_meeting) {
            // What the official's meeting took up is both sides' ("Sullivan's call with Wang focused on
            // Taiwan"); anything else said of it is narration.
            speaker = cue_follows(cues[i], Category::agenda, *owned_meeting, kAgendaVerbReach) ? Speaker{kBothSides, Side::both, nullptr}
                                                                                                 : Speaker{};
            sentences[i].narrates_meeting = true;
        } else if (subject && (reports_a_meeting_after(subject->end) || reports_travel(document, s, cues[i], subject->end) ||
                        std::ranges::any_of(appositive_ends(s, subject->end), [&](size_t end) {
                            std::optional<size_t> joined = joined_after_appositive(document, s, actors[i], cues[i], end);
                            return reports_a_meeting_after(end) || (joined && reports_a_meeting_after(*joined));
                        }))) {
            // Who met whom, or went where, is narration, unless the subject goes on to say
            // something in it (", conveying his hope for ...", "and welcomed her visit").
            speaker = purpose_pledged_together(s, cues[i], subject->end) ? Speaker{kBothSides, Side::both, nullptr}
                      : goes_on_to_speak(s, cues[i], subject->end)          ? subject->speaker
                                                                             : Speaker{};
            sentences[i].reports_meeting = true;
            // ... whose subject "he" in the next sentence still means.
            if (subject->speaker.official != nullptr) last_official = subject->speaker;
        } else if (reports_presence(s, cues[i], actors[i])) {
            // Who was present is narration too, with the same exception ("joined the call and thanked").
            speaker = subject && goes_on_to_speak(s, cues[i], subject->end) ? subject->speaker : Speaker{};
            sentences[i].narrates_meeting = true;
        } else if (subject && !speaks && appeals && last_official.official && subject->speaker.side != last_official.side &&
                   !subject->speaker.official) {
            // "The U.S. side must ...", "The two sides should ..." inside Wang Yi's remarks, which
            // PRC readouts often run on over several one-sentence paragraphs.
            speaker = last_official;
        } else if (std::optional<Speaker> source = opening_attribution(s, start, actors[i], cues[i], principal, named, last_official);
                   source && !speaks) {
            speaker = *source;  // "According to Wang, the U.S. side should ...", "In Xi's view, ..."
        } else if (subject && (countries_in_remarks(s, actors[i], cues[i], start, *subject, speaks, previous) ||
                               recalled_in_remarks(s, cues[i], *subject, previous))) {
            // "China and the United States share broad common interests" inside Xie's remarks.
            speaker = previous;
        } else if (subject && !one_side(previous.side) && country_record(s, actors[i], start, *subject)) {
            // (Inside one side's remarks it is what its official recounts: "China has also decided to".)
            speaker = Speaker{};
        } else if (subject) {
            speaker = subject->speaker;
        } else if (meeting_complement) {
            speaker = Speaker{};  // narration, whoever a clause after it names ("after both countries agreed")
            sentences[i].narrates_meeting = true;
        } else if (std::optional<Speaker> by_verb = speaker_by_verb(document, s, actors[i], cues[i], principal, named, last_official)) {
            speaker = *by_verb;
        } else if (meeting_agenda || (about_the_meeting && std::ranges::any_of(cues[i], [&](const TermMatch& c) {
                                          return settles_an_agreement(s.tokens, cues[i], c);
                                      }))) {
            // What the meeting took up, or settled ("The talks produced a five-point consensus").
            speaker = Speaker{kBothSides, Side::both, nullptr};
        } else if (about_the_meeting) {
            speaker = Speaker{};
            sentences[i].narrates_meeting = true;
        } else {
            // "China stands for peace." continuing one side's remarks before it; what
            // follows the two sides' narration is the readout's own ("The Working Group is ...").
            if (previous.side != Side::both) speaker = previous;
            sentences[i].continues_remarks = one_side(speaker.side) && std::ranges::none_of(cues[i], says_something);
        }
        for (const TermMatch& m : actors[i]) {
            if (!in_a_compound(document, s, m)) named.add(m);
        }
        if (speaker.official != nullptr) last_official = speaker;
        sentences[i].speaker = speaker.id;
        sentences[i].speaker_side = speaker.side;
        if (subject) sentences[i].subject_end = subject->end;
        previous = speaker;
        previous_paragraph = s.paragraph;
    }
}

void end_remarks_at_background(Side readout, std::vector<SentenceAnalysis>& sentences) {
    if (readout != Side::us) return;
    for (SentenceAnalysis& sentence : sentences) {
        if (!sentence.continues_remarks) continue;
        sentence.speaker.clear();
        sentence.speaker_side = Side::unknown;
    }
}

Side readout_side(const Principal& principal, const std::vector<std::vector<TermMatch>>& actors,
                  const segment::Document& document, const std::vector<SentenceAnalysis>& sentences,
                  const std::vector<Side>& usage) {
    int us = 0, prc = 0;
    auto vote = [&](Side side, int weight) {
        if (side == Side::us) us += weight;
        if (side == Side::prc) prc += weight;
    };
    vote(principal.side, 2);
    for (size_t i = 0; i < sentences.size(); ++i) {
        if (official_speaks(sentences[i], actors[i])) vote(sentences[i].speaker_side, 1);
        // "We made progress": a readout in the first person speaks for its title's principal.
        if (principal.titled && opens_in_first_person(document.sentences[i])) vote(principal.side, 1);
    }
    for (Side side : usage) vote(side, 1);
    if (us == prc) return Side::unknown;
    return us > prc ? Side::us : Side::prc;
}

}  // namespace readoutdiff::analyze
