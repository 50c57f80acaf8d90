// Tests for batch/gates: --fail-on expressions parse into typed gates (or a
// message with the column), trip on the rows they describe, and say which
// side tripped them.
#include <doctest/doctest.h>

#include <string>

#include "batch/gates.h"
#include "error.h"

namespace {

using namespace readoutdiff::batch;
using readoutdiff::lexicon::Side;

std::string error_of(const std::string& text) {
    try {
        parse_gate(text);
    } catch (const readoutdiff::Error& e) {
        return e.what();
    }
    return "no error";
}

SummaryRow us_prc_row() {
    SummaryRow row;
    row.id = "pair";
    row.left.side = Side::us;
    row.right.side = Side::prc;
    row.left.tone = 0.2;
    row.right.tone = -0.5;
    row.tone_gap = 0.7;
    row.coverage = 0.4;
    row.left.only_here = {"fentanyl"};
    row.right.omits = {"fentanyl"};
    row.right.only_here = {"taiwan"};
    row.left.omits = {"taiwan"};
    return row;
}

}  // namespace

TEST_CASE("parse_gate types each shape") {
    SUBCASE("a comparison") {
        Gate gate = parse_gate(" tone_gap >= 0.6 ");
        CHECK(gate.kind == Gate::Kind::compare);
        CHECK(gate.field == GateField::tone_gap);
        CHECK(gate.op == GateOp::greater_equal);
        CHECK(gate.value == doctest::Approx(0.6));
        CHECK(gate.text == " tone_gap >= 0.6 ");
    }
    SUBCASE("omitted:TOPIC") {
        Gate gate = parse_gate("omitted:taiwan");
        CHECK(gate.kind == Gate::Kind::omitted);
        CHECK(gate.topic == "taiwan");
    }
    SUBCASE("a flag") {
        Gate gate = parse_gate("characterization_changed");
        CHECK(gate.kind == Gate::Kind::flag);
        CHECK(gate.flag == GateFlag::characterization_changed);
    }
}

TEST_CASE("parse_gate names the column of a mistake") {
    CHECK(error_of("tone_gap>>1") == "--fail-on 'tone_gap>>1': column 9: expected one of > >= < <= == != after 'tone_gap'");
    CHECK(error_of("tone_gap>x") == "--fail-on 'tone_gap>x': column 10: expected a number");
    CHECK(error_of("omitted") == "--fail-on 'omitted': column 8: expected ':' and a topic id after 'omitted'");
    CHECK(error_of("outlier>1") == "--fail-on 'outlier>1': column 8: a flag takes no comparison");
    CHECK(error_of("tone>1").rfind("--fail-on 'tone>1': column 1: unknown field 'tone' (fields: tone_gap, coverage", 0) == 0);
}

TEST_CASE("check_gate_topic refuses a topic the lexicons lack") {
    CHECK_NOTHROW(check_gate_topic(parse_gate("omitted:any"), {"taiwan"}));
    CHECK_NOTHROW(check_gate_topic(parse_gate("omitted:taiwan"), {"taiwan"}));
    CHECK_THROWS_AS(check_gate_topic(parse_gate("omitted:mars"), {"taiwan"}), readoutdiff::Error);
}

TEST_CASE("needs_baseline is true for the outlier flag only") {
    CHECK(needs_baseline(parse_gate("outlier")));
    CHECK_FALSE(needs_baseline(parse_gate("characterization_changed")));
    CHECK_FALSE(needs_baseline(parse_gate("tone_gap>0.5")));
}

TEST_CASE("trips compares what the summary shows") {
    SummaryRow row = us_prc_row();
    CHECK(trips(parse_gate("tone_gap>0.6"), row));
    CHECK_FALSE(trips(parse_gate("tone_gap>0.7"), row));
    CHECK(trips(parse_gate("tone_gap==0.7"), row));
    CHECK(trips(parse_gate("right_tone<0"), row));
    CHECK(trips(parse_gate("confrontation_gap==0"), row));
    CHECK(trips(parse_gate("omitted:taiwan"), row));
    CHECK(trips(parse_gate("omitted:any"), row));
    CHECK_FALSE(trips(parse_gate("omitted:trade"), row));
    CHECK_FALSE(trips(parse_gate("outlier"), row));
    row.outliers = {"tone_gap 0.70 is 3.0 sd above the baseline mean 0.20"};
    CHECK(trips(parse_gate("outlier"), row));
    row.error = "unreadable";
    row.error_kind = ErrorKind::input;
    CHECK_FALSE(trips(parse_gate("tone_gap>0"), row));
}

TEST_CASE("trip_detail names the side that omits a topic") {
    SummaryRow row = us_prc_row();
    CHECK(trip_detail(parse_gate("omitted:taiwan"), row) == "US omits taiwan (raised by PRC)");
    CHECK(trip_detail(parse_gate("omitted:any"), row) == "US omits taiwan (raised by PRC); PRC omits fentanyl (raised by US)");
    CHECK(trip_detail(parse_gate("right_tone<0"), row) == "right_tone (PRC) -0.5000 < 0.0000");
    SUBCASE("sides in the other order") {
        std::swap(row.left.side, row.right.side);
        CHECK(trip_detail(parse_gate("omitted:taiwan"), row) == "PRC omits taiwan (raised by US)");
    }
    SUBCASE("sides not detected: left and right") {
        row.right.side = Side::unknown;
        CHECK(trip_detail(parse_gate("omitted:taiwan"), row) == "left omits taiwan (raised by right)");
    }
}

TEST_CASE("the unpaired gate trips on readouts --pair auto left out, alternatives aside, never on a pair") {
    Gate gate = parse_gate("unpaired");
    CHECK(gate.kind == Gate::Kind::flag);
    CHECK(gate.flag == GateFlag::unpaired);
    CHECK(needs_pair_auto(gate));
    CHECK_FALSE(needs_pair_auto(parse_gate("outlier")));
    CHECK_FALSE(needs_baseline(gate));
    UnpairedRow unpaired;
    unpaired.standing = readoutdiff::pair::Standing::no_counterpart;
    CHECK(trips(gate, unpaired));
    unpaired.standing = readoutdiff::pair::Standing::unknown_date;
    CHECK(trips(gate, unpaired));
    unpaired.standing = readoutdiff::pair::Standing::alternative;
    CHECK_FALSE(trips(gate, unpaired));
    CHECK_FALSE(trips(parse_gate("tone_gap>0"), UnpairedRow{}));
    CHECK_FALSE(trips(gate, us_prc_row()));
}
