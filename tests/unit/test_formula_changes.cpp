// Tests for series/formula_changes: code-phrase groups added, dropped,
// switched to another variant or reworded from one readout to the next, the
// sentences each change points at, and first appearances in the series.
#include <doctest/doctest.h>

#include "series/formula_changes.h"
#include "series_readouts.h"

namespace {

using readoutdiff::series::formula_changes;
using readoutdiff::series::formula_key;
using readoutdiff::series::FormulaChange;
using readoutdiff::series::FormulaChangeKind;
using readoutdiff::series::Occurrences;
using test_support::ReadoutBuilder;
using test_support::Variant;

struct History {
    Occurrences groups, formulas;
    void add(const readoutdiff::series::Readout& r, size_t position) {
        for (const auto& use : r.formulas) {
            groups.add(use.group, position);
            formulas.add(formula_key(use.group, use.term), position);
        }
    }
};

const FormulaChange* find(const std::vector<FormulaChange>& changes, const std::string& group) {
    for (const auto& c : changes) {
        if (c.group == group) return &c;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("'does not support' becoming 'opposes' Taiwan independence is a variant change with both sentences") {
    ReadoutBuilder before("a", "2031-01-01"), after("b", "2031-02-01");
    before.sentence("Intro.");
    int s2 = before.sentence("The US does not support Taiwan independence.");
    before.formula("taiwan-independence", Variant::us, "does not support taiwan independence", s2);
    int t1 = after.sentence("The US opposes Taiwan independence.");
    after.formula("taiwan-independence", Variant::prc, "oppose taiwan independence", t1);
    History h;
    h.add(before.readout, 0);
    h.add(after.readout, 1);
    auto changes = formula_changes(before.readout, 0, after.readout, 1, h.groups, h.formulas);
    REQUIRE(changes.size() == 1);
    const FormulaChange& c = changes.front();
    CHECK(c.kind == FormulaChangeKind::variant_changed);
    CHECK(c.variants_before == std::vector<Variant>{Variant::us});
    CHECK(c.variants_after == std::vector<Variant>{Variant::prc});
    CHECK(c.before.readout == 0);
    CHECK(c.before.sentence == 2);
    CHECK(c.after.readout == 1);
    CHECK(c.after.sentence == 1);
    CHECK(c.first_in_series == std::vector<std::string>{"oppose taiwan independence"});
}

TEST_CASE("added, dropped and reworded groups; a dropped group says when it returns") {
    ReadoutBuilder r0("a", "2031-01-01"), r1("b", "2031-02-01"), r2("c", "2031-03-01");
    int a = r0.sentence("Competition must not veer into conflict.");
    r0.formula("guardrails", Variant::us, "veer into conflict", a);
    int b = r0.sentence("Our one China policy is unchanged.");
    r0.formula("one-china", Variant::us, "one china policy", b);
    int c = r1.sentence("Manage competition responsibly so it does not veer into conflict.");
    r1.formula("guardrails", Variant::us, "manage competition responsibly", c)
        .formula("guardrails", Variant::us, "veer into conflict", c);
    int d = r1.sentence("Human rights abuses were raised.");
    r1.formula("human-rights-framing", Variant::us, "human rights abuses", d);
    int e = r2.sentence("Our one China policy is unchanged.");
    r2.formula("one-china", Variant::us, "one china policy", e);
    History h;
    h.add(r0.readout, 0);
    h.add(r1.readout, 1);
    h.add(r2.readout, 2);
    auto changes = formula_changes(r0.readout, 0, r1.readout, 1, h.groups, h.formulas);
    REQUIRE(changes.size() == 3);
    // This readout's changes in its text order, then the dropped ones.
    CHECK(changes[0].group == "guardrails");
    CHECK(changes[0].kind == FormulaChangeKind::reworded);
    CHECK(changes[0].first_in_series == std::vector<std::string>{"manage competition responsibly"});
    CHECK(changes[0].before.sentence == 1);  // the previous readout's first sentence of the group
    CHECK(changes[0].after.sentence == 1);
    CHECK(changes[1].group == "human-rights-framing");
    CHECK(changes[1].kind == FormulaChangeKind::added);
    CHECK(changes[1].before.sentence == 0);
    CHECK(changes[2].group == "one-china");
    CHECK(changes[2].kind == FormulaChangeKind::dropped);
    CHECK(changes[2].after.sentence == 0);
    CHECK(changes[2].before.sentence == 2);
    CHECK(changes[2].returns == 2u);
    // Back in the third readout: an addition, but not a first appearance.
    auto back = formula_changes(r1.readout, 1, r2.readout, 2, h.groups, h.formulas);
    const FormulaChange* one_china = find(back, "one-china");
    REQUIRE(one_china != nullptr);
    CHECK(one_china->kind == FormulaChangeKind::added);
    CHECK(one_china->first_in_series.empty());
    const FormulaChange* gone = find(back, "human-rights-framing");
    REQUIRE(gone != nullptr);
    CHECK_FALSE(gone->returns.has_value());
}

TEST_CASE("a group used the same way twice is no change, however often it is repeated") {
    ReadoutBuilder before("a", "2031-01-01"), after("b", "2031-02-01");
    int a = before.sentence("Veer into conflict.");
    before.formula("guardrails", Variant::us, "veer into conflict", a);
    int b = after.sentence("Veer into conflict.");
    int c = after.sentence("Again, veer into conflict.");
    after.formula("guardrails", Variant::us, "veer into conflict", b)
        .formula("guardrails", Variant::us, "veer into conflict", c);
    History h;
    h.add(before.readout, 0);
    h.add(after.readout, 1);
    CHECK(formula_changes(before.readout, 0, after.readout, 1, h.groups, h.formulas).empty());
}
