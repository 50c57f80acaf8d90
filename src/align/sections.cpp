// A same-point link is an analyst's strongest evidence that two sentences
// share a subject: a link's sentences that fell into no section join the
// section of its first sentence (or a new one), so that the two stand on one
// row; a sentence already in another section stays there.
#include "align/sections.h"

#include <algorithm>
#include <map>
#include <set>

namespace readoutdiff::align {
namespace {

using Ids = std::set<int>;

// The finer subjects (topics.tsv kind finer) a readout's sentences are mainly about.
std::set<std::string> finer_subjects(const analyze::Analysis& a) {
    std::set<std::string> out;
    for (const analyze::SentenceAnalysis& s : a.sentences) {
        if (!s.finer_subject.empty()) out.insert(s.finer_subject);
    }
    return out;
}

// Sentence ids by section: a finer subject both sides take up ("debt" in a
// meeting on the economy) is a section of its own; a finer subject only one
// side has stays in its sentence's main subject, where the other side's
// passage on that topic stands beside it.
std::map<std::string, Ids> by_subject(const analyze::Analysis& a, const std::set<std::string>& shared_finer) {
    std::map<std::string, Ids> out;
    for (size_t i = 0; i < a.sentences.size(); ++i) {
        const analyze::SentenceAnalysis& s = a.sentences[i];
        const std::string& subject = shared_finer.count(s.finer_subject) ? s.finer_subject : s.subject;
        if (!subject.empty()) out[subject].insert(static_cast<int>(i) + 1);
    }
    return out;
}

// A sentence that lists a subject it is not mainly about joins that subject's
// section when no other sentence of its side is there.
void add_only_mentions(const analyze::Analysis& a, std::map<std::string, Ids>& mine, const std::map<std::string, Ids>& theirs) {
    std::map<std::string, Ids> added;
    for (size_t i = 0; i < a.sentences.size(); ++i) {
        const std::string& main = a.sentences[i].subject;
        for (const std::string& topic : a.sentences[i].mentioned_subjects) {
            if (topic == main || !theirs.count(topic) || mine.count(topic)) continue;
            added[topic].insert(static_cast<int>(i) + 1);
        }
    }
    for (auto& [topic, ids] : added) {
        // Several sentences list it: none is the side's only mention.
        if (ids.size() == 1) mine[topic] = ids;
    }
}

std::vector<int> sorted(const Ids& ids) { return {ids.begin(), ids.end()}; }

}  // namespace

void build_sections(const analyze::Analysis& left, const analyze::Analysis& right, Alignment& alignment) {
    std::set<std::string> shared_finer;
    std::set<std::string> left_finer = finer_subjects(left), right_finer = finer_subjects(right);
    std::set_intersection(left_finer.begin(), left_finer.end(), right_finer.begin(), right_finer.end(),
                          std::inserter(shared_finer, shared_finer.end()));
    std::map<std::string, Ids> l = by_subject(left, shared_finer), r = by_subject(right, shared_finer);
    std::map<std::string, Ids> l_main = l, r_main = r;
    add_only_mentions(left, l, r_main);
    add_only_mentions(right, r, l_main);

    std::map<std::string, Section> sections;
    for (const auto& [subject, ids] : l) {
        auto other = r.find(subject);
        if (other != r.end()) sections[subject] = Section{subject, sorted(ids), sorted(other->second), {}};
    }
    // Each sentence's sections, by id (1-based; a sentence that only mentions a
    // subject is in more than one); map nodes stay put as sections are added.
    std::vector<std::vector<Section*>> left_homes(left.sentences.size() + 1), right_homes(right.sentences.size() + 1);
    auto settle = [](std::vector<std::vector<Section*>>& homes, const std::vector<int>& ids, Section* section) {
        for (int id : ids) {
            auto& mine = homes[static_cast<size_t>(id)];
            if (std::find(mine.begin(), mine.end(), section) == mine.end()) mine.push_back(section);
        }
    };
    for (auto& [subject, section] : sections) {
        settle(left_homes, section.left, &section);
        settle(right_homes, section.right, &section);
    }
    auto leave = [](std::vector<std::vector<Section*>>& homes, const std::vector<int>& ids, std::vector<int> Section::*side) {
        for (int id : ids) {
            for (Section* section : homes[static_cast<size_t>(id)]) std::erase(section->*side, id);
            homes[static_cast<size_t>(id)].clear();
        }
    };
    // Same-point links: into the section that holds their first sentence of each
    // side, else the first of their first left sentence's, bringing their other sentences along.
    for (size_t k = 0; k < alignment.links.size(); ++k) {
        const Link& link = alignment.links[k];
        const auto& l_homes = left_homes[static_cast<size_t>(link.left.front())];
        const auto& r_homes = right_homes[static_cast<size_t>(link.right.front())];
        auto shared = std::find_if(l_homes.begin(), l_homes.end(),
                                   [&](Section* s) { return std::find(r_homes.begin(), r_homes.end(), s) != r_homes.end(); });
        bool apart = shared == l_homes.end() && !l_homes.empty() && !r_homes.empty();
        if (apart) {
            // Two sections hold the link's sentences ("asked their teams to follow up" under
            // channels, "told their teams to follow up" under Ukraine): the point both make
            // is a subject of its own, so the sentences leave them for a section together.
            leave(left_homes, link.left, &Section::left);
            leave(right_homes, link.right, &Section::right);
        }
        Section* home = apart                    ? nullptr
                        : shared != l_homes.end() ? *shared
                        : !l_homes.empty()        ? l_homes.front()
                        : !r_homes.empty()        ? r_homes.front()
                                                  : nullptr;
        if (home == nullptr) {
            const std::string& subject = left.sentences[static_cast<size_t>(link.left.front()) - 1].subject;
            std::string key = subject.empty() ? right.sentences[static_cast<size_t>(link.right.front()) - 1].subject : subject;
            if (sections.count(key)) key += "#" + std::to_string(k);  // a subject whose section holds other sentences
            home = &sections[key];
            home->subject = key.substr(0, key.find('#'));
        }
        // A linked sentence in no section yet joins the link's; one in another section stays there.
        auto join = [&](std::vector<int>& ids, const std::vector<int>& add, std::vector<std::vector<Section*>>& homes) {
            for (int id : add) {
                if (!homes[static_cast<size_t>(id)].empty()) continue;
                ids.push_back(id);
                homes[static_cast<size_t>(id)].push_back(home);
            }
        };
        join(home->left, link.left, left_homes);
        join(home->right, link.right, right_homes);
        home->links.push_back(k);
    }
    for (auto& [key, section] : sections) {
        std::sort(section.left.begin(), section.left.end());
        std::sort(section.right.begin(), section.right.end());
    }
    for (auto& [key, section] : sections) {
        if (!section.left.empty() && !section.right.empty()) alignment.sections.push_back(std::move(section));
    }
    std::sort(alignment.sections.begin(), alignment.sections.end(), [](const Section& a, const Section& b) {
        return std::tie(a.left.front(), a.right.front()) < std::tie(b.left.front(), b.right.front());
    });
}

}  // namespace readoutdiff::align
