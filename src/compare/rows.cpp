// A section shows its links first (each sentence once, in the link), then
// one row with each side's remaining sentences, so a sentence appears once
// per section it belongs to.
#include "compare/rows.h"

#include <algorithm>

namespace readoutdiff::compare {
namespace {

std::vector<int> remaining(const std::vector<int>& ids, const std::vector<int>& shown) {
    std::vector<int> out;
    for (int id : ids) {
        if (std::find(shown.begin(), shown.end(), id) == shown.end()) out.push_back(id);
    }
    return out;
}

}  // namespace

std::vector<RowGroup> report_groups(const align::Alignment& alignment, const std::vector<std::string>& section_labels,
                                    const std::vector<OnlyPassage>& only_left, const std::vector<OnlyPassage>& only_right) {
    std::vector<RowGroup> groups;
    for (size_t k = 0; k < alignment.sections.size(); ++k) {
        const align::Section& section = alignment.sections[k];
        RowGroup group{RowGroup::Kind::section, section_labels[k], k, {}};
        std::vector<int> shown_left, shown_right;
        std::vector<size_t> links = section.links;
        std::sort(links.begin(), links.end(), [&](size_t a, size_t b) {
            return alignment.links[a].left.front() < alignment.links[b].left.front();
        });
        for (size_t l : links) {
            const align::Link& link = alignment.links[l];
            group.rows.push_back(Row{RowKind::same_point, link.left, link.right, l});
            shown_left.insert(shown_left.end(), link.left.begin(), link.left.end());
            shown_right.insert(shown_right.end(), link.right.begin(), link.right.end());
        }
        std::vector<int> rest_left = remaining(section.left, shown_left), rest_right = remaining(section.right, shown_right);
        if (!rest_left.empty() || !rest_right.empty()) group.rows.push_back(Row{RowKind::counterpart, rest_left, rest_right, {}});
        groups.push_back(std::move(group));
    }
    for (const OnlyPassage& only : only_left) {
        groups.push_back(RowGroup{RowGroup::Kind::only_left, only.label, {}, {Row{RowKind::only, only.sentences, {}, {}}}});
    }
    for (const OnlyPassage& only : only_right) {
        groups.push_back(RowGroup{RowGroup::Kind::only_right, only.label, {}, {Row{RowKind::only, {}, only.sentences, {}}}});
    }
    return groups;
}

}  // namespace readoutdiff::compare
