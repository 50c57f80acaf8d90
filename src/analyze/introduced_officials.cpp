#include "analyze/introduced_officials.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>
#include <string_view>

#include "analyze/analysis.h"

namespace readoutdiff::analyze {
namespace {

using lexicon::ActorKind;
using lexicon::Category;

constexpr std::array<std::string_view, 5> kMeetingVerbForms = {"met", "meets", "spoke", "speaks", "talked"};
constexpr size_t kMeetingWithReach = 6;  // words from a meeting verb to its "with" ("met on Monday in Geneva with")
constexpr size_t kTitleOpening = 4;  // words in which a title set off by a comma shows its title word ("Vice Chairman of")

// A side's marker: a country ("U.S.", "PRC", "China's"), a demonym ("Chinese") or a body
// ("CPC", "the Central Military Commission").
bool marks_a_side(const TermMatch& m) {
    bool marker = m.term->actor_kind == ActorKind::country || lexicon::only_marks_a_side(m.term->actor_kind);
    return marker && one_side(m.term->side);
}

// A sentence with its matches, and what the words at a position are.
struct SentenceMatches {
    const segment::Document& doc;
    const segment::Sentence& s;
    const std::vector<TermMatch>& actors;
    const std::vector<TermMatch>& cues;
    const std::vector<TermMatch>& title_words;

    bool capitalized_word(size_t at) const {
        return doc.capitalized(s.tokens[at]) && std::isdigit(static_cast<unsigned char>(s.tokens[at].folded.front())) == 0;
    }
    // The text between the token at position and the one before it.
    std::string_view gap_before(size_t at) const { return doc.slice({s.tokens[at - 1].span.end, s.tokens[at].span.begin}); }
    bool joiner(size_t at) const { return starting_at(title_words, at, Category::name_joiner) != nullptr; }
    // "Minister", "Ambassador", "Commission": a word of a title or an office, never of a name.
    bool title_word(size_t at) const {
        return starting_at(title_words, at, Category::office) != nullptr || starting_at(title_words, at, Category::official_title) != nullptr;
    }
    bool known(size_t first, size_t last) const {
        return any_match_touching(actors, first, last, [](const TermMatch&) { return true; });
    }
    // The capitalized words (and the joiners inside a title) from start on, in one clause;
    // a joiner after them is the sentence's ("Minister Gao Feng to discuss"), and a number
    // ends them ("April 20 -- Chinese ...").
    size_t run_end(size_t start) const {
        size_t end = start;
        while (end < s.tokens.size() && (end == start || !s.tokens[end].after_clause_break) &&
               (capitalized_word(end) || (end > start && joiner(end)))) {
            ++end;
        }
        while (end > start + 1 && joiner(end - 1)) --end;
        return end;
    }
};

// A person term whose words are the tokens at the positions given.
lexicon::Term person(const segment::Sentence& s, const std::vector<size_t>& positions, const std::string& id, Side side) {
    lexicon::Term term;
    for (size_t k : positions) {
        term.words.push_back(s.tokens[k].folded);
        term.stems.push_back(s.tokens[k].stem);
        term.text += (term.text.empty() ? "" : " ") + s.tokens[k].folded;
    }
    term.category = id;
    term.weight = 1;
    term.side = side;
    term.actor_kind = ActorKind::person;
    return term;
}

// first, first + 1, ..., last: the positions of a run of words.
std::vector<size_t> positions(size_t first, size_t last) {
    std::vector<size_t> out;
    for (size_t k = first; k <= last; ++k) out.push_back(k);
    return out;
}

// "sun-weidong": the name's words, without dots.
std::string id_of(const segment::Sentence& s, size_t first, size_t last) {
    std::string id;
    for (size_t k = first; k <= last; ++k) {
        if (!id.empty()) id += '-';
        std::ranges::copy_if(s.tokens[k].folded, std::back_inserter(id), [](char c) { return c != '.'; });
    }
    return id;
}

// A name with its title: at the end of a run of capitalized words ("U.S. Assistant
// Secretary of State Daniel Okoro", "Secretary Blinken"), or before a title set
// off by a comma ("Wang Yi, Member of the Political Bureau ..."); the side a
// marker in the title gives, if one does.
struct TitledName {
    size_t title_start = 0, first = 0, last = 0;
    Side side = Side::unknown;
};

// The side that markers opening the words from..to give ("U.S.", "People's Republic of
// China (PRC)", after "the"), else one the title belongs to after "of" ("Vice Premier
// of the PRC", "Director of the CCP ..."; never "Ambassador to China"). opening_end,
// if given: set past the opening markers, which are no part of a title.
Side marked_side(const SentenceMatches& at, size_t from, size_t to, size_t* opening_end = nullptr) {
    const std::vector<segment::Token>& tokens = at.s.tokens;
    size_t start = from < to && tokens[from].folded == "the" ? from + 1 : from;
    Side side = Side::unknown;
    for (const TermMatch& m : at.actors) {
        if (m.first != start || m.last >= to || !marks_a_side(m)) continue;
        side = m.term->side;
        start = m.last + 1;
    }
    if (opening_end != nullptr) *opening_end = side == Side::unknown ? from : start;
    for (const TermMatch& m : at.actors) {
        if (side != Side::unknown || m.first < from + 2 || m.last >= to || !marks_a_side(m)) continue;
        size_t before = tokens[m.first - 1].folded == "the" ? m.first - 2 : m.first - 1;
        if (tokens[before].folded == "of") side = m.term->side;
    }
    return side;
}

bool titled(const SentenceMatches& at, size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) {
        if (at.title_word(k)) return true;
    }
    return false;
}

// The title set off by a comma after a name's last word (past the name in another
// script in parentheses: "Wang Yi (王毅), Member of ..."), capitalized or not ("Yang
// Jiechi, a member of ..."), if any: its side, unknown when no marker gives one.
std::optional<Side> appositive_title(const SentenceMatches& at, size_t last) {
    const std::vector<segment::Token>& tokens = at.s.tokens;
    size_t start = last + 1;
    if (start < tokens.size() && at.gap_before(start).find('(') != std::string_view::npos) {
        while (start < tokens.size() && at.gap_before(start).find(')') == std::string_view::npos) ++start;
    }
    if (start >= tokens.size() || !tokens[start].after_clause_break) return std::nullopt;
    size_t end = start + 1;
    while (end < tokens.size() && !tokens[end].after_clause_break) ++end;
    size_t title_opens = tokens[start].folded == "a" || tokens[start].folded == "the" ? start + 1 : start;
    if (!titled(at, title_opens, std::min(end, title_opens + kTitleOpening))) return std::nullopt;
    return marked_side(at, start, end);
}

std::optional<TitledName> titled_name_at(const SentenceMatches& at, size_t run_start, size_t run_end) {
    TitledName name;
    Side opening = marked_side(at, run_start, run_end, &name.title_start);
    if (run_end < name.title_start + 2 || at.title_word(run_end - 1)) return std::nullopt;
    // The name: its last word, and the word before unless that is the title's.
    name.last = name.first = run_end - 1;
    if (name.first - 1 > name.title_start && !at.title_word(name.first - 1) && !at.joiner(name.first - 1)) --name.first;
    // A title before it, whose last word is no joiner ("Minister of Public Security" names no one).
    if (!titled(at, name.title_start, name.first) || at.joiner(name.first - 1) || at.known(name.first, name.last)) return std::nullopt;
    name.side = opening != Side::unknown ? opening : marked_side(at, name.title_start, name.first);
    if (name.side == Side::unknown) name.side = appositive_title(at, name.last).value_or(Side::unknown);
    // The title is this official's from the last "and" on: "Advisor Sullivan and Director Wang".
    for (size_t k = name.title_start; k < name.first; ++k) {
        if (at.s.tokens[k].folded == "and") name.title_start = k + 1;
    }
    return name;
}

// Two or three capitalized words, no title's, cue's or known official's, before a title
// set off by a comma: "Wang Yi, Member of the Political Bureau ...", "met with Jake
// Sullivan, U.S. Assistant to the President ...".
std::optional<TitledName> name_before_title(const SentenceMatches& at, size_t run_start, size_t run_end) {
    size_t words = run_end - run_start;
    if (words < 2 || words > 3) return std::nullopt;
    for (size_t k = run_start; k < run_end; ++k) {
        bool lead_in = starting_at(at.cues, k, Category::lead_in) || starting_at(at.cues, k, Category::opener);  // "On Tuesday, Secretary ..."
        if (at.title_word(k) || at.joiner(k) || lead_in || at.known(k, k)) return std::nullopt;
    }
    std::optional<Side> side = appositive_title(at, run_end - 1);
    if (!side) return std::nullopt;
    return TitledName{run_start, run_start, run_end - 1, *side};
}

// Whether the run starting at `start` goes on a list of titles that ended at `end`:
// set off by a comma, with or without "and" ("Politburo Member, Director of the
// Office ..., and Foreign Minister Wang Yi").
bool next_on_title_list(const SentenceMatches& at, size_t end, size_t start) {
    const std::vector<segment::Token>& tokens = at.s.tokens;
    bool comma = end < tokens.size() && tokens[end].after_clause_break;
    return comma && (start == end || (start == end + 1 && tokens[end].folded == "and"));
}

std::vector<TitledName> titled_names(const SentenceMatches& at) {
    std::vector<TitledName> names;
    // A list of titles before one name takes the side the list's first title marks.
    Side list_side = Side::unknown;
    size_t list_end = 0;
    for (size_t k = 0; k < at.s.tokens.size();) {
        if (!at.capitalized_word(k)) {
            ++k;
            continue;
        }
        size_t end = at.run_end(k);
        if (list_side != Side::unknown && !next_on_title_list(at, list_end, k)) list_side = Side::unknown;
        std::optional<TitledName> name = titled_name_at(at, k, end);
        if (!name) name = name_before_title(at, k, end);
        if (name && name->side == Side::unknown) name->side = list_side;
        if (name) names.push_back(*name);
        // A title with no name ends with its title word ("Politburo Member").
        bool title_only = !name && at.title_word(end - 1);
        // A body named with its article ("the Chinese Commission") is no one's title.
        bool after_article = k > 0 && at.s.tokens[k - 1].folded == "the";
        if (title_only && list_side == Side::unknown && !after_article) list_side = marked_side(at, k, end);
        if (!title_only) list_side = Side::unknown;
        list_end = end;
        k = end;
    }
    return names;
}

// The one side a set of officials takes, unknown when they take two or none.
class OneSide {
public:
    void take(Side side) {
        if (!one_side(side)) return;
        m_mixed = m_mixed || (m_found != Side::unknown && m_found != side);
        m_found = side;
    }
    bool any() const { return m_found != Side::unknown; }
    Side side() const { return m_mixed ? Side::unknown : m_found; }

private:
    Side m_found = Side::unknown;
    bool m_mixed = false;
};

// The side the sentence's marked titles take, if they all take one; else the side of its
// officials the lexicon knows. The titled names are who met whom; a known official may
// be named for something else ("to follow up on the summit of Presidents Biden and Xi").
Side named_side(const SentenceMatches& at, const std::vector<TitledName>& names) {
    OneSide titled;
    for (const TitledName& name : names) titled.take(name.side);
    if (titled.any()) return titled.side();
    OneSide known;
    for (const TermMatch& m : at.actors) {
        if (m.term->actor_kind == ActorKind::person) known.take(m.term->side);
    }
    return known.side();
}

// A meeting verb that "with" follows ("Jake Sullivan and Deputy Director Ana
// Ortiz met with Minister Massa"): who stands before it is one side.
// A subject that meets no one "with" may hold both sides ("President Biden and Prime
// Minister Albanese met today").
std::optional<size_t> meeting_verb_before_with(const SentenceMatches& at) {
    for (const TermMatch& c : at.cues) {
        // A verb's form, not the noun "talks" ("discussed Argentina's talks with the IMF").
        bool meets = c.term->kind == Category::meeting && std::ranges::find(kMeetingVerbForms, at.s.tokens[c.first].folded) != kMeetingVerbForms.end();
        if (!meets) continue;
        // "met with", "met on Monday in Geneva with"
        for (size_t k = c.last + 1; k < at.s.tokens.size() && k <= c.last + kMeetingWithReach && !at.s.tokens[k].after_clause_break; ++k) {
            if (at.s.tokens[k].folded == "with") return c.first;
        }
    }
    return std::nullopt;
}

// The one side of the officials and marked titles before the meeting verb, if they take one.
Side subject_side(const SentenceMatches& at, const std::vector<TitledName>& names, size_t verb) {
    OneSide subject;
    for (const TitledName& name : names) {
        if (name.last < verb) subject.take(name.side);
    }
    for (const TermMatch& m : at.actors) {
        if (m.last < verb && m.term->actor_kind == ActorKind::person) subject.take(m.term->side);
    }
    return subject.side();
}

bool reports_a_meeting(const SentenceMatches& at) {
    return std::ranges::any_of(at.cues, [](const TermMatch& c) {
        return c.term->kind == Category::meeting || c.term->kind == Category::hold_meeting;
    });
}

// The names a readout calls an official by after introducing them, as the lexicon lists
// its officials': an American by the surname alone ("Sullivan"), a Chinese official, whose
// surname comes first and is shared by many, by a title word and the surname ("Director
// Wang", "Chairman Zhang"). A single word is the name itself.
void add_short_names(const SentenceMatches& at, const TitledName& name, const std::string& id, std::vector<lexicon::Term>& terms) {
    if (name.first == name.last) return;
    if (name.side == Side::us) {
        terms.push_back(person(at.s, {name.last}, id, name.side));
        return;
    }
    for (size_t k = name.title_start; k < name.first; ++k) {
        if (at.title_word(k)) terms.push_back(person(at.s, {k, name.first}, id, name.side));
    }
}

// Whether the title names the official in the possessive: "Readout of ... Ana Ruiz's Meeting".
bool owns_the_title(const SentenceMatches& at, const TitledName& name, const TitleOwner& owner) {
    const std::string owners = at.s.tokens[name.last].folded + "'s";  // folded quotes are ASCII
    return std::ranges::any_of(owner.title, [&](const segment::Token& t) { return t.folded == owners; });
}

}  // namespace

std::vector<lexicon::Term> introduced_officials(const segment::Document& doc, const std::vector<std::vector<TermMatch>>& actors,
                                                const std::vector<std::vector<TermMatch>>& cues,
                                                const std::vector<std::vector<TermMatch>>& title_words, const TitleOwner& owner) {
    // The sides the readout names a country or people of: an unmarked title in who met
    // whom takes the other side only where the readout names it ("met with Prime
    // Minister Singh" in a readout that never names China is a third country's).
    std::set<Side> named_countries;
    for (const std::vector<TermMatch>& matches : actors) {
        for (const TermMatch& m : matches) {
            if (marks_a_side(m)) named_countries.insert(m.term->side);
        }
    }
    std::vector<lexicon::Term> terms;
    std::set<std::string> ids;
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
        const SentenceMatches at{doc, doc.sentences[i], actors[i], cues[i], title_words[i]};
        std::vector<TitledName> names = titled_names(at);
        Side named = reports_a_meeting(at) ? named_side(at, names) : Side::unknown;
        std::optional<size_t> verb = meeting_verb_before_with(at);
        Side subject = verb ? subject_side(at, names, *verb) : Side::unknown;
        for (TitledName& name : names) {
            if (name.side == Side::unknown && verb && name.last < *verb) name.side = subject;
            if (name.side == Side::unknown && named != Side::unknown && named_countries.count(other_side(named))) {
                name.side = other_side(named);
            }
            if (name.side == Side::unknown && owns_the_title(at, name, owner)) name.side = owner.side;
            if (name.side == Side::unknown) continue;
            std::string id = id_of(at.s, name.first, name.last);
            if (!ids.insert(id).second) continue;
            terms.push_back(person(at.s, positions(name.first, name.last), id, name.side));
            if (name.title_start < name.first) terms.push_back(person(at.s, positions(name.title_start, name.last), id, name.side));
            add_short_names(at, name, id, terms);
        }
    }
    return terms;
}

}  // namespace readoutdiff::analyze
