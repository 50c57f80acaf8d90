// Best first, not best in total: readouts of one meeting share few words,
// so a strong candidate (same day, shared terms) is near-certain and is
// never given up so that two weak ones can both be paired. Previous pairs
// are placed first, then the readouts of one side that report one meeting
// are grouped, then the groups are paired.
#include "pair/pairing.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <unordered_map>

#include "disjoint_sets.h"
#include "pair/candidates.h"
#include "pair/content.h"
#include "pair/reasons.h"
#include "render/format.h"

namespace readoutdiff::pair {
namespace {

// Readouts of one side this many days apart at most, with the same
// principals, report one meeting (a long readout and a short wire item).
constexpr long kSameMeetingDays = 1;
// Pairs a counterpart_taken reason names.
constexpr size_t kNamedPairs = 3;
// A no_counterpart reason names the nearest readout of the other side with
// the same principals when it lies this close: a counterpart posted late,
// or dated by another clock.
constexpr long kNearestHintDays = 31;

constexpr size_t kNone = static_cast<size_t>(-1);

// A pair being built.
struct Placed {
    std::string id;  // empty until named
    size_t us = 0;
    size_t prc = 0;
    long us_day = 0;
    long prc_day = 0;
    double similarity = 0;
    bool by_office = false;

    double fit() const { return fit_of(similarity, std::labs(us_day - prc_day), by_office); }
};

std::string principals_key(const Principals& p) {
    return p.us + (p.us_by_office ? "/office" : "") + '\t' + p.prc + (p.prc_by_office ? "/office" : "");
}

std::string fit_text(double similarity, long days) {
    return "similarity " + render::fixed(similarity, 2) + ", " + days_apart_text(days);
}

class Pairer {
public:
    Pairer(const std::vector<Readout>& readouts, long window)
        : m_readouts(readouts),
          m_window(window),
          m_content(content_vectors(readouts)),
          m_candidates(find_candidates(readouts, m_content, window)),
          m_pair_of(readouts.size(), kNone),
          m_pinned(readouts.size(), false) {
        for (size_t i = 0; i < readouts.size(); ++i) m_by_path.emplace(readouts[i].path, i);
        for (size_t k = 0; k < m_candidates.size(); ++k) {
            m_candidate_of[edge(m_candidates[k].us, m_candidates[k].prc)] = k;
            m_candidates_of[m_candidates[k].us].push_back(k);
            m_candidates_of[m_candidates[k].prc].push_back(k);
        }
        for (size_t i = 0; i < readouts.size(); ++i) {
            if (!pairable(readouts[i]) || !readouts[i].day) continue;
            std::string key = side_name(readouts[i].side) + '\t' + principals_key(readouts[i].principals);
            m_dated[key].emplace_back(*readouts[i].day, i);
        }
        for (auto& [key, days] : m_dated) std::sort(days.begin(), days.end());
    }

    Pairing run(const PreviousPairing& previous) {
        keep_previous(previous);
        challenge(previous);
        group_meetings();
        match();
        prefer_fuller();
        name_pairs();
        Pairing out;
        out.changes = std::move(m_changes);
        for (const Placed& p : m_pairs) {
            out.pairs.push_back({p.id, p.us, p.prc, text::to_iso(text::date_of_day(std::min(p.us_day, p.prc_day))),
                                 p.similarity,
                                 pair_reason(m_readouts[p.us], m_readouts[p.prc], p.us_day, p.prc_day, p.similarity)});
        }
        std::sort(out.pairs.begin(), out.pairs.end(), [](const Pair& a, const Pair& b) { return a.id < b.id; });
        for (size_t i = 0; i < m_readouts.size(); ++i) {
            if (m_pair_of[i] == kNone) out.unpaired.push_back(explain(i));
        }
        std::sort(out.unpaired.begin(), out.unpaired.end(), [&](const Unpaired& a, const Unpaired& b) {
            return m_readouts[a.readout].path < m_readouts[b.readout].path;
        });
        return out;
    }

private:
    std::optional<Placed> place(size_t us, size_t prc) const {
        std::optional<std::pair<long, long>> days = resolved_days(m_readouts[us], m_readouts[prc]);
        if (!days) return std::nullopt;
        bool by_office = m_readouts[us].principals.us_by_office || m_readouts[prc].principals.prc_by_office;
        return Placed{"", us, prc, days->first, days->second, similarity(m_content[us], m_content[prc]), by_office};
    }

    void add(Placed placed, bool pinned) {
        m_pair_of[placed.us] = m_pair_of[placed.prc] = m_pairs.size();
        m_pinned[placed.us] = m_pinned[placed.prc] = pinned;
        m_pairs.push_back(std::move(placed));
    }

    // Why a previous pair cannot be kept, or "" when it can.
    std::string unkeepable(const PreviousPair& p) const {
        for (const auto& [path, side] : {std::pair(p.us, Side::us), std::pair(p.prc, Side::prc)}) {
            auto it = m_by_path.find(path);
            if (it == m_by_path.end()) return path + " is gone";
            const Readout& r = m_readouts[it->second];
            if (!pairable(r)) return path + " cannot be paired now";
            if (r.side != side) return path + " reads as " + side_name(r.side) + " now";
            if (m_pair_of[it->second] != kNone) return path + " is in another kept pair";
        }
        return "";
    }

    void keep_previous(const PreviousPairing& previous) {
        for (const PreviousPair& p : previous.pairs) {
            std::string why = unkeepable(p);
            std::optional<Placed> placed = why.empty() ? place(m_by_path.at(p.us), m_by_path.at(p.prc)) : std::nullopt;
            if (!placed) {
                m_changes.push_back("pair " + p.id +
                                    " dropped: " + (why.empty() ? "its dates cannot be compared" : why));
                continue;
            }
            placed->id = p.id;
            add(std::move(*placed), true);
        }
    }

    // A readout the previous run did not list takes a kept pair's place of
    // the member it beats, best challenger first, one pair each.
    void challenge(const PreviousPairing& previous) {
        if (m_pairs.empty()) return;
        std::vector<bool> challenged(m_pairs.size(), false);
        auto is_new = [&](size_t i) { return previous.seen.count(m_readouts[i].path) == 0 && m_pair_of[i] == kNone; };
        for (const Candidate& c : m_candidates) {
            for (bool replace_us : {true, false}) {
                size_t kept = m_pair_of[replace_us ? c.prc : c.us];
                size_t challenger = replace_us ? c.us : c.prc;
                if (kept == kNone || challenged[kept] || !m_pinned[replace_us ? c.prc : c.us] || !is_new(challenger))
                    continue;
                Placed& pair = m_pairs[kept];
                if (!(c.fit > pair.fit())) continue;
                size_t& member = replace_us ? pair.us : pair.prc;
                m_changes.push_back("pair " + pair.id + ": " + side_name(replace_us ? Side::us : Side::prc) +
                                    " readout " + m_readouts[member].path + " replaced by " +
                                    m_readouts[challenger].path + ", which fits better (" +
                                    fit_text(c.similarity, std::labs(c.us_day - c.prc_day)) + "; was " +
                                    fit_text(pair.similarity, std::labs(pair.us_day - pair.prc_day)) + ")");
                m_pair_of[member] = kNone;
                m_pinned[member] = false;
                member = challenger;
                m_pair_of[challenger] = kept;
                m_pinned[challenger] = true;
                pair.us_day = c.us_day;
                pair.prc_day = c.prc_day;
                pair.similarity = c.similarity;
                pair.by_office = c.by_office;
                challenged[kept] = true;
            }
        }
    }

    // Best first, one pair per meeting group of each side: a second readout
    // of a meeting never pairs with another meeting's readout.
    void match() {
        std::set<size_t> used;
        for (const Placed& p : m_pairs) used.insert({m_group[p.us], m_group[p.prc]});
        for (const Candidate& c : m_candidates) {
            if (used.count(m_group[c.us]) > 0 || used.count(m_group[c.prc]) > 0) continue;
            used.insert({m_group[c.us], m_group[c.prc]});
            add(Placed{"", c.us, c.prc, c.us_day, c.prc_day, c.similarity, c.by_office}, false);
        }
    }

    // Joins the readouts of one side and principals at most a day apart
    // (not a call and a meeting): the readouts one government may publish of
    // one meeting (a long text and a wire item). Readouts whose date has no
    // year (none fits them one: years.h) join those of the same month and day.
    void group_meetings() {
        DisjointSets sets(m_readouts.size());
        std::map<std::string, std::vector<size_t>> shelves;  // side and principals -> readouts
        for (size_t i = 0; i < m_readouts.size(); ++i) {
            if (pairable(m_readouts[i]))
                shelves[side_name(m_readouts[i].side) + '\t' + principals_key(m_readouts[i].principals)].push_back(i);
        }
        for (auto& [key, shelf] : shelves) {
            std::vector<size_t> dated, year_less;
            for (size_t i : shelf) (m_readouts[i].day ? dated : year_less).push_back(i);
            std::sort(dated.begin(), dated.end(),
                      [&](size_t a, size_t b) { return *m_readouts[a].day < *m_readouts[b].day; });
            for (size_t k = 1; k < dated.size(); ++k) {
                if (same_meeting(dated[k - 1], dated[k])) sets.unite(dated[k], dated[k - 1]);
            }
            for (size_t i : year_less) {
                for (size_t j : year_less) {
                    if (i < j && same_meeting(i, j)) sets.unite(i, j);
                }
            }
        }
        m_group.resize(m_readouts.size());
        for (size_t i = 0; i < m_readouts.size(); ++i) m_group[i] = sets.find(i);
        for (size_t i = 0; i < m_readouts.size(); ++i) m_members[m_group[i]].push_back(i);
    }

    // Two readouts of one side and principals: near enough in date, and not a call and a meeting.
    bool same_meeting(size_t a, size_t b) const {
        const Readout& x = m_readouts[a];
        const Readout& y = m_readouts[b];
        if (conflicting(x.kind, y.kind)) return false;
        if (!x.day && !y.day) return x.year_less == y.year_less;
        std::optional<std::pair<long, long>> days = resolved_days(x, y);
        return days && std::labs(days->first - days->second) <= kSameMeetingDays;
    }

    // The fullest text of a meeting stands for its side: a new pair takes an
    // unpaired readout of the same meeting and side in place of its member
    // when that readout is fuller (more words, or as many and the first
    // path) and as near in date to the counterpart (a wire item and the long
    // text of the same day).
    void prefer_fuller() {
        for (Placed& pair : m_pairs) {
            if (m_pinned[pair.us]) continue;
            for (bool us_member : {true, false}) {
                size_t member = us_member ? pair.us : pair.prc;
                size_t partner = us_member ? pair.prc : pair.us;
                long days = std::labs(pair.us_day - pair.prc_day);
                const Candidate* best = nullptr;
                size_t best_readout = kNone;
                for (size_t other : m_members[m_group[member]]) {
                    if (other == member || m_pair_of[other] != kNone) continue;
                    auto c = m_candidate_of.find(us_member ? edge(other, partner) : edge(partner, other));
                    if (c == m_candidate_of.end()) continue;
                    const Candidate& candidate = m_candidates[c->second];
                    if (std::labs(candidate.us_day - candidate.prc_day) > days) continue;
                    size_t fullest = best_readout == kNone ? member : best_readout;
                    if (fuller(other, fullest)) best = &candidate, best_readout = other;
                }
                if (best == nullptr) continue;
                m_pair_of[member] = kNone;
                m_pair_of[best_readout] = m_pair_of[partner];
                (us_member ? pair.us : pair.prc) = best_readout;
                pair.us_day = best->us_day;
                pair.prc_day = best->prc_day;
                pair.similarity = best->similarity;
                pair.by_office = best->by_office;
            }
        }
    }

    // The readout an unpaired one stands beside as an alternative: the
    // paired readout of its meeting group nearest in date, else the group's
    // fullest; kNone when it stands for its meeting itself.
    size_t alternative_of(size_t i) const {
        size_t beside = kNone;
        auto distance = [&](size_t j) {
            std::optional<std::pair<long, long>> days = resolved_days(m_readouts[i], m_readouts[j]);
            return days ? std::labs(days->first - days->second) : 0;
        };
        for (size_t j : m_members.at(m_group[i])) {
            if (j == i || m_pair_of[j] == kNone) continue;
            bool nearer = beside == kNone || distance(j) < distance(beside) ||
                          (distance(j) == distance(beside) && m_readouts[j].path < m_readouts[beside].path);
            if (nearer) beside = j;
        }
        if (beside != kNone) return beside;
        for (size_t j : m_members.at(m_group[i])) {
            if (beside == kNone || fuller(j, beside)) beside = j;
        }
        return beside == i ? kNone : beside;
    }

    // More words, or as many and the first path: the text that stands for a meeting.
    bool fuller(size_t a, size_t b) const {
        if (m_readouts[a].words != m_readouts[b].words) return m_readouts[a].words > m_readouts[b].words;
        return m_readouts[a].path < m_readouts[b].path;
    }

    static uint64_t edge(size_t us, size_t prc) {
        return (static_cast<uint64_t>(us) << 32) | static_cast<uint64_t>(prc);
    }

    // New pairs are named in date order: <date>-<US principal>-<PRC
    // principal>, with -2, -3 ... after a name already taken.
    void name_pairs() {
        std::set<std::string> taken;
        std::vector<Placed*> unnamed;
        for (Placed& p : m_pairs) {
            if (p.id.empty())
                unnamed.push_back(&p);
            else
                taken.insert(p.id);
        }
        auto earlier = [&](const Placed* a, const Placed* b) {
            long day_a = std::min(a->us_day, a->prc_day), day_b = std::min(b->us_day, b->prc_day);
            if (day_a != day_b) return day_a < day_b;
            return m_readouts[a->us].path < m_readouts[b->us].path;
        };
        std::sort(unnamed.begin(), unnamed.end(), earlier);
        for (Placed* p : unnamed) {
            Principals principals = pair_principals(m_readouts[p->us], m_readouts[p->prc]);
            std::string base = id_safe(text::to_iso(text::date_of_day(std::min(p->us_day, p->prc_day))) + "-" +
                                       principals.us + "-" + principals.prc);
            std::string id = base;
            for (int n = 2; taken.count(id) > 0; ++n) id = base + "-" + std::to_string(n);
            taken.insert(id);
            p->id = id;
        }
    }

    // Ids are file names: letters, digits, '.', '_', '-'.
    static std::string id_safe(std::string id) {
        for (char& c : id) {
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                      c == '_' || c == '-';
            if (!ok) c = '-';
        }
        return id;
    }

    Unpaired explain(size_t i) const {
        const Readout& r = m_readouts[i];
        std::string who = describe(r);
        Side other = r.side == Side::us ? Side::prc : Side::us;
        switch (r.problem) {
            case ReadoutProblem::unreadable:
                return {i, Standing::unreadable, "cannot be read: " + r.problem_message, ""};
            case ReadoutProblem::not_english: return {i, Standing::not_english, r.problem_message, ""};
            case ReadoutProblem::none: break;
        }
        if (r.side != Side::us && r.side != Side::prc) {
            return {
                i, Standing::unknown_side,
                who + ": side cannot be told (neither a US nor a PRC readout by its principal, speakers or wording)",
                ""};
        }
        if (!r.has_date()) {
            return {i, Standing::unknown_date,
                    who + ": date cannot be told (none in its front matter, dateline, first paragraph or file name)",
                    ""};
        }
        if (!r.possible_years.empty()) {
            std::string years;
            for (size_t k = 0; k < r.possible_years.size(); ++k) {
                years += (k == 0                             ? ""
                          : k + 1 == r.possible_years.size() ? " and "
                                                             : ", ") +
                         std::to_string(r.possible_years[k]);
            }
            return {i, Standing::unknown_date,
                    who + ": its date has no year and fits readouts of these officials in " + years +
                        " (give the year: a front matter date, or one in the file name)",
                    ""};
        }
        if (!r.principals.usable()) {
            bool us_missing = r.principals.us.empty() && !r.principals.us_by_office;
            bool prc_missing = r.principals.prc.empty() && !r.principals.prc_by_office;
            std::string missing = us_missing && prc_missing ? "US or PRC" : us_missing ? "US" : "PRC";
            return {i, Standing::unknown_official,
                    who + ": names no " + missing +
                        " official the actor lexicon knows (a meeting with another country, or an official to add to "
                        "actors.tsv)",
                    ""};
        }
        if (size_t beside = alternative_of(i); beside != kNone) {
            size_t pair = m_pair_of[beside];
            std::string of = pair != kNone ? "pair " + m_pairs[pair].id + " (" + m_readouts[beside].path + ")"
                                           : m_readouts[beside].path;
            return {i, Standing::alternative,
                    who + ": another " + side_name(r.side) + " readout of the meeting of " + of,
                    pair != kNone ? m_pairs[pair].id : m_readouts[beside].path};
        }
        std::vector<std::string> taken;
        auto own = m_candidates_of.find(i);
        for (size_t k : own != m_candidates_of.end() ? own->second : std::vector<size_t>{}) {
            size_t partner = r.side == Side::us ? m_candidates[k].prc : m_candidates[k].us;
            if (m_pair_of[partner] == kNone || taken.size() == kNamedPairs) continue;
            taken.push_back(m_readouts[partner].path + " (pair " + m_pairs[m_pair_of[partner]].id + ")");
        }
        if (!taken.empty()) {
            std::string list;
            for (const std::string& t : taken) list += (list.empty() ? "" : ", ") + t;
            return {i, Standing::counterpart_taken,
                    who + ": its " + side_name(other) +
                        " candidates are paired with readouts that fit them better: " + list,
                    ""};
        }
        return {i, Standing::no_counterpart,
                who + ": no " + side_name(other) + " readout within " + std::to_string(m_window) +
                    (m_window == 1 ? " day" : " days") + nearest_hint(i),
                ""};
    }

    // The nearest readout of the other side with the same principals and a
    // kind of meeting that does not conflict, beyond the window but within kNearestHintDays.
    // The readouts of each side and principals are looked up by day, so the
    // hint costs a search, not a pass over all readouts.
    std::string nearest_hint(size_t i) const {
        const Readout& r = m_readouts[i];
        if (!r.day) return "";
        Side other = r.side == Side::us ? Side::prc : Side::us;
        auto shelf = m_dated.find(side_name(other) + '\t' + principals_key(r.principals));
        if (shelf == m_dated.end()) return "";
        const std::vector<std::pair<long, size_t>>& days = shelf->second;
        size_t nearest = kNone;
        long nearest_days = 0;
        auto from = std::lower_bound(days.begin(), days.end(), std::pair(*r.day - kNearestHintDays, size_t{0}));
        for (auto it = from; it != days.end() && it->first <= *r.day + kNearestHintDays; ++it) {
            long apart = std::labs(it->first - *r.day);
            if (conflicting(m_readouts[it->second].kind, r.kind)) continue;
            if (nearest == kNone || apart < nearest_days) nearest = it->second, nearest_days = apart;
        }
        if (nearest == kNone) return "";
        return " (nearest with these principals: " + m_readouts[nearest].path + ", " + days_apart_text(nearest_days) +
               " apart)";
    }

    const std::vector<Readout>& m_readouts;
    long m_window;
    std::vector<align::SparseVector> m_content;
    std::vector<Candidate> m_candidates;
    std::map<std::string, size_t> m_by_path;
    std::vector<size_t> m_pair_of;                                    // per readout: index into m_pairs, or kNone
    std::vector<bool> m_pinned;                                       // in a pair kept from the previous run
    std::unordered_map<uint64_t, size_t> m_candidate_of;              // edge(us, prc) -> index into m_candidates
    std::unordered_map<size_t, std::vector<size_t>> m_candidates_of;  // readout -> its candidates, best first
    std::map<std::string, std::vector<std::pair<long, size_t>>>
        m_dated;                                      // side and principals -> (day, readout), sorted
    std::vector<size_t> m_group;                      // per readout: its meeting group (a member's index)
    std::map<size_t, std::vector<size_t>> m_members;  // group -> its readouts, in index order
    std::vector<Placed> m_pairs;
    std::vector<std::string> m_changes;
};

}  // namespace

std::string_view to_string(Standing standing) {
    switch (standing) {
        case Standing::alternative: return "alternative";
        case Standing::unreadable: return "unreadable";
        case Standing::not_english: return "not_english";
        case Standing::unknown_side: return "unknown_side";
        case Standing::unknown_date: return "unknown_date";
        case Standing::unknown_official: return "unknown_official";
        case Standing::no_counterpart: return "no_counterpart";
        case Standing::counterpart_taken: return "counterpart_taken";
    }
    return "no_counterpart";
}

std::optional<Standing> standing_from_string(std::string_view text) {
    for (Standing s :
         {Standing::alternative, Standing::unreadable, Standing::not_english, Standing::unknown_side,
          Standing::unknown_date, Standing::unknown_official, Standing::no_counterpart, Standing::counterpart_taken}) {
        if (to_string(s) == text) return s;
    }
    return std::nullopt;
}

Pairing pair_readouts(const std::vector<Readout>& readouts, const PreviousPairing& previous, long window) {
    return Pairer(readouts, window).run(previous);
}

}  // namespace readoutdiff::pair
