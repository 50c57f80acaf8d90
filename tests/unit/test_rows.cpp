// Tests for compare/rows: one group per section in section order, its
// same-point links first (in left order), then the rest of each side's
// passage; then each side's passages no section holds.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "compare/rows.h"

namespace {

using readoutdiff::align::Alignment;
using readoutdiff::align::Link;
using readoutdiff::align::Section;
using readoutdiff::compare::OnlyPassage;
using readoutdiff::compare::report_groups;
using readoutdiff::compare::RowGroup;
using readoutdiff::compare::RowKind;

std::string ids(const std::vector<int>& items) {
    std::ostringstream out;
    for (size_t i = 0; i < items.size(); ++i) out << (i ? "," : "") << items[i];
    return out.str();
}

// "label: =L/R | L/R" for each group, one a line.
std::string describe(const std::vector<RowGroup>& groups) {
    std::ostringstream out;
    for (const RowGroup& g : groups) {
        out << (g.kind == RowGroup::Kind::section ? "" : g.kind == RowGroup::Kind::only_left ? "only-left " : "only-right ")
            << g.label << ":";
        for (const auto& row : g.rows) out << " " << (row.kind == RowKind::same_point ? "=" : "") << ids(row.left) << "/" << ids(row.right);
        out << "\n";
    }
    return out.str();
}

Alignment example() {
    Alignment a;
    a.links = {Link{{1}, {1}, 1, {}}, Link{{4}, {6}, 1, {}}, Link{{3}, {5}, 1, {}}};
    a.sections = {Section{"meeting", {1, 2}, {1}, {0}}, Section{"taiwan", {3, 4}, {5, 6, 7}, {1, 2}}};
    return a;
}

}  // namespace

TEST_CASE("report_groups: a section's same-point links in left order, then the rest of each side's passage") {
    std::vector<RowGroup> groups = report_groups(example(), {"The meeting itself", "Taiwan"}, {}, {});
    CHECK(describe(groups) == "The meeting itself: =1/1 2/\nTaiwan: =3/5 =4/6 /7\n");
    REQUIRE(groups[1].rows.size() == 3);
    CHECK(groups[1].rows[0].link == 2u);
    CHECK(groups[1].section == 1u);
    CHECK_FALSE(groups[1].rows[2].link.has_value());
}

TEST_CASE("report_groups: each side's passages in no section come last, grouped by subject") {
    std::vector<OnlyPassage> only_left = {{"fentanyl", "Fentanyl", {5}}, {"", "Other", {8, 9}}};
    std::vector<OnlyPassage> only_right = {{"trade", "Trade", {2}}};
    std::vector<RowGroup> groups = report_groups(example(), {"M", "T"}, only_left, only_right);
    CHECK(describe(groups) == "M: =1/1 2/\nT: =3/5 =4/6 /7\nonly-left Fentanyl: 5/\nonly-left Other: 8,9/\nonly-right Trade: /2\n");
}

TEST_CASE("report_groups: a section whose every sentence is in a link has no counterpart row") {
    Alignment a;
    a.links = {Link{{2}, {3}, 1, {}}};
    a.sections = {Section{"ai", {2}, {3}, {0}}};
    CHECK(describe(report_groups(a, {"AI"}, {}, {})) == "AI: =2/3\n");
}
