// Tests for text/front_matter: the flat YAML subset of converted web pages,
// with quoted and folded values, escapes, and exact error positions.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "error.h"
#include "text/front_matter.h"

namespace {

using readoutdiff::Error;
using readoutdiff::text::FrontMatter;
using readoutdiff::text::parse_front_matter;

std::string error_of(std::string_view text) {
    std::string_view body;
    try {
        parse_front_matter(text, "readout.md", &body);
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("parse_front_matter leaves text without a block alone") {
    std::string_view text = "Readout of the Call\n\nThe two leaders met.\n";
    std::string_view body;
    FrontMatter front = parse_front_matter(text, "readout.md", &body);
    CHECK(front.fields.empty());
    CHECK(front.body_line == 1);
    CHECK(body == text);
}

TEST_CASE("parse_front_matter splits plain key: value pairs off the body") {
    std::string_view text =
        "---\n"
        "title: Readout of the Call\n"
        "date: 2023-11-15\n"
        "source_url: https://example.gov/readout\n"
        "---\n"
        "The two leaders met.\n";
    std::string_view body;
    FrontMatter front = parse_front_matter(text, "readout.md", &body);
    CHECK(front.fields.size() == 3);
    CHECK(front.fields["title"] == "Readout of the Call");
    CHECK(front.fields["date"] == "2023-11-15");
    CHECK(front.fields["source_url"] == "https://example.gov/readout");
    CHECK(front.body_line == 6);
    CHECK(body == "The two leaders met.\n");
}

TEST_CASE("parse_front_matter accepts '...' as the closing line") {
    std::string_view body;
    FrontMatter front = parse_front_matter("---\ntitle: T\n...\nBody.", "readout.md", &body);
    CHECK(front.fields["title"] == "T");
    CHECK(body == "Body.");
}

TEST_CASE("parse_front_matter skips comments, blank lines and nested items") {
    std::string_view body;
    FrontMatter front = parse_front_matter(
        "---\n# a comment\n\ntitle: T\n- stray item\nauthor: Press Office\n---\nBody.", "readout.md", &body);
    CHECK(front.fields.size() == 2);
    CHECK(front.fields["title"] == "T");
    CHECK(front.fields["author"] == "Press Office");
}

TEST_CASE("parse_front_matter decodes double-quoted values") {
    auto title_of = [](std::string_view block) {
        std::string text = "---\n" + std::string(block) + "\n---\nBody.";
        std::string_view body;
        return parse_front_matter(text, "readout.md", &body).fields["title"];
    };
    SUBCASE("\\u2019 becomes a right single quote") {
        CHECK(title_of(R"(title: "Secretary Blinken\u2019s Meeting")") == "Secretary Blinken\u2019s Meeting");
    }
    SUBCASE("\\_ becomes a no-break space") {
        CHECK(title_of(R"(title: "Wang\_Yi")") == "Wang\u00A0Yi");
    }
    SUBCASE("\\x41, \\\" and \\\\") { CHECK(title_of(R"(title: "\x41 \"quoted\" back\\slash")") == "A \"quoted\" back\\slash"); }
    SUBCASE("lower-case hex digits") { CHECK(title_of(R"(title: "caf\u00e9")") == "caf\u00E9"); }
    SUBCASE("a folded continuation line joins with one space") {
        CHECK(title_of("title: \"Readout of President Joseph R. Biden, Jr.\\u2019s Meeting\n"
                       "  with President Xi Jinping of the People\\u2019s Republic of China\"") ==
              "Readout of President Joseph R. Biden, Jr.\u2019s Meeting with President Xi Jinping of the People\u2019s "
              "Republic of China");
    }
    SUBCASE("an escaped line break joins without a space") {
        CHECK(title_of("title: \"Readout of the Secre\\\n    tary's Call\"") == "Readout of the Secretary's Call");
    }
}

TEST_CASE("parse_front_matter decodes single-quoted and plain folded values") {
    std::string_view body;
    SUBCASE("doubled single quote") {
        FrontMatter front = parse_front_matter("---\ntitle: 'The Secretary''s Call'\n---\nBody.", "readout.md", &body);
        CHECK(front.fields["title"] == "The Secretary's Call");
    }
    SUBCASE("plain value over two lines") {
        FrontMatter front =
            parse_front_matter("---\ntitle: Readout of the\n  Secretary's Call\ndate: 2024-04-06\n---\nBody.", "readout.md", &body);
        CHECK(front.fields["title"] == "Readout of the Secretary's Call");
        CHECK(front.fields["date"] == "2024-04-06");
        CHECK(front.body_line == 6);
    }
}

TEST_CASE("parse_front_matter errors name the file, line and column") {
    SUBCASE("never closed") {
        CHECK(error_of("---\ntitle: T\nThe two leaders met.\n") ==
              "readout.md:1:1: front matter opened on this line is never closed with '---'");
    }
    SUBCASE("nothing after the opening line") {
        CHECK(error_of("---\n") == "readout.md:1:1: front matter opened on this line is never closed with '---'");
    }
    SUBCASE("a line that is not key: value") {
        CHECK(error_of("---\ntitle: T\njust some words\n---\nBody.") == "readout.md:3:1: front matter line is not 'key: value'");
    }
    SUBCASE("a line starting with a colon") {
        CHECK(error_of("---\n: value\n---\nBody.") == "readout.md:2:1: front matter line is not 'key: value'");
    }
}
