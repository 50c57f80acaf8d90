// Tests for text/text: bytes of a readout become one clean shape (title,
// date, source, paragraphs), and bad input is refused with the exact message.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "error.h"
#include "text/text.h"

namespace {

using readoutdiff::Error;
using readoutdiff::text::parse_text;
using readoutdiff::text::Text;

std::string error_of(std::string_view bytes) {
    try {
        parse_text(bytes, "us.txt");
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

// The title, date and body a reader takes from the top of a page.
void check_top(const Text& text, std::string_view title, std::string_view date, std::string_view body) {
    CHECK(text.title == title);
    CHECK(text.date == date);
    CHECK(text.body == body);
}

}  // namespace

TEST_CASE("parse_text takes title, date and source from front matter") {
    Text text = parse_text(
        "---\n"
        "title: \"Readout of President Joseph R. Biden, Jr.\\u2019s Meeting\n"
        "  with President Xi\\_Jinping\"\n"
        "date: 2023-11-15\n"
        "source_url: https://www.whitehouse.gov/briefing-room/\n"
        "---\n"
        "\n"
        "President Biden met President Xi\n"
        "in Woodside, California.\n",
        "us.txt");
    CHECK(text.path == "us.txt");
    CHECK(text.title == "Readout of President Joseph R. Biden, Jr.\u2019s Meeting with President Xi\u00A0Jinping");
    CHECK(text.date == "2023-11-15");
    CHECK(text.source == "https://www.whitehouse.gov/briefing-room/");
    CHECK(text.body == "President Biden met President Xi in Woodside, California.");
}

TEST_CASE("parse_text takes the source from 'source' or 'url' when there is no source_url") {
    SUBCASE("source") { CHECK(parse_text("---\nsource: Xinhua\n---\nBody.", "prc.txt").source == "Xinhua"); }
    SUBCASE("url") { CHECK(parse_text("---\nurl: https://x.cn/a\n---\nBody.", "prc.txt").source == "https://x.cn/a"); }
    SUBCASE("none") { CHECK(parse_text("---\nauthor: A\n---\nBody.", "prc.txt").source.empty()); }
}

TEST_CASE("parse_text joins hard-wrapped lines and separates paragraphs by one blank line") {
    Text text = parse_text(
        "Readout of the Call\n"
        "\n"
        "The two leaders discussed\n"
        "   the bilateral relationship.\n"
        "\n"
        "\n"
        "\n"
        "They agreed to stay in touch.\n",
        "us.txt");
    CHECK(text.title == "Readout of the Call");
    CHECK(text.body == "The two leaders discussed the bilateral relationship.\n\nThey agreed to stay in touch.");
}

TEST_CASE("parse_text collapses runs of spaces and tabs inside a paragraph") {
    CHECK(parse_text("The  two\tleaders   met.", "us.txt").body == "The two leaders met.");
}

TEST_CASE("parse_text removes Markdown markup") {
    SUBCASE("backslash escapes") {
        CHECK(parse_text("President Biden\\'s \\[first\\] call \\- in 2024\\.", "us.txt").body ==
              "President Biden's [first] call - in 2024.");
    }
    SUBCASE("links keep their text") {
        CHECK(parse_text("Read the [full readout](https://example.gov/a) here.", "us.txt").body ==
              "Read the full readout here.");
        // A hard-wrapped link: its text ends on the next line, with its target.
        CHECK(parse_text("They spoke on [May\n3](https://example.gov/track?id=1), and met.", "us.txt").body ==
              "They spoke on May 3, and met.");
        CHECK(parse_text("The **two\nsides** met.", "us.txt").body == "The two sides met.");
    }
    SUBCASE("bold markers") { CHECK(parse_text("The **two sides** met.", "us.txt").body == "The two sides met."); }
    SUBCASE("a heading becomes the title") {
        Text text = parse_text("# Readout of the Call.\n\nThe two sides met.", "us.txt");
        CHECK(text.title == "Readout of the Call.");
        CHECK(text.body == "The two sides met.");
    }
    SUBCASE("bullets become paragraphs") {
        CHECK(parse_text("They agreed:\n- to resume talks\n- to meet again", "us.txt").body ==
              "They agreed:\n\nto resume talks\n\nto meet again");
    }
    SUBCASE("an ordered list's items become paragraphs, without their numbers") {
        CHECK(parse_text("In particular:\n\n1.  The Secretary announced\n    new payments.\n2. The two sides met.", "us.txt").body ==
              "In particular:\n\nThe Secretary announced new payments.\n\nThe two sides met.");
        CHECK(parse_text("They agreed:\n1) to resume talks\n2) to meet again", "us.txt").body ==
              "They agreed:\n\nto resume talks\n\nto meet again");
    }
    SUBCASE("a hard-wrapped line that opens with a day is no list item") {
        CHECK(parse_text("The talks were held on September\n16. Both sides spoke.", "us.txt").body ==
              "The talks were held on September 16. Both sides spoke.");
    }
}

TEST_CASE("parse_text drops the closing ### and horizontal rules") {
    SUBCASE("###") { CHECK(parse_text("The two sides met.\n\n###\n", "us.txt").body == "The two sides met."); }
    SUBCASE("--- between paragraphs") {
        CHECK(parse_text("One.\n\n---\n\nTwo.", "us.txt").body == "One.\n\nTwo.");
    }
    SUBCASE("### at the end of a hard-wrapped paragraph") {
        CHECK(parse_text("The two sides\nmet.\n###", "us.txt").body == "The two sides met.");
    }
    SUBCASE("### after the last sentence on its line, escaped or not") {
        CHECK(parse_text("The two sides\nmet. \\###\n", "us.txt").body == "The two sides met.");
        CHECK(parse_text("The two sides met. ###", "us.txt").body == "The two sides met.");
        CHECK(parse_text("Press release no.###", "us.txt").body == "Press release no.###");
    }
}

TEST_CASE("parse_text drops HTML comments a converted page keeps, and keeps one left open") {
    CHECK(parse_text("The two sides met.\n\n<!-- -->\n\nThey agreed to talk.\n", "us.txt").body ==
          "The two sides met.\n\nThey agreed to talk.");
    CHECK(parse_text("The two sides <!-- a note\nover lines -->met.\n", "us.txt").body == "The two sides met.");
    CHECK(parse_text("The two sides met. <!-- open\n", "us.txt").body == "The two sides met. <!-- open");
}

TEST_CASE("parse_text reads a list number the conversion escaped as the list's marker") {
    CHECK(parse_text("Three steps:\n\n2\\. Interior Secretary Haaland announced grants.\n", "us.txt").body ==
          "Three steps:\n\nInterior Secretary Haaland announced grants.");
    CHECK(parse_text("Mayors:\n\n1.\u00A0\u00A0 Mayor Ada Lind, Anaheim\n", "us.txt").body == "Mayors:\n\nMayor Ada Lind, Anaheim");
}

TEST_CASE("parse_text accepts every line-end convention and a byte order mark") {
    const std::string expected_body = "The two leaders discussed trade.\n\nThey agreed.";
    struct Case {
        const char* name;
        std::string bytes;
    };
    const Case cases[] = {
        {"LF", "Readout\n\nThe two leaders\ndiscussed trade.\n\nThey agreed.\n"},
        {"CRLF", "Readout\r\n\r\nThe two leaders\r\ndiscussed trade.\r\n\r\nThey agreed.\r\n"},
        {"CR only", "Readout\r\rThe two leaders\rdiscussed trade.\r\rThey agreed.\r"},
        {"BOM and LF", "\xEF\xBB\xBFReadout\n\nThe two leaders\ndiscussed trade.\n\nThey agreed.\n"},
        {"BOM and CRLF", "\xEF\xBB\xBFReadout\r\n\r\nThe two leaders\r\ndiscussed trade.\r\n\r\nThey agreed."},
    };
    for (const Case& c : cases) {
        std::string name = c.name;
        CAPTURE(name);
        Text text = parse_text(c.bytes, "us.txt");
        CHECK(text.title == "Readout");
        CHECK(text.body == expected_body);
    }
}

TEST_CASE("parse_text reads front matter with CRLF line ends") {
    Text text = parse_text("---\r\ntitle: Readout\r\ndate: 2024-04-02\r\n---\r\nThe two leaders spoke.\r\n", "us.txt");
    CHECK(text.title == "Readout");
    CHECK(text.date == "2024-04-02");
    CHECK(text.body == "The two leaders spoke.");
}

TEST_CASE("parse_text normalizes to NFC") {
    Text text = parse_text("Minister Pe\xCC\x81rez met the delegation.", "us.txt");
    CHECK(text.body == "Minister P\xC3\xA9rez met the delegation.");
}

TEST_CASE("parse_text takes the title from the first line only when it looks like one") {
    SUBCASE("a short first line without a sentence end") {
        Text text = parse_text("Readout of the Call\n\nThe two leaders met.", "us.txt");
        CHECK(text.title == "Readout of the Call");
        CHECK(text.body == "The two leaders met.");
    }
    SUBCASE("a first line ending in a period is body text") {
        Text text = parse_text("The two leaders met.\n\nThey talked.", "us.txt");
        CHECK(text.title.empty());
        CHECK(text.body == "The two leaders met.\n\nThey talked.");
    }
    SUBCASE("a single paragraph is never a title") {
        Text text = parse_text("Readout of the Call", "us.txt");
        CHECK(text.title.empty());
        CHECK(text.body == "Readout of the Call");
    }
    SUBCASE("a wrapped first paragraph is body text") {
        Text text = parse_text("The two leaders\nmet\n\nThey talked.", "us.txt");
        CHECK(text.title.empty());
        CHECK(text.body == "The two leaders met\n\nThey talked.");
    }
    SUBCASE("front matter title keeps the first line in the body") {
        Text text = parse_text("---\ntitle: T\n---\nThe two leaders met in Bali\n\nThey talked.", "us.txt");
        CHECK(text.title == "T");
        CHECK(text.body == "The two leaders met in Bali\n\nThey talked.");
    }
    SUBCASE("a first paragraph repeating the front matter title, wrapped and in bold, is the title") {
        Text text = parse_text("---\ntitle: \"Readout of the\\_Call\"\n---\n**Readout of the\nCall**\n\nThe two leaders met.", "us.txt");
        CHECK(text.body == "The two leaders met.");
    }
    SUBCASE("a single paragraph repeating the title stays the body") {
        Text text = parse_text("---\ntitle: The two leaders met.\n---\nThe two leaders met.", "us.txt");
        CHECK(text.body == "The two leaders met.");
    }
}

TEST_CASE("parse_text keeps a web page's header out of the body, and dates the readout by it") {
    SUBCASE("the title, the kind, the office and the date on lines of their own") {
        check_top(parse_text("Secretary Rubio's Call with Director Wang Yi\nREADOUT\nOFFICE OF THE SPOKESPERSON\n"
                             "MARCH 3, 2025\n\nThe Secretary spoke with Director Wang.",
                             "us.txt"),
                  "Secretary Rubio's Call with Director Wang Yi", "2025-03-03", "The Secretary spoke with Director Wang.");
    }
    SUBCASE("header lines as paragraphs of their own, under a title") {
        check_top(parse_text("Readout of the Call\n\nOffice of the Spokesperson\n\nNovember 16, 2023\n\nThe two leaders met.",
                             "us.txt"),
                  "Readout of the Call", "2023-11-16", "The two leaders met.");
    }
    SUBCASE("a wrapped sentence and a line ending a sentence are no header") {
        CHECK(parse_text("Readout of the Call\nThe two leaders met.\n\nThey talked.", "us.txt").body ==
              "Readout of the Call The two leaders met.\n\nThey talked.");
        CHECK(parse_text("Readout of the Call\n\nThe below is attributable to the Spokesperson:\n\nThe two leaders met.", "us.txt")
                  .body == "The below is attributable to the Spokesperson:\n\nThe two leaders met.");
    }
    SUBCASE("the last paragraph stays the body, whatever it looks like") {
        CHECK(parse_text("Readout of the Call\n\nNovember 16, 2023", "us.txt").body == "November 16, 2023");
    }
}

TEST_CASE("parse_text finds the date in the title or first paragraph") {
    struct Case {
        const char* text;
        const char* date;
    };
    const Case cases[] = {
        {"Readout of the Meeting\n\nOn November 15, 2023, President Biden met President Xi.", "2023-11-15"},
        {"Readout of the April 2, 2024 Call\n\nThe two leaders spoke.", "2024-04-02"},
        {"Readout\n\nSINGAPORE, MAY 31, 2024 - Secretary Austin met Admiral Dong Jun.", "2024-05-31"},
        {"Readout\n\nPublished 2025-06-05. The two presidents spoke.", "2025-06-05"},
        {"Readout\n\nThe two leaders spoke.\n\nThey will meet on July 4, 2025.", ""},
        {"Readout\n\nThe two leaders met in November 2023.", ""},
        {"Readout\n\nOn November 32, 2023, nothing happened.", ""},
    };
    for (const Case& c : cases) {
        std::string input = c.text;
        CAPTURE(input);
        CHECK(parse_text(c.text, "us.txt").date == c.date);
    }
}

TEST_CASE("parse_text dates a readout by its dateline, and says where its date came from") {
    using readoutdiff::text::DateOrigin;
    SUBCASE("a dateline without a year gives month and day only") {
        Text text = parse_text("Chinese FM meets U.S. envoy\n\nBEIJING, July 8 (Xinhua) -- Wang Yi met Kerry.", "prc.txt");
        CHECK(text.date.empty());
        CHECK(text.month_day == "07-08");
        CHECK(text.date_origin == DateOrigin::dateline);
    }
    SUBCASE("its year comes from the same day written in full") {
        Text text = parse_text("Talks on July 8, 2025\n\nBEIJING, July 8 (Xinhua) -- Wang Yi met Kerry.", "prc.txt");
        CHECK(text.date == "2025-07-08");
        CHECK(text.month_day.empty());
    }
    SUBCASE("else from the date in the file name, the nearest year") {
        CHECK(parse_text("BEIJING, Dec. 31 (Xinhua) -- Wang Yi met Kerry.", "wire/xinhua-20250102.txt").date == "2024-12-31");
    }
    SUBCASE("a dateline outranks an earlier event's full date in the first paragraph") {
        Text text = parse_text("BEIJING, July 8 (Xinhua) -- Recalling their call of June 5, 2025, Wang met Kerry.", "p.txt");
        CHECK(text.date.empty());
        CHECK(text.month_day == "07-08");
    }
    SUBCASE("front matter outranks everything") {
        Text text = parse_text("---\ndate: 2025-07-09\n---\nBEIJING, July 8 (Xinhua) -- Wang met Kerry.", "p.txt");
        CHECK(text.date == "2025-07-09");
        CHECK(text.date_origin == DateOrigin::front_matter);
    }
}

TEST_CASE("parse_text takes the date in the file name when the text has none") {
    using readoutdiff::text::DateOrigin;
    Text text = parse_text("Readout\n\nThe two leaders spoke.", "readouts/2024-04-02-call.md");
    CHECK(text.date == "2024-04-02");
    CHECK(text.date_origin == DateOrigin::file_name);
    CHECK(parse_text("Readout\n\nThe two leaders spoke.", "readouts/call.md").date_origin == DateOrigin::none);
    CHECK(parse_text("Readout\n\nOn July 4, 2025, they spoke.", "2024-04-02.md").date == "2025-07-04");
}

TEST_CASE("parse_text prefers an ISO date in front matter over the text") {
    CHECK(parse_text("---\ndate: 2023-11-15T10:00:00Z\n---\nOn January 1, 2020, nothing.", "us.txt").date == "2023-11-15");
}

TEST_CASE("parse_text takes the first date written, in any of its forms") {
    SUBCASE("the first date in the text wins, not the earliest month name") {
        CHECK(parse_text("Readout\n\nOn November 15, 2023, the leaders recalled their call of July 28, 2022.", "us.txt").date ==
              "2023-11-15");
    }
    SUBCASE("a long-form date in front matter is used") {
        CHECK(parse_text("---\ndate: November 15, 2023\n---\nThe two leaders met.", "us.txt").date == "2023-11-15");
    }
}

TEST_CASE("parse_text refuses input that is not a text readout") {
    SUBCASE("empty") { CHECK(error_of("") == "us.txt: is empty"); }
    SUBCASE("whitespace only") { CHECK(error_of("  \n\n\t \r\n") == "us.txt: contains only whitespace"); }
    SUBCASE("only a byte order mark") { CHECK(error_of("\xEF\xBB\xBF") == "us.txt: contains only whitespace"); }
    SUBCASE("front matter and nothing else") {
        CHECK(error_of("---\ntitle: T\n---\n\n") == "us.txt: has no text after its front matter");
    }
    SUBCASE("NUL byte") {
        CHECK(error_of(std::string_view("Readout\n\nThe\0two", 16)) ==
              "us.txt:3:4: contains a NUL byte at byte offset 12: binary data, not a text readout");
    }
    SUBCASE("UTF-16 with a byte order mark") {
        CHECK(error_of(std::string_view("\xFF\xFER\0e\0a\0d\0", 10)) ==
              "us.txt: is UTF-16, not UTF-8 (convert it first, e.g. iconv -f UTF-16 -t UTF-8)");
    }
    SUBCASE("UTF-16 without a byte order mark") {
        CHECK(error_of(std::string_view("R\0e\0a\0d\0o\0u\0t\0", 14)) ==
              "us.txt: is UTF-16, not UTF-8 (convert it first, e.g. iconv -f UTF-16 -t UTF-8)");
    }
    SUBCASE("truncated UTF-8") { CHECK(error_of("Readout \xE4\xB8") == "us.txt:1:9: invalid UTF-8 at byte offset 8"); }
    SUBCASE("overlong C0 80") { CHECK(error_of("Read\xC0\x80out") == "us.txt:1:5: invalid UTF-8 at byte offset 4"); }
    SUBCASE("surrogate ED A0 80") { CHECK(error_of("Readout\n\xED\xA0\x80") == "us.txt:2:1: invalid UTF-8 at byte offset 8"); }
    SUBCASE("stray continuation byte 80") { CHECK(error_of("\x80Readout") == "us.txt:1:1: invalid UTF-8 at byte offset 0"); }
    SUBCASE("offsets count the byte order mark") {
        CHECK(error_of("\xEF\xBB\xBF" "ab\x80") == "us.txt:1:6: invalid UTF-8 at byte offset 5");
    }
    SUBCASE("unclosed front matter") {
        CHECK(error_of("---\ntitle: T\nThe two leaders met.\n") ==
              "us.txt:1:1: front matter opened on this line is never closed with '---'");
    }
}

TEST_CASE("parse_text errors are readoutdiff::Error with the path and message apart") {
    try {
        parse_text("", "prc.txt");
        FAIL("no error thrown");
    } catch (const Error& e) {
        CHECK(e.file() == "prc.txt");
        CHECK(e.message() == "is empty");
        CHECK(e.line() == 0);
    }
}

TEST_CASE("parse_text reads a saved HTML page: <h1> as the title, its blocks as paragraphs, quoted as shown") {
    check_top(parse_text("<!DOCTYPE html><html><head><title>Site | Readout</title></head><body><nav>Menu</nav>"
                         "<h1>Readout of the Meeting</h1><p>November 15, 2023</p><p>President Biden met **President** Xi.</p>"
                         "<p>They spoke of trade.</p></body></html>",
                         "us.txt"),
              "Readout of the Meeting", "2023-11-15", "President Biden met **President** Xi.\n\nThey spoke of trade.");
}

TEST_CASE("parse_text takes an HTML page's <title> when it has no <h1>") {
    Text text = parse_text("<html><head><title>Readout</title></head><body><p>One.</p><p>Two.</p></body></html>", "us.html");
    CHECK(text.title == "Readout");
    CHECK(text.body == "One.\n\nTwo.");
}

TEST_CASE("parse_text refuses an HTML page without text and a PDF") {
    CHECK(error_of("<!DOCTYPE html><html><body><script>x()</script></body></html>") == "us.txt: is an HTML page without text");
    CHECK(error_of("%PDF-1.7\n\x01\x02binary") == "us.txt: is a PDF, not text (convert it first, e.g. pdftotext us.txt)");
}
