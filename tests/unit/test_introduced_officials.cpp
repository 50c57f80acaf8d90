// Tests for analyze/introduced_officials through the Analyzer with the
// built-in lexicons: an official the lexicon does not know, introduced by a
// side's marker and a title, speaks for that side under the name, the
// surname and the title; in who met whom, an unmarked title takes the side
// the other official's is not.
#include <doctest/doctest.h>

#include <string>

#include "analyze_body.h"

TEST_CASE("a side's marker, a title and a name introduce an official the lexicon does not know") {
    CHECK(speakers(analyze_body("Chinese Vice Foreign Minister Sun Weidong said the U.S. must stop. Sun also raised Taiwan. "
                                "The Vice Foreign Minister stressed trade.")) ==
          "sun-weidong/prc | sun-weidong/prc | sun-weidong/prc");
    CHECK(speakers(analyze_body("U.S. Assistant Secretary of State Daniel Okoro raised fentanyl. Okoro also raised "
                                "detained citizens.")) == "daniel-okoro/us | daniel-okoro/us");
    // After a dateline's number the marker opens the title.
    CHECK(speakers(analyze_body("BEIJING, May 3 -- Chinese Minister Gao Feng held a call with Ana Ruiz. Gao said Taiwan "
                                "matters.")) == "/unknown | gao-feng/prc");
    // So does the side a title belongs to, after "of"; not a destination after "to".
    CHECK(speakers(analyze_body("Vice Premier of the PRC Gao Feng said trade matters.")) ==
          "gao-feng/prc");
    CHECK(speakers(analyze_body("Director of the CCP Foreign Affairs Office Gao Feng said trade matters.")) == "gao-feng/prc");
    CHECK(speakers(analyze_body("Ambassador to China Ana Ruiz said trade matters.")).find("ana-ruiz") == std::string::npos);
    // A side's body marks it too, after "of" or before the title.
    CHECK(speakers(analyze_body("General Gao Feng, Vice Chairman of the Central Military Commission, met Ana Ruiz. "
                                "Gao said trade matters.")) == "/unknown | gao-feng/prc");
    CHECK(speakers(analyze_body("White House Senior Director Ana Ruiz said trade matters.")) == "ana-ruiz/us");
    // A possessive country marks the side too; a one-word name after a title is a name.
    CHECK(speakers(analyze_body("China's Ambassador Tang said the two sides should talk more.")) == "tang/prc");
}

TEST_CASE("a title set off by a comma after a name introduces its official too") {
    CHECK(speakers(analyze_body("Gao Feng, Director of the CPC Liaison Office, held talks with Ana Ruiz, "
                                "U.S. Secretary of Commerce. Gao said trade matters. Ruiz raised fentanyl.")) ==
          "/unknown | gao-feng/prc | ana-ruiz/us");
    // A lowercase title, and one after the name in another script in parentheses.
    CHECK(speakers(analyze_body("Gao Feng, a member of the leadership of the CPC, met Ana Ruiz. "
                                "Gao said trade matters.")) == "/unknown | gao-feng/prc");
    CHECK(speakers(analyze_body("Gao Feng (高峰), Member of the CPC Politburo, met Ana Ruiz. "
                                "Gao said trade matters.")) == "/unknown | gao-feng/prc");
    // Not a lead-in ("On Tuesday,") before a titled subject.
    CHECK(speakers(analyze_body("On Tuesday, Secretary Ana Ruiz met with PRC Minister Gao Feng. Gao said trade matters.")) ==
          "/unknown | gao-feng/prc");
}

TEST_CASE("a list of titles before one name takes the side its first title's marker gives") {
    CHECK(speakers(analyze_body("Secretary Ana Ruiz met with Chinese Party Politburo Member, Head of the General Office, "
                                "and Vice Minister Gao Feng in Lima to discuss U.S. trade. Gao urged restraint. "
                                "Ruiz raised fentanyl.")) == "/unknown | gao-feng/prc | ana-ruiz/us");
    // A body named with its article is no one's title: "and" joins another official.
    CHECK(speakers(analyze_body("Envoys met the Chinese Commission, and Secretary Ana Ruiz spoke for the United States. "
                                "Ruiz raised trade.")) == "/unknown | /unknown");
}

TEST_CASE("in who met whom, the marked titles decide over officials named for something else") {
    CHECK(speakers(analyze_body("Advisor Ana Ruiz met with Chinese Vice Minister Gao Feng to follow up on the summit that "
                                "Joe Biden hosted for Xi Jinping in the United States. Ruiz raised fentanyl.")) ==
          "/unknown | ana-ruiz/us");
}

TEST_CASE("an introduced official goes on by a short name: an American's surname, a title and a Chinese surname") {
    CHECK(speakers(analyze_body("U.S. Special Envoy Ana Ruiz met with Chinese Vice Minister Gao Feng. Special Envoy Ruiz and "
                                "Vice Minister Gao discussed Taiwan. Special Envoy Ruiz raised trade.")) ==
          "/unknown | both-sides/both | ana-ruiz/us");
}

TEST_CASE("a title with no name after it introduces no one") {
    // "of Public Security" is the office's, and "Commission" an office word: no name ends these titles.
    CHECK(speakers(analyze_body("PRC Minister of Public Security said the drugs must stop.")) == "china/prc");
    CHECK(speakers(analyze_body("Chinese Director of the Foreign Affairs Commission said the drugs must stop.")) == "/unknown");
    // A name the lexicon knows stays the lexicon's official.
    CHECK(speakers(analyze_body("PRC Foreign Minister Wang Yi noted grain prices.")) == "wang-yi/prc");
}

TEST_CASE("in who met whom, an unmarked title takes the side the marked official's is not") {
    CHECK(speakers(analyze_body("Secretary Ana Ruiz met with PRC Minister Gao Feng to discuss U.S. ties. Gao urged restraint. "
                                "Ruiz raised fentanyl.")) == "/unknown | gao-feng/prc | ana-ruiz/us");
    // ... only where the readout names that side: a third country's official takes no side.
    CHECK(speakers(analyze_body("President Joe Biden met with Prime Minister Anna Berg. Berg raised trade.")) ==
          "/unknown | /unknown");
    // ... and only in who met whom.
    CHECK(speakers(analyze_body("Minister Gao Feng praised China and U.S. Secretary Ana Ruiz.")) == "/unknown");
}

TEST_CASE("a title joined by and is its own official's") {
    CHECK(speakers(analyze_body("Mr. Sullivan and Chinese Director Sun Weidong talked. Sun raised Taiwan.")) ==
          "both-sides/both | sun-weidong/prc");
}

TEST_CASE("who meets someone \"with\" is one side: an unmarked title beside a known official takes that official's side") {
    CHECK(speakers(analyze_body("Jake Sullivan and Deputy Director Ana Ortiz met with Minister Sergio Massa. "
                                "Mr. Sullivan and Ms. Ortiz stressed the value of reform.")) ==
          "/unknown | sullivan/us");
    CHECK(speakers(analyze_body("Jake Sullivan and Special Advisor Chris Dodd met on Monday in Geneva with Ana Ruiz. "
                                "Advisor Dodd stressed trade.")) == "/unknown | chris-dodd/us");
    // Two who meet with no "with" may be of both sides (and who met, and when, is narration);
    // nor is the noun "talks" a meeting verb.
    CHECK(speakers(analyze_body("President Biden and Premier Anna Berg met today. Berg raised trade.")) ==
          "/unknown | /unknown");
    CHECK(speakers(analyze_body("Jake Sullivan and Secretary Anna Berg discussed the talks with the IMF. Berg raised trade.")) ==
          "both-sides/both | /unknown");
}

TEST_CASE("an official the title says the readout is of takes the readout's side, once the rest tells it") {
    const std::string body = "Homeland Security Advisor Ana Ruiz met with President Tomas Vega of Panama. Ruiz thanked him for "
                             "the partnership. Secretary Blinken stressed that migration matters.";
    CHECK(speakers(analyze_body(body, "Readout of Homeland Security Advisor Ana Ruiz's Visit to Panama")) ==
          "/unknown | ana-ruiz/us | blinken/us");
    CHECK(speakers(analyze_body(body, "Readout of Homeland Security Advisor Ana Ruiz\u2019s Visit to Panama")) ==
          "/unknown | ana-ruiz/us | blinken/us");
    // No marker, and no title that owns her: no side.
    CHECK(speakers(analyze_body(body)) == "/unknown | /unknown | blinken/us");
    // A title that owns her in a readout whose side nothing else tells: still none.
    CHECK(speakers(analyze_body("Homeland Security Advisor Ana Ruiz met with President Tomas Vega of Panama. Ruiz thanked him.",
                                "Readout of Homeland Security Advisor Ana Ruiz's Visit to Panama")) == "/unknown | /unknown");
}
