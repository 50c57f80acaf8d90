// Tests for batch/summary: a row survives the line it is written as, the
// added fields (only_here, omits, error_kind, gate_details) say what their
// names say, and lines of earlier versions still read.
#include <doctest/doctest.h>

#include <string>

#include "batch/summary.h"
#include "error.h"
#include "temp_dir.h"

using namespace readoutdiff::batch;
using readoutdiff::lexicon::Side;

namespace {

SummaryRow sample_row() {
    SummaryRow row;
    row.id = "2023-11-15-woodside";
    row.date = "2023-11-15";
    row.left.path = "us.txt";
    row.left.side = Side::us;
    row.left.tone = 0.123456;
    row.left.only_here = {"fentanyl"};
    row.left.omits = {"taiwan"};
    row.right.path = "prc.txt";
    row.right.side = Side::prc;
    row.right.warmth = 0.5;
    row.right.only_here = {"taiwan"};
    row.right.omits = {"fentanyl"};
    row.tone_gap = 0.5;
    row.coverage = 0.25;
    row.more_confrontational = readoutdiff::compare::Column::right;
    row.gates = {"omitted:taiwan"};
    row.gate_details = {"US omits taiwan (raised by PRC)"};
    row.input_hash = "0123456789abcdef";
    return row;
}

}  // namespace

TEST_CASE("to_json_line writes omits (left out by this side) beside the deprecated omitted (raised here only)") {
    std::string line = to_json_line(sample_row());
    CHECK(line.find(R"("omitted":["fentanyl"],"only_here":["fentanyl"],"omits":["taiwan"])") != std::string::npos);
    CHECK(line.find(R"("omitted":["taiwan"],"only_here":["taiwan"],"omits":["fentanyl"])") != std::string::npos);
    CHECK(line.find(R"("tone":0.1235)") != std::string::npos);
    CHECK(line.find(R"("more_confrontational":"right")") != std::string::npos);
    CHECK(line.find(R"("error":null,"error_kind":null)") != std::string::npos);
}

TEST_CASE("from_json_line reads back what to_json_line wrote") {
    SummaryRow row = from_json_line(to_json_line(sample_row()), "summary.jsonl", 1);
    CHECK(row.id == "2023-11-15-woodside");
    CHECK(row.left.side == Side::us);
    CHECK(row.right.side == Side::prc);
    CHECK(row.left.omits == std::vector<std::string>{"taiwan"});
    CHECK(row.right.only_here == std::vector<std::string>{"taiwan"});
    CHECK(row.more_confrontational == readoutdiff::compare::Column::right);
    CHECK(row.gate_details == std::vector<std::string>{"US omits taiwan (raised by PRC)"});
    CHECK(to_json_line(row) == to_json_line(sample_row()) );
}

TEST_CASE("error rows carry their kind") {
    SummaryRow input = failed_row("a", "", ErrorKind::input, "us.txt: no such file");
    SummaryRow internal = failed_row("b", "", ErrorKind::internal, "internal error (a bug, please report it): boom");
    CHECK(to_json_line(input).find(R"("error":"us.txt: no such file","error_kind":"input")") != std::string::npos);
    CHECK(from_json_line(to_json_line(internal), "s", 1).error_kind == ErrorKind::internal);
    CHECK(to_json_line(input).find(R"("left":null)") != std::string::npos);
}

TEST_CASE("from_json_line reads a line of an earlier version, without the added fields") {
    std::string old_line =
        R"({"id":"p","date":null,"left":{"path":"us.txt","side":"us","tone":0.1,"assertiveness":0,"confrontation":0,)"
        R"("characterization":[],"warmth":null,"omitted":["trade"]},"right":{"path":"prc.txt","side":"prc","tone":0,)"
        R"("assertiveness":0,"confrontation":0,"characterization":[],"warmth":null,"omitted":[]},"tone_gap":0.1,)"
        R"("coverage":0.5,"characterization_changed":false,"more_confrontational":"neither","gates":["omitted:any"],)"
        R"("outliers":[],"error":null,"reports":{"html":"p.html","json":"p.json"},"input_hash":"x"})";
    SummaryRow row = from_json_line(old_line, "old.jsonl", 3);
    CHECK(row.left.only_here == std::vector<std::string>{"trade"});
    CHECK(row.right.omits == std::vector<std::string>{"trade"});
    CHECK(row.left.omits.empty());
    CHECK(row.gate_details == row.gates);
    std::string old_error = R"({"id":"q","date":null,"left":null,"right":null,"tone_gap":null,"coverage":null,)"
                            R"("characterization_changed":null,"more_confrontational":null,"gates":[],"outliers":[],)"
                            R"("error":"q/us.txt: no such file","reports":null,"input_hash":""})";
    CHECK(from_json_line(old_error, "old.jsonl", 4).error_kind == ErrorKind::input);
}

TEST_CASE("from_json_line names the file and line of a line that is not a summary") {
    try {
        from_json_line("{\"id\": 1}", "old.jsonl", 7);
        FAIL("no error");
    } catch (const readoutdiff::Error& e) {
        CHECK(std::string(e.what()).rfind("old.jsonl:7:1: not a readoutdiff summary line: ", 0) == 0);
    }
}

namespace {

UnpairedRow sample_unpaired() {
    UnpairedRow row;
    row.path = "readouts/prc.txt";
    row.side = Side::prc;
    row.date = "2025-06-05";
    row.standing = readoutdiff::pair::Standing::no_counterpart;
    row.reason = "PRC readout of 2025-06-05, Xi Jinping with Trump: no US readout within 3 days";
    row.gates = {"unpaired"};
    return row;
}

}  // namespace

TEST_CASE("a readout in no pair is a line keyed unpaired, after the pairs, and reads back") {
    CHECK(to_json_line(sample_unpaired()) ==
          R"({"unpaired":"readouts/prc.txt","side":"prc","date":"2025-06-05","standing":"no_counterpart",)"
          R"("reason":"PRC readout of 2025-06-05, Xi Jinping with Trump: no US readout within 3 days",)"
          R"("alternative_of":null,"gates":["unpaired"]})");
    std::string jsonl = summary_jsonl({{sample_row()}, {sample_unpaired()}});
    CHECK(jsonl == to_json_line(sample_row()) + "\n" + to_json_line(sample_unpaired()) + "\n");
    test_support::TempDir dir;
    dir.write("summary.jsonl", jsonl);
    Summary summary = read_summary_file(dir.file("summary.jsonl"));
    REQUIRE(summary.rows.size() == 1);
    REQUIRE(summary.unpaired.size() == 1);
    CHECK(to_json_line(summary.unpaired[0]) == to_json_line(sample_unpaired()));
    SUBCASE("a baseline or the reuse cache reads the pairs only") { CHECK(read_summary(dir.file("summary.jsonl")).size() == 1); }
}
