// Tests for pipeline/input_checks: one readout given twice is refused with
// a message saying how, and --force is named as the way past it.
#include <doctest/doctest.h>

#include "error.h"
#include "pipeline/input_checks.h"
#include "temp_dir.h"

using readoutdiff::pipeline::check_two_readouts;

TEST_CASE("check_two_readouts refuses the same path twice") {
    CHECK_THROWS_WITH_AS(check_two_readouts("us.txt", "a", "us.txt", "b"),
                         "us.txt: is given as both LEFT and RIGHT (add --force to compare a readout with itself)",
                         readoutdiff::Error);
}

TEST_CASE("check_two_readouts refuses two names of one file") {
    test_support::TempDir dir;
    std::string path = dir.write("us.txt", "text");
    REQUIRE(::symlink(path.c_str(), dir.file("link.txt").c_str()) == 0);
    CHECK_THROWS_AS(check_two_readouts(path, "text", dir.file("link.txt"), "text"), readoutdiff::Error);
}

TEST_CASE("check_two_readouts refuses two files with the same bytes") {
    CHECK_THROWS_WITH_AS(check_two_readouts("us.txt", "same", "copy.txt", "same"),
                         "copy.txt: has the same content as us.txt (add --force to compare two copies of one readout)",
                         readoutdiff::Error);
    CHECK_NOTHROW(check_two_readouts("us.txt", "one", "prc.txt", "two"));
}

TEST_CASE("check_two_readouts names standard input") {
    CHECK_THROWS_WITH_AS(check_two_readouts("us.txt", "same", "-", "same"),
                         "standard input: has the same content as us.txt (add --force to compare two copies of one readout)",
                         readoutdiff::Error);
}
