#include "analyze/venue_names.h"

#include <algorithm>
#include <iterator>

namespace readoutdiff::analyze {
namespace {

constexpr size_t kLongestVenueName = 12;  // tokens: "the 9th ASEAN Defense Ministers' Meeting-Plus" and then some

// One past the last word of the name that starts at `from`.
size_t name_end(const segment::Document& doc, const std::vector<segment::Token>& tokens, const std::vector<TermMatch>& cues,
                size_t from) {
    size_t i = from;
    while (i < tokens.size() && i - from < kLongestVenueName) {
        if (i > from && tokens[i].after_clause_break) break;
        if (!doc.capitalized(tokens[i]) && !starting_at(cues, i, lexicon::Category::name_joiner)) break;
        ++i;
    }
    return i;
}

}  // namespace

std::vector<TermMatch> outside_venue_names(const segment::Document& doc, const segment::Sentence& s,
                                           const std::vector<TermMatch>& topic_terms, const std::vector<TermMatch>& venue_leads,
                                           const std::vector<TermMatch>& cues) {
    const std::vector<segment::Token>& tokens = s.tokens;
    std::vector<std::pair<size_t, size_t>> names;  // [first, end) of each venue's name
    for (const TermMatch& lead : venue_leads) {
        size_t first = lead.last + 1;
        names.emplace_back(first, name_end(doc, tokens, cues, first));
    }
    auto in_venue_name = [&](const TermMatch& term) {
        return doc.capitalized(tokens[term.first]) &&
               std::any_of(names.begin(), names.end(), [&](const auto& name) { return term.first >= name.first && term.last < name.second; });
    };
    std::vector<TermMatch> out;
    std::copy_if(topic_terms.begin(), topic_terms.end(), std::back_inserter(out), [&](const TermMatch& t) { return !in_venue_name(t); });
    return out;
}

}  // namespace readoutdiff::analyze
