// The title decides when it names an official of a side: a White House
// title names both principals, a Xinhua title often only its own, and the
// text's first sentence then names the other.
#include "pair/principals.h"

#include <cctype>

namespace readoutdiff::pair {
namespace {

using lexicon::ActorKind;
using lexicon::Side;

// The first person of side in matches, else nullptr.
const lexicon::Term* first_official(const std::vector<analyze::TermMatch>& matches, Side side) {
    for (const analyze::TermMatch& m : matches) {
        if (m.term->actor_kind == ActorKind::person && m.term->side == side) return m.term;
    }
    return nullptr;
}

std::string principal(Side side, const std::vector<analyze::TermMatch>& title_actors,
                      const std::vector<std::vector<analyze::TermMatch>>& sentence_actors) {
    const lexicon::Term* official = first_official(title_actors, side);
    for (size_t i = 0; official == nullptr && i < sentence_actors.size(); ++i) {
        official = first_official(sentence_actors[i], side);
    }
    return official != nullptr ? official->category : "";
}

bool names_an_office(const std::vector<analyze::TermMatch>& matches) {
    for (const analyze::TermMatch& m : matches) {
        if (m.term->actor_kind == ActorKind::title) return true;
    }
    return false;
}

}  // namespace

Principals principals_of(const std::vector<analyze::TermMatch>& title_actors,
                         const std::vector<std::vector<analyze::TermMatch>>& sentence_actors, Side own_side) {
    Principals p;
    bool own_by_office = (own_side == Side::us || own_side == Side::prc) && names_an_office(title_actors) &&
                         first_official(title_actors, own_side) == nullptr;
    for (Side side : {Side::us, Side::prc}) {
        std::string& id = side == Side::us ? p.us : p.prc;
        if (own_by_office && side == own_side) {
            (side == Side::us ? p.us_by_office : p.prc_by_office) = true;
        } else {
            id = principal(side, title_actors, sentence_actors);
        }
    }
    return p;
}

std::string display_name(const std::string& actor_id) {
    std::string name = actor_id;
    bool word_start = true;
    for (char& c : name) {
        if (c == '-') {
            c = ' ';
            word_start = true;
        } else {
            if (word_start) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            word_start = false;
        }
    }
    return name;
}

}  // namespace readoutdiff::pair
