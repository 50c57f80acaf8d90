// Tests for batch/hash: stable XXH3 values, and parts that cannot run together.
#include <doctest/doctest.h>

#include "batch/hash.h"

using readoutdiff::batch::hash_of;
using readoutdiff::batch::Hasher;

TEST_CASE("hash_of is XXH3-64") {
    CHECK(hash_of("") == 0x2D06800538D394C2ull);  // XXH3_64bits of the empty input
    CHECK(hash_of("a") != hash_of("b"));
}

TEST_CASE("Hasher keeps parts apart") {
    CHECK(Hasher().add("ab").add("c").hex() != Hasher().add("a").add("bc").hex());
    CHECK(Hasher().add("ab").add("c").hex() == Hasher().add("ab").add("c").hex());
    CHECK(Hasher().add("x").hex().size() == 16);
}
