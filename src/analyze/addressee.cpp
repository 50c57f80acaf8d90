// Readouts name the addressee within a few words of the demand, so a
// window of words, not a parse, finds it; two sides joined by "and" ("China
// and the U.S. should ...") are both sides.
#include "analyze/addressee.h"

namespace readoutdiff::analyze {
namespace {

using lexicon::Side;

constexpr size_t kSubjectReach = 3;  // words between the subject and "must"/"should" ("the U.S. side also must")
constexpr size_t kObjectReach = 4;   // words between "urged" and its object ("urged the U.S. side to")

Side joined(Side a, Side b) {
    if (a == Side::unknown) return b;
    if (b == Side::unknown || a == b) return a;
    return Side::both;
}

Side side_of(const TermMatch& actor) { return actor.term->side; }

bool is_and(const segment::Token& token) { return token.folded == "and" || token.folded == "&"; }

}  // namespace

const char* to_string(Target target) {
    switch (target) {
        case Target::none: return "no addressee";
        case Target::other_side: return "aimed at the other side";
        case Target::both_sides: return "aimed at both sides";
        case Target::own_side: return "aimed at its own side";
    }
    return "";
}

Side subject_before(const std::vector<segment::Token>& tokens, const std::vector<TermMatch>& actors, size_t at) {
    // The nearest actor ending before `at`, then actors joined to it by "and".
    size_t k = actors.size();
    while (k > 0 && actors[k - 1].last >= at) --k;
    if (k == 0 || at - actors[k - 1].last > kSubjectReach + 1) return Side::unknown;
    Side side = side_of(actors[k - 1]);
    for (size_t j = k - 1; j > 0; --j) {
        const TermMatch& right = actors[j];
        const TermMatch& left = actors[j - 1];
        // "China and the United States": "and", then at most one word before the next actor.
        if (right.first < left.last + 2 || right.first > left.last + 3 || !is_and(tokens[left.last + 1])) break;
        side = joined(side, side_of(left));
    }
    return side;
}

Side object_after(const std::vector<segment::Token>& tokens, const std::vector<TermMatch>& actors, size_t last) {
    for (size_t k = 0; k < actors.size(); ++k) {
        if (actors[k].first <= last) continue;
        if (actors[k].first - last > kObjectReach) return Side::unknown;
        Side side = side_of(actors[k]);
        for (size_t j = k + 1; j < actors.size(); ++j) {
            if (actors[j].first < actors[j - 1].last + 2 || actors[j].first > actors[j - 1].last + 3 ||
                !is_and(tokens[actors[j - 1].last + 1])) {
                break;
            }
            side = joined(side, side_of(actors[j]));
        }
        return side;
    }
    return Side::unknown;
}

Target target_of(Side addressed, Side own) {
    if (addressed == Side::unknown) return Target::none;
    if (addressed == Side::both) return Target::both_sides;
    if (own != Side::us && own != Side::prc) return Target::other_side;
    return addressed == own ? Target::own_side : Target::other_side;
}

}  // namespace readoutdiff::analyze
