// dtl lives only here. Words are lined up through folded keys, so that a
// word written "Member," on one side and "Member" on the other still anchors
// the alignment; but only byte-identical words are common. A word the two
// sides spell differently is shown as a change, each side in its own spelling:
// a report marks differences, it never rewrites either government's text.
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

// Collects the words between two common runs, so that a stretch of changes
// reads as the left side's words, then the right side's.
class ChangeRun {
public:
    void left(const std::string& word) { m_left.push_back(&word); }
    void right(const std::string& word) { m_right.push_back(&word); }
    void flush_into(std::vector<DiffSegment>& segments) {
        for (const std::string* word : m_left) append(segments, DiffOp::left, *word);
        for (const std::string* word : m_right) append(segments, DiffOp::right, *word);
        m_left.clear();
        m_right.clear();
    }

private:
    std::vector<const std::string*> m_left;
    std::vector<const std::string*> m_right;
};

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
    ChangeRun changes;
    for (const auto& [key, info] : diff.getSes().getSequence()) {
        const std::string* left_word = info.beforeIdx > 0 ? &a.shown[static_cast<size_t>(info.beforeIdx - 1)] : nullptr;
        const std::string* right_word = info.afterIdx > 0 ? &b.shown[static_cast<size_t>(info.afterIdx - 1)] : nullptr;
        switch (info.type) {
            case dtl::SES_COMMON:
                if (*left_word == *right_word) {
                    changes.flush_into(segments);
                    append(segments, DiffOp::common, *left_word);
                } else {
                    changes.left(*left_word);
                    changes.right(*right_word);
                }
                break;
            case dtl::SES_DELETE: changes.left(*left_word); break;
            case dtl::SES_ADD: changes.right(*right_word); break;
        }
    }
    changes.flush_into(segments);
    return segments;
}

}  // namespace readoutdiff::compare
