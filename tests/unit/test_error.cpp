// Tests for error: the message of an Error, and the one line an internal
// error gets.
#include <doctest/doctest.h>

#include <new>
#include <stdexcept>

#include "error.h"

using readoutdiff::Error;

TEST_CASE("Error formats file:line:col: message, leaving out what is unknown") {
    CHECK(std::string(Error("us.txt", "bad", 3, 7).what()) == "us.txt:3:7: bad");
    CHECK(std::string(Error("us.txt", "bad").what()) == "us.txt: bad");
    CHECK(std::string(Error("", "bad").what()) == "bad");
}

TEST_CASE("internal_error_message calls an unexpected exception a bug, and out of memory by its name") {
    CHECK(readoutdiff::internal_error_message(std::runtime_error("x")) == "internal error (a bug, please report it): x");
    CHECK(readoutdiff::internal_error_message(std::bad_alloc()) == "internal error: out of memory");
}
