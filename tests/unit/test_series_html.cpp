// Tests for render/series_html: a self-contained page (a CSP that loads
// nothing, no external resource), every input text escaped, markers linking
// to rows that exist.
#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <sstream>

#include "render/series_html.h"
#include "series_readouts.h"

TEST_CASE("the series page loads nothing, escapes the readouts and links its markers to existing rows") {
    std::ostringstream out;
    readoutdiff::render::write_series_html(test_support::hostile_timeline(), out);
    std::string html = out.str();
    CHECK(html.find("Content-Security-Policy\" content=\"default-src 'none'") != std::string::npos);
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("Title &lt;i&gt;one&lt;/i&gt;") != std::string::npos);
    CHECK(html.find("href=\"javascript") == std::string::npos);
    CHECK(html.find("[U+202E]") != std::string::npos);
    CHECK(html.find(" src=") == std::string::npos);
    CHECK(html.size() > 100);
    CHECK(html.substr(html.size() - 8) == "</html>\n");
    std::set<std::string> ids;
    std::regex id_attr("id=\"([^\"]+)\"");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), id_attr); it != std::sregex_iterator(); ++it) {
        CHECK(ids.insert((*it)[1]).second);  // ids are unique
    }
    std::regex href("href=\"#([^\"]+)\"");
    size_t links = 0;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator(); ++it, ++links) {
        CAPTURE((*it)[1].str());
        CHECK(ids.count((*it)[1]) == 1);
    }
    CHECK(links > 0);
    CHECK(ids.count("c-us-2-1") == 1);  // US 2's first code-phrase change, a marker's target
    CHECK(html.find("<a href=\"#c-us-2-1\"><polygon") != std::string::npos);
}
