// Tests for segment/stopwords: the one list of function words.
#include <doctest/doctest.h>

#include "segment/stopwords.h"

TEST_CASE("is_stopword knows function words and readout filler, not content words") {
    using readoutdiff::segment::is_stopword;
    CHECK(is_stopword("the"));
    CHECK(is_stopword("noted"));
    CHECK(is_stopword("sides"));
    CHECK_FALSE(is_stopword("taiwan"));
    CHECK_FALSE(is_stopword("The"));  // tokens are folded before they are looked up
}
