// Tests for compare/rows: links and left-only sentences in left order, each
// right-only sentence after the row holding its right-hand predecessor.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "compare/rows.h"

namespace {

using readoutdiff::align::Alignment;
using readoutdiff::align::Link;
using readoutdiff::compare::report_rows;
using readoutdiff::compare::Row;

Link link(std::vector<int> left, std::vector<int> right) {
    Link l;
    l.left = std::move(left);
    l.right = std::move(right);
    return l;
}

// The items separated by " | ", so that a failure prints readable values.
template <typename T>
std::string joined(const std::vector<T>& items) {
    std::ostringstream out;
    for (size_t i = 0; i < items.size(); ++i) out << (i ? " | " : "") << items[i];
    return out.str();
}

// "link0", "L2", "R4" for each row.
std::string rows_of(const Alignment& alignment) {
    std::vector<std::string> out;
    for (const Row& row : report_rows(alignment)) {
        switch (row.kind) {
            case Row::Kind::link: out.push_back("link" + std::to_string(row.index)); break;
            case Row::Kind::left_only: out.push_back("L" + std::to_string(row.index)); break;
            case Row::Kind::right_only: out.push_back("R" + std::to_string(row.index)); break;
        }
    }
    return joined(out);
}

}  // namespace

TEST_CASE("report_rows puts links and left-only sentences in left order") {
    Alignment alignment;
    alignment.links = {link({2}, {1}), link({4, 5}, {2})};
    alignment.unmatched_left = {1, 3, 6};
    CHECK(rows_of(alignment) == "L1 | link0 | L3 | link1 | L6");
}

TEST_CASE("report_rows places a right-only sentence after its right-hand predecessor's row") {
    Alignment alignment;
    alignment.links = {link({1}, {2}), link({3}, {3})};
    alignment.unmatched_left = {2, 4};
    alignment.unmatched_right = {1, 4};
    // R1 has no predecessor in a link: first. R4 follows R3, which is in link1.
    CHECK(rows_of(alignment) == "R1 | link0 | L2 | link1 | R4 | L4");
}

TEST_CASE("report_rows keeps several right-only sentences in right order after one anchor") {
    Alignment alignment;
    alignment.links = {link({1}, {1}), link({2}, {5})};
    alignment.unmatched_right = {4, 2, 3};
    CHECK(rows_of(alignment) == "link0 | R2 | R3 | R4 | link1");
}

TEST_CASE("report_rows follows the right order when the sides cross") {
    Alignment alignment;
    alignment.links = {link({1}, {3}), link({2}, {1})};
    alignment.unmatched_right = {2, 4};
    // R2 follows R1 (link1), R4 follows R3 (link0).
    CHECK(rows_of(alignment) == "link0 | R4 | link1 | R2");
}

TEST_CASE("report_rows without links puts right-only sentences first") {
    Alignment alignment;
    alignment.unmatched_left = {1, 2};
    alignment.unmatched_right = {1};
    CHECK(rows_of(alignment) == "R1 | L1 | L2");
    CHECK(rows_of(Alignment{}).empty());
}
