// Tests for batch/runner: an exception of any kind in one pair becomes that
// pair's error row (input or internal), never std::terminate; the exit
// status ranks internal errors first.
#include <doctest/doctest.h>

#include <new>
#include <stdexcept>

#include "batch/runner.h"
#include "error.h"

using namespace readoutdiff::batch;

namespace {

PairSpec pair_named(const std::string& id) { return PairSpec{id, "us.txt", "prc.txt", "2024-01-02", ""}; }

SummaryRow with_gate() {
    SummaryRow row;
    row.gates = {"tone_gap>0"};
    return row;
}

}  // namespace

TEST_CASE("row_or_error returns the row of a pair that compares") {
    SummaryRow row = row_or_error(pair_named("ok"), [] {
        SummaryRow r;
        r.id = "ok";
        return r;
    });
    CHECK_FALSE(row.failed());
}

TEST_CASE("row_or_error makes an Error an input error row") {
    SummaryRow row = row_or_error(pair_named("p"), []() -> SummaryRow { throw readoutdiff::Error("us.txt", "is empty"); });
    CHECK(row.error_kind == ErrorKind::input);
    CHECK(row.error == "us.txt: is empty");
    CHECK(row.id == "p");
    CHECK(row.date == "2024-01-02");
}

TEST_CASE("row_or_error makes any other exception an internal error row") {
    SUBCASE("a library's std::runtime_error") {
        SummaryRow row = row_or_error(pair_named("p"), []() -> SummaryRow { throw std::runtime_error("ICU failed"); });
        CHECK(row.error_kind == ErrorKind::internal);
        CHECK(row.error == "internal error (a bug, please report it): ICU failed");
    }
    SUBCASE("std::bad_alloc") {
        SummaryRow row = row_or_error(pair_named("p"), []() -> SummaryRow { throw std::bad_alloc(); });
        CHECK(row.error_kind == ErrorKind::internal);
        CHECK(row.error == "internal error: out of memory");
    }
    SUBCASE("Fatal") {
        SummaryRow row = row_or_error(pair_named("p"), []() -> SummaryRow { throw readoutdiff::Fatal("broken invariant"); });
        CHECK(row.error == "internal error (a bug, please report it): broken invariant");
    }
}

TEST_CASE("row_or_error keeps the error of a pair that cannot run without calling compare") {
    PairSpec pair = pair_named("p");
    pair.error = "p: no prc.txt or prc.md readout";
    bool called = false;
    SummaryRow row = row_or_error(pair, [&] {
        called = true;
        return SummaryRow{};
    });
    CHECK_FALSE(called);
    CHECK(row.error_kind == ErrorKind::input);
}

TEST_CASE("exit_status: 3 for an internal error, 2 for an input error, 1 for a gate (on a pair or a readout in no pair), else 0") {
    SummaryRow ok;
    SummaryRow input = failed_row("i", "", ErrorKind::input, "bad");
    SummaryRow internal = failed_row("b", "", ErrorKind::internal, "bug");
    CHECK(exit_status({{ok}, {}}) == 0);
    CHECK(exit_status({{ok, with_gate()}, {}}) == 1);
    CHECK(exit_status({{with_gate(), input}, {}}) == 2);
    CHECK(exit_status({{input, internal, with_gate()}, {}}) == 3);
    UnpairedRow unpaired;
    CHECK(exit_status({{ok}, {unpaired}}) == 0);
    unpaired.gates = {"unpaired"};
    CHECK(exit_status({{ok}, {unpaired}}) == 1);
    CHECK(exit_status({{input}, {unpaired}}) == 2);
}
