// A structural link replaces content links of its sentences: a readout's
// opener shares proper names with every sentence that names the two
// officials, and the matching would otherwise pair it with one of those.
#include "align/structural_points.h"

#include <algorithm>
#include <functional>

namespace readoutdiff::align {
namespace {

constexpr size_t kPerSide = 2;  // a link holds one or two sentences a side

struct Point {
    const char* name;  // as the link's reason says it
    std::function<bool(const analyze::SentenceAnalysis&)> makes;
    // The point outranks any content link of its sentences: an opener shares
    // names with every sentence naming the two officials. Else a sentence that
    // is linked to another point of the other side keeps that link.
    bool outranks_content;
    // The opener may make this point besides who met whom ("in the spirit of"
    // the leaders' call): the other side's sentences on it join its link.
    bool besides_who_met_whom;
};

const std::vector<Point>& points() {
    static const std::vector<Point> list = {
        {"who met whom", [](const analyze::SentenceAnalysis& s) { return s.reports_meeting && s.subject == analyze::kMeetingSubject; }, true, false},
        {"how the talks went",
         // "exchanged views on the DPRK and Burma" only lists what was discussed.
         [](const analyze::SentenceAnalysis& s) { return s.judges_meeting && !s.reports_meeting && s.subject == analyze::kMeetingSubject; },
         false, false},
        // Its own mention, not a subject carried over from the sentence before;
        // or the opener that builds on a meeting of the two leaders.
        {"the leaders' earlier meeting as the basis",
         [](const analyze::SentenceAnalysis& s) {
             bool own_mention = std::find(s.mentioned_subjects.begin(), s.mentioned_subjects.end(),
                                          analyze::kEarlierSummitSubject) != s.mentioned_subjects.end();
             return (s.subject == analyze::kEarlierSummitSubject && own_mention) || (s.reports_meeting && s.names_earlier_meeting);
         },
         false, true},
    };
    return list;
}

std::vector<uint32_t> making(const analyze::Analysis& a, const Point& point) {
    std::vector<uint32_t> out;
    for (uint32_t i = 0; i < a.sentences.size() && out.size() < kPerSide; ++i) {
        if (point.makes(a.sentences[i])) out.push_back(i);
    }
    return out;
}

bool contains(const std::vector<uint32_t>& ids, uint32_t id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

void remove_from(std::vector<uint32_t>& ids, const std::vector<uint32_t>& taken) {
    std::erase_if(ids, [&](uint32_t id) { return contains(taken, id); });
}

// The sentences whose other links do not keep them from making the point: the opener, for a point besides who met whom.
std::function<bool(uint32_t)> opener_exempt(const analyze::Analysis& a, const Point& point) {
    return [&a, &point](uint32_t id) { return point.besides_who_met_whom && a.sentences[id].reports_meeting; };
}

// Drops from mine the sentences (but the exempt) linked to a sentence of the other side that does not make the point.
void keep_content_links(std::vector<uint32_t>& mine, const std::vector<uint32_t>& theirs,
                        const std::vector<PassageLink>& passages, bool left, const std::function<bool(uint32_t)>& exempt) {
    std::erase_if(mine, [&](uint32_t id) {
        if (exempt(id)) return false;
        return std::any_of(passages.begin(), passages.end(), [&](const PassageLink& p) {
            const auto& own = left ? p.left : p.right;
            const auto& other = left ? p.right : p.left;
            return contains(own, id) && std::any_of(other.begin(), other.end(), [&](uint32_t o) { return !contains(theirs, o); });
        });
    });
}

// The sentences making the point that no link holds yet join a link among
// the point's sentences (one answering two), or form one together.
void attach_unlinked(const std::vector<uint32_t>& l, const std::vector<uint32_t>& r, const Point& point,
                     std::vector<PassageLink>& passages) {
    const std::string name = point.name;
    auto linked = [&](uint32_t id, bool left) {
        return std::any_of(passages.begin(), passages.end(), [&](const PassageLink& p) { return contains(left ? p.left : p.right, id); });
    };
    std::vector<uint32_t> free_l, free_r;
    for (uint32_t i : l) if (!linked(i, true)) free_l.push_back(i);
    for (uint32_t j : r) if (!linked(j, false)) free_r.push_back(j);
    if (free_l.empty() && free_r.empty()) return;
    auto within_point = [&](const PassageLink& p) {
        return std::all_of(p.left.begin(), p.left.end(), [&](uint32_t i) { return contains(l, i); }) &&
               std::all_of(p.right.begin(), p.right.end(), [&](uint32_t j) { return contains(r, j); });
    };
    auto home = std::find_if(passages.begin(), passages.end(), within_point);
    if (home == passages.end()) {
        // The opener, linked already for who met whom, takes the other side's
        // sentences on the earlier meeting into that link: one answering two,
        // and every sentence still in one link.
        if (point.besides_who_met_whom && free_l.empty() != free_r.empty()) {
            bool opener_left = free_l.empty();
            const std::vector<uint32_t>& openers = opener_left ? l : r;
            auto link = std::find_if(passages.begin(), passages.end(), [&](const PassageLink& p) {
                const auto& own = opener_left ? p.left : p.right;
                return std::any_of(own.begin(), own.end(), [&](uint32_t id) { return contains(openers, id); });
            });
            if (link == passages.end()) return;
            std::vector<uint32_t>& other = opener_left ? link->right : link->left;
            for (uint32_t id : opener_left ? free_r : free_l) {
                if (other.size() < kPerSide) other.push_back(id);
            }
            std::sort(other.begin(), other.end());
            return;
        }
        if (free_l.empty() || free_r.empty()) return;
        passages.push_back(PassageLink{free_l, free_r, 1.0, name});
        return;
    }
    for (uint32_t i : free_l) if (home->left.size() < kPerSide) home->left.push_back(i);
    for (uint32_t j : free_r) if (home->right.size() < kPerSide) home->right.push_back(j);
    std::sort(home->left.begin(), home->left.end());
    std::sort(home->right.begin(), home->right.end());
    home->point = name;
}

const analyze::SentenceAnalysis* opener(const analyze::Analysis& a) {
    auto it = analyze::opener(a.sentences);
    return it != a.sentences.end() ? &*it : nullptr;
}

}  // namespace

OpenerOfficials opener_officials(const analyze::Analysis& left, const analyze::Analysis& right) {
    const analyze::SentenceAnalysis* l = opener(left);
    const analyze::SentenceAnalysis* r = opener(right);
    if (l == nullptr || r == nullptr || l->officials.empty() || r->officials.empty()) return OpenerOfficials::unknown;
    bool shared = std::any_of(l->officials.begin(), l->officials.end(), [&](const std::string& official) {
        return std::binary_search(r->officials.begin(), r->officials.end(), official);
    });
    return shared ? OpenerOfficials::shared : OpenerOfficials::different;
}

void link_structural_points(const analyze::Analysis& left, const analyze::Analysis& right, bool same_meeting,
                            std::vector<PassageLink>& passages) {
    if (!same_meeting) return;
    for (const Point& point : points()) {
        std::vector<uint32_t> l = making(left, point), r = making(right, point);
        if (l.empty() || r.empty()) continue;
        if (point.outranks_content) {
            // Off their content links with sentences that do not make the point.
            for (PassageLink& p : passages) {
                bool l_in = std::any_of(p.left.begin(), p.left.end(), [&](uint32_t i) { return contains(l, i); });
                bool r_in = std::any_of(p.right.begin(), p.right.end(), [&](uint32_t j) { return contains(r, j); });
                if (l_in != r_in) {
                    remove_from(p.left, l);
                    remove_from(p.right, r);
                }
            }
            std::erase_if(passages, [](const PassageLink& p) { return p.left.empty() || p.right.empty(); });
        } else {
            std::vector<uint32_t> all_l = l, all_r = r;
            keep_content_links(l, all_r, passages, true, opener_exempt(left, point));
            keep_content_links(r, all_l, passages, false, opener_exempt(right, point));
        }
        attach_unlinked(l, r, point, passages);
    }
}

}  // namespace readoutdiff::align
