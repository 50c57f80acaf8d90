#include "compare/side_summaries.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace readoutdiff::compare {

std::vector<analyze::TermHit> tone_drivers(const analyze::Analysis& analysis, size_t limit) {
    std::vector<analyze::TermHit> hits;
    for (const auto& s : analysis.sentences) {
        for (const auto& hit : s.tone.terms) {
            if (hit.category != lexicon::Category::assertive && hit.category != lexicon::Category::hedge) hits.push_back(hit);
        }
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const auto& x, const auto& y) { return std::fabs(x.weight) > std::fabs(y.weight); });
    std::vector<analyze::TermHit> top;
    for (const auto& hit : hits) {
        if (top.size() == limit) break;
        bool seen = std::any_of(top.begin(), top.end(), [&](const auto& t) { return t.term == hit.term; });
        if (!seen) top.push_back(hit);
    }
    return top;
}

std::optional<double> warmth(const analyze::Analysis& analysis) {
    if (analysis.characterization.empty()) return std::nullopt;
    double sum = 0;
    for (const auto& word : analysis.characterization) sum += word.warmth;
    return sum / static_cast<double>(analysis.characterization.size());
}

std::optional<Column> warmer_of(const std::optional<double>& left, const std::optional<double>& right) {
    if (!left || !right) return std::nullopt;
    double gap = *left - *right;
    if (std::fabs(gap) < kWarmthMargin) return Column::neither;
    return gap > 0 ? Column::left : Column::right;
}

std::vector<CodePhraseRow> code_phrase_rows(const analyze::Analysis& left, const analyze::Analysis& right) {
    std::map<std::string, CodePhraseRow> groups;
    auto add = [](std::vector<std::string>& terms, const std::string& term) {
        if (std::find(terms.begin(), terms.end(), term) == terms.end()) terms.push_back(term);
    };
    for (const auto& hit : left.code_phrases) add(groups[hit.group].left, hit.term);
    for (const auto& hit : right.code_phrases) add(groups[hit.group].right, hit.term);
    std::vector<CodePhraseRow> rows;
    for (auto& [group, row] : groups) {
        row.group = group;
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace readoutdiff::compare
