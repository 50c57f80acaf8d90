// Dated PRC readouts are indexed by principals, sorted by day: each US
// readout looks up its window by binary search. A readout without a year has
// been given one where it could (years.h); the rest pair with nothing.
#include "pair/candidates.h"

#include <algorithm>
#include <map>

#include "pair/content.h"

namespace readoutdiff::pair {
namespace {

struct Dated {
    long day;
    uint32_t index;
    bool operator<(const Dated& other) const { return day < other.day || (day == other.day && index < other.index); }
};

using Index = std::map<std::string, std::vector<Dated>>;  // sorted by day

// The pairable readouts of side, each under the key key_of gives it (none when empty).
template <typename KeyOf>
Index index_of(const std::vector<Readout>& readouts, Side side, KeyOf key_of) {
    Index index;
    for (uint32_t i = 0; i < readouts.size(); ++i) {
        const Readout& r = readouts[i];
        if (!pairable(r) || r.side != side || !r.day) continue;
        std::string key = key_of(r.principals);
        if (!key.empty()) index[key].push_back({*r.day, i});
    }
    for (auto& [key, shelf] : index) std::sort(shelf.begin(), shelf.end());
    return index;
}

std::string both_named(const Principals& p) { return p.us.empty() || p.prc.empty() ? "" : p.us + '\t' + p.prc; }
std::string prc_named(const Principals& p) { return p.us.empty() || p.prc.empty() ? "" : p.prc; }
std::string us_named(const Principals& p) { return p.us.empty() || p.prc.empty() ? "" : p.us; }

// Calls visit(j) for each readout of the shelf under key within window
// days of the dated readout r.
template <typename Visit>
void search(const Index& index, const std::string& key, const Readout& r, long window, Visit visit) {
    auto shelf = index.find(key);
    if (key.empty() || shelf == index.end()) return;
    const std::vector<Dated>& dated = shelf->second;
    auto first = std::lower_bound(dated.begin(), dated.end(), Dated{*r.day - window, 0});
    for (auto it = first; it != dated.end() && it->day <= *r.day + window; ++it) visit(it->index);
}

}  // namespace

bool pairable(const Readout& r) {
    return r.problem == ReadoutProblem::none && (r.side == Side::us || r.side == Side::prc) && r.has_date() &&
           r.possible_years.empty() && r.principals.usable();
}

std::optional<std::pair<long, long>> resolved_days(const Readout& a, const Readout& b) {
    if (a.day && b.day) return std::pair(*a.day, *b.day);
    return std::nullopt;
}

double fit_of(double similarity, long days_apart, bool by_office) {
    return similarity - kDayCost * static_cast<double>(days_apart) - (by_office ? kOfficeCost : 0.0);
}

Principals pair_principals(const Readout& us, const Readout& prc) {
    return Principals{us.principals.us.empty() ? prc.principals.us : us.principals.us,
                      prc.principals.prc.empty() ? us.principals.prc : prc.principals.prc};
}

std::vector<Candidate> find_candidates(const std::vector<Readout>& readouts,
                                       const std::vector<align::SparseVector>& content, long window) {
    Index prc_by_both = index_of(readouts, Side::prc, both_named);
    Index prc_by_prc = index_of(readouts, Side::prc, prc_named);
    Index us_by_us = index_of(readouts, Side::us, us_named);
    std::vector<Candidate> candidates;
    auto consider = [&](uint32_t us, uint32_t prc) {
        if (conflicting(readouts[us].kind, readouts[prc].kind)) return;
        std::optional<std::pair<long, long>> days = resolved_days(readouts[us], readouts[prc]);
        if (!days || std::labs(days->first - days->second) > window) return;
        double similarity = pair::similarity(content[us], content[prc]);
        bool by_office = readouts[us].principals.us_by_office || readouts[prc].principals.prc_by_office;
        candidates.push_back({us, prc, days->first, days->second, similarity, by_office,
                              fit_of(similarity, std::labs(days->first - days->second), by_office)});
    };
    for (uint32_t i = 0; i < readouts.size(); ++i) {
        const Readout& r = readouts[i];
        if (!pairable(r) || !r.day) continue;
        const Principals& p = r.principals;
        // A US readout finds PRC readouts naming both its principals, or, when
        // it names its own by office, naming its counterpart; a PRC readout
        // that names its own by office finds US readouts naming its counterpart.
        if (r.side == Side::us && !p.us_by_office)
            search(prc_by_both, both_named(p), r, window, [&](uint32_t j) { consider(i, j); });
        if (r.side == Side::us && p.us_by_office)
            search(prc_by_prc, p.prc, r, window, [&](uint32_t j) { consider(i, j); });
        if (r.side == Side::prc && p.prc_by_office)
            search(us_by_us, p.us, r, window, [&](uint32_t j) { consider(j, i); });
    }
    std::sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
        if (a.fit != b.fit) return a.fit > b.fit;
        if (readouts[a.us].path != readouts[b.us].path) return readouts[a.us].path < readouts[b.us].path;
        return readouts[a.prc].path < readouts[b.prc].path;
    });
    return candidates;
}

}  // namespace readoutdiff::pair
