#include <doctest/doctest.h>

#include "text/inline_markup.h"

using readoutdiff::text::strip_inline_markup;
using readoutdiff::text::without_html_comments;

TEST_CASE("strip_inline_markup: inline HTML tags go, their text stays") {
    CHECK(strip_inline_markup("their 4<sup>th</sup> round of talks") == "their 4th round of talks");
    CHECK(strip_inline_markup("<u>Background:</u>") == "Background:");
    CHECK(strip_inline_markup("act <span class=\"u\">soon</span> on it") == "act soon on it");
    CHECK(strip_inline_markup("<figure><img src=\"a.jpg\" class=\"x\"></figure>").empty());
    CHECK(strip_inline_markup("Read more here: <https://example.gov/blog>") == "Read more here: https://example.gov/blog");
    // What is no tag the lexicon knows stays text.
    CHECK(strip_inline_markup("a score <5 and <Name> here") == "a score <5 and <Name> here");
}

TEST_CASE("strip_inline_markup: single asterisks that pair as emphasis go, a lone one stays") {
    CHECK(strip_inline_markup("*Participants included:*") == "Participants included:");
    CHECK(strip_inline_markup("under\u00A0*Roe v. Wade*\u00A0and") == "under\u00A0Roe v. Wade\u00A0and");
    CHECK(strip_inline_markup("passing the *Clean Rivers Act* this year.") == "passing the Clean Rivers Act this year.");
    CHECK(strip_inline_markup("*The Task Force met.*") == "The Task Force met.");
    CHECK(strip_inline_markup("Co-President, All* Above All") == "Co-President, All* Above All");
    CHECK(strip_inline_markup("2 * 3 = 6") == "2 * 3 = 6");
    CHECK(strip_inline_markup("an escaped \\*star\\*") == "an escaped *star*");
}

TEST_CASE("strip_inline_markup: escapes, links and strong emphasis as before") {
    CHECK(strip_inline_markup("\\#\\## on [April\n29](https://x.gov) and **bold**") == "### on April\n29 and bold");
}

TEST_CASE("without_html_comments drops comments, over lines too, and keeps one left open") {
    CHECK(without_html_comments("a <!-- -->b") == "a b");
    CHECK(without_html_comments("a <!-- x\ny -->b") == "a b");
    CHECK(without_html_comments("a <!-- open") == "a <!-- open");
}
