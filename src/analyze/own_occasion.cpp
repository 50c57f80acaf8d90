#include "analyze/own_occasion.h"

#include <algorithm>

namespace readoutdiff::analyze {

using lexicon::Category;

std::vector<const lexicon::Term*> own_occasions(const std::vector<SentenceAnalysis>& sentences,
                                                const std::vector<std::vector<TermMatch>>& cues) {
    auto first = opener(sentences);
    if (first == sentences.end() || first->names_earlier_meeting) return {};
    const std::vector<TermMatch>& own = cues[static_cast<size_t>(first - sentences.begin())];
    auto verb = std::find_if(own.begin(), own.end(), [](const TermMatch& c) {
        return c.term->kind == Category::meeting || c.term->kind == Category::hold_meeting;
    });
    if (verb == own.end()) return {};
    std::vector<const lexicon::Term*> out;
    for (const TermMatch& c : own) {
        if (c.term->kind == Category::other_occasion && c.first > verb->last) out.push_back(c.term);
    }
    return out;
}

void drop_own_occasions(std::vector<TermMatch>& cues, const std::vector<const lexicon::Term*>& own) {
    std::erase_if(cues, [&](const TermMatch& c) {
        return c.term->kind == Category::other_occasion && std::find(own.begin(), own.end(), c.term) != own.end();
    });
}

}  // namespace readoutdiff::analyze
