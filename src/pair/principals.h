// Who met whom: the principal of each side a readout names. Both sides'
// readouts of one meeting name the same two officials, whoever wrote them,
// so the two canonical actor ids are the key that pairs them.
#pragma once

#include <string>
#include <vector>

#include "analyze/term_matcher.h"

namespace readoutdiff::pair {

struct Principals {
    std::string us;   // canonical actor id of the US official, empty when none is named
    std::string prc;  // likewise for the PRC official
    // The readout's own principal named only by office, as a press office
    // names its own ("The Secretary's Meeting with PRC Foreign Minister Wang
    // Yi"): that side's official is then whoever the counterpart names.
    bool us_by_office = false;
    bool prc_by_office = false;

    // Both officials named, or one named and the other by office.
    bool usable() const {
        return (!us.empty() || us_by_office) && (!prc.empty() || prc_by_office) && !(us_by_office && prc_by_office);
    }
    bool operator==(const Principals&) const = default;
};

// The first official (an actors.tsv person) of each side that the title
// names, else the first the text names: a readout names the officials who
// met before any it mentions in passing. Under a title that names the
// readout's own side (own_side) only by a bare office ("The Secretary's
// Meeting with ..."), the text is not searched for that side: the officials
// it mentions are others. title_actors and sentence_actors are the actor
// matches of the title and of each sentence, in order.
Principals principals_of(const std::vector<analyze::TermMatch>& title_actors,
                         const std::vector<std::vector<analyze::TermMatch>>& sentence_actors, lexicon::Side own_side);

// A canonical actor id as people write the name: "xi-jinping" -> "Xi Jinping".
std::string display_name(const std::string& actor_id);

}  // namespace readoutdiff::pair
