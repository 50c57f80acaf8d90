// Tests for compare/word_diff: runs of common, left-only and right-only
// words, compared through folded keys but shown as each side wrote them.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "compare/word_diff.h"

namespace {

using readoutdiff::compare::DiffOp;
using readoutdiff::compare::DiffSegment;
using readoutdiff::compare::word_diff;

// The items separated by " | ", so that a failure prints readable values.
template <typename T>
std::string joined(const std::vector<T>& items) {
    std::ostringstream out;
    for (size_t i = 0; i < items.size(); ++i) out << (i ? " | " : "") << items[i];
    return out.str();
}

// "=common", "-left", "+right" for each segment.
std::string diff(std::string_view left, std::string_view right) {
    std::vector<std::string> out;
    for (const DiffSegment& s : word_diff(left, right)) {
        char mark = s.op == DiffOp::common ? '=' : s.op == DiffOp::left ? '-' : '+';
        out.push_back(mark + s.text);
    }
    return joined(out);
}

}  // namespace

TEST_CASE("word_diff of equal texts is one common segment") {
    CHECK(diff("The two leaders met.", "The two leaders met.") == "=The two leaders met.");
}

TEST_CASE("word_diff shows a replaced word as left then right between common runs") {
    CHECK(diff("The two sides met in Bali", "The two leaders met in Bali") ==
          "=The two | -sides | +leaders | =met in Bali");
}

TEST_CASE("word_diff shows words present on one side only") {
    SUBCASE("left only") {
        CHECK(diff("They held candid and constructive talks", "They held constructive talks") ==
              "=They held | -candid and | =constructive talks");
    }
    SUBCASE("right only") {
        CHECK(diff("Xi met Biden", "Xi met Biden in Woodside") == "=Xi met Biden | +in Woodside");
    }
    SUBCASE("empty left") { CHECK(diff("", "New text") == "+New text"); }
    SUBCASE("empty right") { CHECK(diff("Old text", "") == "-Old text"); }
    SUBCASE("both empty") { CHECK(diff("", "").empty()); }
}

TEST_CASE("word_diff treats spellings that fold alike as equal and shows the left spelling") {
    SUBCASE("curly and straight apostrophe") {
        CHECK(diff("China\u2019s position", "China's position") == "=China\u2019s position");
    }
    SUBCASE("curly and straight double quotes") {
        CHECK(diff("\u201Cwin-win\u201D cooperation", "\"win-win\" cooperation") ==
              "=\u201Cwin-win\u201D cooperation");
    }
    SUBCASE("case") { CHECK(diff("The Two Sides", "the two sides") == "=The Two Sides"); }
    SUBCASE("edge punctuation") {
        CHECK(diff("they agreed, firmly.", "they agreed firmly") == "=they agreed, firmly.");
    }
    SUBCASE("en dash and hyphen") {
        CHECK(diff("2023\u20132024 talks", "2023-2024 talks") == "=2023\u20132024 talks");
    }
}

TEST_CASE("word_diff splits on any whitespace and joins segment words with one space") {
    CHECK(diff("The  two\nleaders\tmet", "The two leaders met") == "=The two leaders met");
}
