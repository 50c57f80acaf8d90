// Tests for text/html_text: a saved readout page becomes its paragraphs,
// without scripts, styles or navigation, with entities decoded.
#include <doctest/doctest.h>

#include "text/html_text.h"

using readoutdiff::text::html_to_text;
using readoutdiff::text::HtmlText;

namespace {

std::vector<std::string> texts(const HtmlText& page) {
    std::vector<std::string> out;
    for (const auto& block : page.blocks) out.push_back(block.text);
    return out;
}

}  // namespace

TEST_CASE("html_to_text takes the block elements as paragraphs, inline markup inside them") {
    HtmlText page = html_to_text(
        "<!DOCTYPE html><html><head><title>Readout | The White House</title><style>p{color:red}</style>"
        "<script>var x = '<p>not text</p>';</script></head><body><nav><ul><li>Home</li></ul></nav>"
        "<h1>Readout of the Meeting</h1>\n<p>President <a href='/x'>Biden</a>\n   met  President Xi.</p>"
        "<p>They discussed <em>Taiwan</em> &amp; trade&nbsp;issues.</p><ul><li>one</li><li>two</li></ul>"
        "<footer>Copyright</footer></body></html>");
    CHECK(page.title == "Readout | The White House");
    CHECK(texts(page) == std::vector<std::string>{"Readout of the Meeting", "President Biden met President Xi.",
                                                  "They discussed Taiwan & trade\u00A0issues.", "one", "two"});
    CHECK(page.blocks[0].heading == 1);
    CHECK(page.blocks[1].heading == 0);
}

TEST_CASE("html_to_text takes only <main> (else <article>) when the page has one") {
    HtmlText page = html_to_text("<html><body><div>Menu</div><main><p>Body one.</p></main><div>Footer</div></body></html>");
    CHECK(texts(page) == std::vector<std::string>{"Body one."});
    page = html_to_text("<html><body><div>Menu</div><article><h2>Sub</h2><p>Text.</p></article></body></html>");
    CHECK(texts(page) == std::vector<std::string>{"Sub", "Text."});
    CHECK(page.blocks[0].heading == 2);
}

TEST_CASE("html_to_text of a page without text has no blocks") {
    CHECK(html_to_text("<html><body><script>x()</script></body></html>").blocks.empty());
}
