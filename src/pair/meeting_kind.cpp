// "Call" is the one kind word that is also a common verb ("calls for",
// "called on"), so it is weighed as the cues file says (below 1: needs
// context) and read as a noun only where grammar makes it one.
#include "pair/meeting_kind.h"

namespace readoutdiff::pair {
namespace {

using lexicon::Category;

bool is_article(const std::string& word) { return word == "a" || word == "the"; }

bool is_possessive(const std::string& word) {
    return word.size() > 2 && (word.compare(word.size() - 2, 2, "'s") == 0 || word.back() == '\'');
}

// A weak cue at match m counts only as a noun.
bool reads_as_noun(const std::vector<segment::Token>& tokens, const analyze::TermMatch& m) {
    if (m.first > 0 && (is_article(tokens[m.first - 1].folded) || is_possessive(tokens[m.first - 1].folded)))
        return true;
    return m.last + 1 < tokens.size() && tokens[m.last + 1].folded == "with";
}

MeetingKind kind_of(const std::vector<segment::Token>& tokens, const std::vector<analyze::TermMatch>& cues) {
    bool in_person = false;
    for (const analyze::TermMatch& m : cues) {
        if (m.term->kind == Category::remote && (m.term->weight >= 1 || reads_as_noun(tokens, m)))
            return MeetingKind::remote;
        in_person = in_person || m.term->kind == Category::in_person;
    }
    return in_person ? MeetingKind::in_person : MeetingKind::unknown;
}

}  // namespace

std::string_view to_string(MeetingKind kind) {
    switch (kind) {
        case MeetingKind::remote: return "call";
        case MeetingKind::in_person: return "meeting";
        case MeetingKind::unknown: break;
    }
    return "";
}

bool conflicting(MeetingKind a, MeetingKind b) {
    return a != MeetingKind::unknown && b != MeetingKind::unknown && a != b;
}

MeetingKind meeting_kind(const std::vector<segment::Token>& title, const std::vector<analyze::TermMatch>& title_cues,
                         const std::vector<segment::Token>& opening,
                         const std::vector<analyze::TermMatch>& opening_cues) {
    MeetingKind kind = kind_of(title, title_cues);
    return kind != MeetingKind::unknown ? kind : kind_of(opening, opening_cues);
}

}  // namespace readoutdiff::pair
