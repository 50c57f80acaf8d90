// Readouts are indexed by their principals once; each readout without a
// year then looks only at the dated readouts of its own principals.
#include "pair/years.h"

#include <map>
#include <set>

#include "pair/candidates.h"

namespace readoutdiff::pair {
namespace {

// Readouts of one meeting are at most this many days apart on one side (pairing.cpp groups them alike).
constexpr long kSameSideDays = 1;

std::string principals_key(const Principals& p) { return p.us + '\t' + p.prc; }

}  // namespace

void resolve_years(std::vector<Readout>& readouts, long window) {
    std::map<std::string, std::vector<size_t>> dated;  // principals -> dated readouts, either side
    for (size_t i = 0; i < readouts.size(); ++i) {
        if (pairable(readouts[i]) && readouts[i].day) dated[principals_key(readouts[i].principals)].push_back(i);
    }
    for (Readout& r : readouts) {
        if (!pairable(r) || !r.year_less) continue;
        auto shelf = dated.find(principals_key(r.principals));
        if (shelf == dated.end()) continue;
        std::set<long> fits;  // the days r would have, one per year
        for (size_t j : shelf->second) {
            const Readout& other = readouts[j];
            if (conflicting(r.kind, other.kind)) continue;
            std::optional<long> day = text::nearest_day(r.year_less->month, r.year_less->day, *other.day);
            if (day && std::labs(*day - *other.day) <= (other.side == r.side ? kSameSideDays : window))
                fits.insert(*day);
        }
        std::set<int> years;
        for (long day : fits) years.insert(text::date_of_day(day).year);
        if (years.size() == 1) {
            r.day = *fits.begin();
            r.year_less.reset();
            r.year_from_others = true;
        } else if (years.size() > 1) {
            r.possible_years.assign(years.begin(), years.end());
        }
    }
}

}  // namespace readoutdiff::pair
