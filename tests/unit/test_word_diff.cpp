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

TEST_CASE("word_diff lines up spellings that fold alike but quotes each side exactly") {
    SUBCASE("curly and straight apostrophe") {
        CHECK(diff("China\u2019s position", "China's position") == "-China\u2019s | +China's | =position");
    }
    SUBCASE("curly and straight double quotes") {
        CHECK(diff("\u201Cwin-win\u201D cooperation", "\"win-win\" cooperation") ==
              "-\u201Cwin-win\u201D | +\"win-win\" | =cooperation");
    }
    SUBCASE("case") { CHECK(diff("The Two Sides", "the two sides") == "-The Two Sides | +the two sides"); }
    SUBCASE("edge punctuation: a comma of one side never appears in the other") {
        CHECK(diff("local time, Member of the Bureau", "Member, of the Bureau") ==
              "-local time, Member | +Member, | =of the Bureau");
    }
    SUBCASE("a final period stays with its side") {
        CHECK(diff("they agreed firmly.", "they agreed firmly") == "=they agreed | -firmly. | +firmly");
    }
    SUBCASE("en dash and hyphen") {
        CHECK(diff("2023\u20132024 talks", "2023-2024 talks") == "-2023\u20132024 | +2023-2024 | =talks");
    }
}

TEST_CASE("word_diff: each side's segments, joined with single spaces, give back that side's text") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"From January 26 to 27, 2024 local time, Member of the Political Bureau met.", "Mr. Sullivan met on January 26-27 with Member, Director."},
        {"The U.S. side must abide by it.", "The US side must abide by it"},
        {"\u201CTaiwan independence\u201D poses risks.", "\"Taiwan independence\" poses the biggest risk."},
        {"", "Only right."},
    };
    for (const auto& [left, right] : cases) {
        CAPTURE(left);
        CAPTURE(right);
        std::string rebuilt_left, rebuilt_right;
        for (const DiffSegment& s : word_diff(left, right)) {
            if (s.op != DiffOp::right) rebuilt_left += (rebuilt_left.empty() ? "" : " ") + s.text;
            if (s.op != DiffOp::left) rebuilt_right += (rebuilt_right.empty() ? "" : " ") + s.text;
        }
        CHECK(rebuilt_left == left);
        CHECK(rebuilt_right == right);
    }
}

TEST_CASE("word_diff splits on any whitespace and joins segment words with one space") {
    CHECK(diff("The  two\nleaders\tmet", "The two leaders met") == "=The two leaders met");
}
