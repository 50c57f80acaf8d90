// Tests for lexicon/tsv: the header, the column count and the weights are
// checked, and every refusal names file:line:col.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "error.h"
#include "lexicon/tsv.h"

namespace {

using readoutdiff::Error;
using readoutdiff::lexicon::parse_tsv;
using readoutdiff::lexicon::parse_weight;
using readoutdiff::lexicon::TsvRow;

const std::vector<std::string> kColumns = {"term", "category", "weight", "note"};

// The items separated by " | ", so that a failure prints readable values.
template <typename T>
std::string joined(const std::vector<T>& items) {
    std::ostringstream out;
    for (size_t i = 0; i < items.size(); ++i) out << (i ? " | " : "") << items[i];
    return out.str();
}

std::string parse_error(std::string_view content) {
    try {
        parse_tsv(content, "tone.tsv", kColumns);
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

std::string weight_error(const std::string& weight, double low, double high) {
    const std::string content = "term\tcategory\tweight\tnote\nfirm\tassertive\t" + weight + "\t\n";  // the rows view it
    std::vector<TsvRow> rows = parse_tsv(content, "tone.tsv", kColumns);
    REQUIRE(rows.size() == 1);
    try {
        parse_weight(rows[0], 2, "tone.tsv", low, high);
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("parse_tsv returns rows with their line and field columns") {
    std::vector<TsvRow> rows = parse_tsv(
        "# a comment\n"
        "term\tcategory\tweight\tnote\n"
        "\n"
        "win-win\tcooperative\t0.9\tPRC staple\n"
        "# another comment\n"
        "oppose\tconfrontational\t-0.6\t\r\n",
        "tone.tsv", kColumns);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].line == 4);
    CHECK(joined(rows[0].fields) == "win-win | cooperative | 0.9 | PRC staple");
    CHECK(joined(rows[0].columns) == "1 | 9 | 21 | 25");
    CHECK(rows[1].line == 6);
    CHECK(joined(rows[1].fields) == "oppose | confrontational | -0.6 | ");
}

TEST_CASE("parse_tsv refuses a header that differs from the expected columns") {
    SUBCASE("a misspelled column") {
        CHECK(parse_error("term\tcategory\twieght\tnote\nfirm\tassertive\t0.6\t\n") ==
              "tone.tsv:1:1: header row must be 'term<TAB>category<TAB>weight<TAB>note'");
    }
    SUBCASE("a missing column, after a comment") {
        CHECK(parse_error("# comment\nterm\tcategory\tweight\n") ==
              "tone.tsv:2:1: header row must be 'term<TAB>category<TAB>weight<TAB>note'");
    }
    SUBCASE("spaces instead of tabs") {
        CHECK(parse_error("term category weight note\n") ==
              "tone.tsv:1:1: header row must be 'term<TAB>category<TAB>weight<TAB>note'");
    }
    SUBCASE("no header at all") {
        CHECK(parse_error("# only a comment\n\n") == "tone.tsv:1:1: no header row 'term<TAB>category<TAB>weight<TAB>note'");
    }
}

TEST_CASE("parse_tsv refuses a row with the wrong number of columns") {
    SUBCASE("too few") {
        CHECK(parse_error("term\tcategory\tweight\tnote\nfirm\tassertive\t0.6\n") ==
              "tone.tsv:2:1: expected 4 tab-separated columns (term, category, weight, note), found 3");
    }
    SUBCASE("too many") {
        CHECK(parse_error("term\tcategory\tweight\tnote\n\nfirm\tassertive\t0.6\tnote\textra\n") ==
              "tone.tsv:3:1: expected 4 tab-separated columns (term, category, weight, note), found 5");
    }
}

TEST_CASE("parse_tsv refuses an empty first field") {
    CHECK(parse_error("term\tcategory\tweight\tnote\n\tassertive\t0.6\t\n") == "tone.tsv:2:1: empty term");
}

TEST_CASE("parse_weight reads a number inside the range") {
    std::vector<TsvRow> rows = parse_tsv("term\tcategory\tweight\tnote\nfirm\tassertive\t0.25\t\n", "tone.tsv", kColumns);
    CHECK(parse_weight(rows[0], 2, "tone.tsv", 0, 1) == doctest::Approx(0.25));
    CHECK(weight_error("-1", -1, 0) == "no error");
    CHECK(weight_error("1", 0, 1) == "no error");
}

TEST_CASE("parse_weight refuses a weight that is not a number, at its column") {
    // "firm\tassertive\t" puts the weight at column 16.
    SUBCASE("letters") { CHECK(weight_error("abc", 0, 1) == "tone.tsv:2:16: weight 'abc' is not a number"); }
    SUBCASE("empty") { CHECK(weight_error("", 0, 1) == "tone.tsv:2:16: weight '' is not a number"); }
    SUBCASE("trailing text") { CHECK(weight_error("0.5x", 0, 1) == "tone.tsv:2:16: weight '0.5x' is not a number"); }
    SUBCASE("decimal comma") { CHECK(weight_error("0,5", 0, 1) == "tone.tsv:2:16: weight '0,5' is not a number"); }
}

TEST_CASE("parse_weight refuses a weight outside its range") {
    SUBCASE("above") { CHECK(weight_error("1.5", 0, 1) == "tone.tsv:2:16: weight 1.5 is outside [0, 1]"); }
    SUBCASE("below") { CHECK(weight_error("-0.1", 0, 1) == "tone.tsv:2:16: weight -0.1 is outside [0, 1]"); }
    SUBCASE("fractional bounds") { CHECK(weight_error("0.3", -1, 0) == "tone.tsv:2:16: weight 0.3 is outside [-1, 0]"); }
    SUBCASE("intensifier range") { CHECK(weight_error("3.5", 1, 3) == "tone.tsv:2:16: weight 3.5 is outside [1, 3]"); }
}
