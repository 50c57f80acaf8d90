// dtl lives only here. Words are compared through folded keys so that
// "U.S." / "US." or "’" / "'" do not show as changes; runs of one operation
// are joined into segments for the renderers.
#include "compare/word_diff.h"

#include <dtl/dtl.hpp>
#include <string>

#include "text/unicode.h"

namespace readoutdiff::compare {
namespace {

struct Words {
    std::vector<std::string> shown;
    std::vector<std::string> keys;
};

std::string key_of(std::string_view word) {
    std::string folded = text::fold_for_matching(word);
    auto is_edge_punct = [](char c) { return c == ',' || c == '.' || c == ';' || c == ':' || c == '"' || c == '\'' || c == '(' || c == ')'; };
    size_t begin = 0, end = folded.size();
    while (begin < end && is_edge_punct(folded[begin])) ++begin;
    while (end > begin && is_edge_punct(folded[end - 1])) --end;
    return begin == end ? folded : folded.substr(begin, end - begin);
}

Words split_words(std::string_view text) {
    Words words;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
        size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
        if (i > start) {
            words.shown.emplace_back(text.substr(start, i - start));
            words.keys.push_back(key_of(words.shown.back()));
        }
    }
    return words;
}

void append(std::vector<DiffSegment>& segments, DiffOp op, const std::string& word) {
    if (!segments.empty() && segments.back().op == op) {
        segments.back().text += " " + word;
    } else {
        segments.push_back(DiffSegment{op, word});
    }
}

constexpr size_t kMaxDiffWords = 5000;

}  // namespace

std::vector<DiffSegment> word_diff(std::string_view left, std::string_view right) {
    Words a = split_words(left), b = split_words(right);
    // dtl's time grows with the product of the lengths when the passages
    // differ; a "sentence" this long is pasted data, shown whole on each side.
    if (a.keys.size() > kMaxDiffWords || b.keys.size() > kMaxDiffWords) {
        std::vector<DiffSegment> whole;
        for (const std::string& word : a.shown) append(whole, DiffOp::left, word);
        for (const std::string& word : b.shown) append(whole, DiffOp::right, word);
        return whole;
    }
    // No onHuge(): it only reserves dtl's 2,000,000-coordinate limit up front
    // (48 MB per call) and does not lift the limit; the path grows as needed.
    dtl::Diff<std::string> diff(a.keys, b.keys, true);  // deletions before additions
    diff.compose();
    std::vector<DiffSegment> segments;
    for (const auto& [key, info] : diff.getSes().getSequence()) {
        switch (info.type) {
            case dtl::SES_COMMON: append(segments, DiffOp::common, a.shown[static_cast<size_t>(info.beforeIdx - 1)]); break;
            case dtl::SES_DELETE: append(segments, DiffOp::left, a.shown[static_cast<size_t>(info.beforeIdx - 1)]); break;
            case dtl::SES_ADD: append(segments, DiffOp::right, b.shown[static_cast<size_t>(info.afterIdx - 1)]); break;
        }
    }
    return segments;
}

}  // namespace readoutdiff::compare
