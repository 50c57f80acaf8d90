// Tests for analyze/speakers through the Analyzer with the built-in
// lexicons: the actor before the reporting verb speaks, a pronoun carries
// the previous speaker over, and the readout's side comes from the text.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyze/analyzer.h"
#include "analyze_body.h"
#include "lexicon/lexicons.h"
#include "segment/segment.h"

namespace {

using readoutdiff::analyze::Analysis;
using readoutdiff::analyze::Analyzer;
using readoutdiff::lexicon::Side;


}  // namespace

TEST_CASE("the actor named before the reporting verb is the speaker") {
    SUBCASE("a US official") {
        CHECK(speakers(analyze_body("Secretary Blinken stressed the importance of open channels.")) ==
              "blinken/us");
    }
    SUBCASE("a spokesperson of the PRC's defense ministry") {
        CHECK(speakers(analyze_body("The talks lasted an hour, Wu Qian said.")) == "wu-qian/prc");
    }
    SUBCASE("a PRC official") {
        CHECK(speakers(analyze_body("Wang Yi said that China opposes the sanctions.")) ==
              "wang-yi/prc");
    }
    SUBCASE("an actor after the verb does not speak") {
        CHECK(speakers(analyze_body("It was said that President Xi would attend.")) == "/unknown");
    }
}

TEST_CASE("a sentence opening with a pronoun carries the previous speaker over") {
    SUBCASE("He with a reporting verb") {
        CHECK(speakers(analyze_body("President Biden stressed the need for stability. He raised concerns about fentanyl.")) ==
              "biden/us | biden/us");
    }
    SUBCASE("She without a reporting verb") {
        CHECK(speakers(analyze_body("Secretary Yellen underscored the need for a level playing field. She also toured "
                                    "a factory.")) == "yellen/us | yellen/us");
    }
    SUBCASE("across an unattributed sentence") {
        CHECK(speakers(analyze_body("Wang Yi said China wants stability. The meeting lasted two hours. He urged restraint.")) ==
              "wang-yi/prc | /unknown | wang-yi/prc");
    }
    SUBCASE("what the meeting took up is both sides'") {
        CHECK(speakers(analyze_body("Wang Yi said China wants stability. The talks also covered climate and trade. The "
                                    "meeting followed a call in May.")) == "wang-yi/prc | both-sides/both | /unknown");
        CHECK(speakers(analyze_body("Wang Yi said China wants stability. Discussions covered climate and trade.")) ==
              "wang-yi/prc | both-sides/both");
        // ... or settled; an earlier agreement it acts on is no outcome of it.
        CHECK(speakers(analyze_body("Wang Yi said China wants stability. The talks produced a four-point consensus. "
                                    "The call was held to act on the understandings reached by the two presidents.")) ==
              "wang-yi/prc | both-sides/both | /unknown");
    }
    SUBCASE("the meeting as the complement of \"It was\" is narration, whoever a clause after it names") {
        CHECK(speakers(analyze_body("Wang Wentao met Gina Raimondo. It was their first cabinet-level meeting after both "
                                    "governments agreed to open a channel.")) == "/unknown | /unknown");
    }
    SUBCASE("a bare meeting noun that takes up nothing is any exchange, inside the remarks") {
        CHECK(speakers(analyze_body("Wang Yi said ties have steadied. Dialogue has moved forward in many fields.")) ==
              "wang-yi/prc | wang-yi/prc");
    }
    SUBCASE("a new speaker replaces the old one") {
        CHECK(speakers(analyze_body("President Biden stressed stability. President Xi said China wants peace. He urged "
                                    "restraint.")) == "biden/us | xi-jinping/prc | xi-jinping/prc");
    }
    SUBCASE("no previous speaker") {
        CHECK(speakers(analyze_body("He urged restraint.")) == "/unknown");
    }
}

TEST_CASE("actors of both sides before the verb make both sides the speaker") {
    SUBCASE("two named leaders") {
        CHECK(speakers(analyze_body("President Biden and President Xi emphasized the need to manage competition.")) ==
              "both-sides/both");
    }
    SUBCASE("a bare office and a named leader: a group, not a title before a name") {
        CHECK(speakers(analyze_body("Joe Biden spoke with Xi Jinping. The President and Xi Jinping discussed trade.")) ==
              "/unknown | both-sides/both");
    }
    SUBCASE("the two leaders") {
        CHECK(speakers(analyze_body("The two leaders reaffirmed their commitment.")) ==
              "both-leaders/both");
    }
    SUBCASE("two countries, the second after \"the\" that also opens a usage cue (\"the PRC\")") {
        CHECK(speakers(analyze_body("The U.S. and the PRC discussed tariffs.")) == "both-sides/both");
    }
}

TEST_CASE("the readout's side comes from its first official and its speakers") {
    SUBCASE("US readout") {
        Analysis analysis = analyze_body(
            "President Biden spoke with President Xi. President Biden emphasized the need to manage competition. He raised "
            "concerns about fentanyl.");
        CHECK(analysis.side == Side::us);
    }
    SUBCASE("PRC readout") {
        Analysis analysis = analyze_body(
            "President Xi spoke with President Biden. Xi pointed out that the Taiwan question is a red line. He said China "
            "wants stability.");
        CHECK(analysis.side == Side::prc);
    }
    SUBCASE("a tie is unknown") {
        Analysis analysis = analyze_body("The meeting lasted two hours.");
        CHECK(analysis.side == Side::unknown);
    }
}

TEST_CASE("the two leaders are the speakers of what they agreed to") {
    // "agree to" is also a future and an agreement cue; it must stay a speech cue.
    CHECK(speakers(analyze_body("The two leaders agreed to resume talks.")) == "both-leaders/both");
    // The participants of a multilateral call, however they are counted.
    CHECK(speakers(analyze_body("The three foreign ministers discussed the crisis.")) == "both-sides/both");
    CHECK(speakers(analyze_body("The pair also discussed grain exports.")) == "both-sides/both");
}

TEST_CASE("a first-person readout speaks for the principal its title names") {
    const std::string body =
        "I just had a great call with President Xi of China. We made progress on trade. "
        "We will meet again soon. President Xi said China wants a fair deal.";
    // Without a title the first official named is the one the writer had a call with.
    CHECK(analyze_body(body).side == Side::us);
    CHECK(analyze_body(body, "Statement by President Donald J. Trump on His Call with President Xi").side == Side::us);
    // A title naming no official leaves the text to decide.
    CHECK(analyze_body(body, "Readout of Trade Talks with China").side == Side::us);
    // The first official named as the one met, in a PRC readout.
    CHECK(analyze_body("Over tea with U.S. President Biden at dusk, Xi Jinping stressed mutual respect.").side == Side::prc);
}

TEST_CASE("a title naming its principal by bare office belongs to the counterpart's other side") {
    const std::string body = "I can tell you the Secretary sat down today with Foreign Minister Wang Yi. We had a good "
                             "conversation.";
    CHECK(analyze_body(body, "Readout of Foreign Minister Wang Yi's Meeting with Secretary Rubio").side == Side::prc);
    CHECK(analyze_body(body, "The Secretary's Meeting with PRC Foreign Minister Wang Yi").side == Side::us);
}

TEST_CASE("a country named before the reporting verb does not vote for the readout's side") {
    // A US briefing: the Beijing and China "speakers" are the other side described, not quoted.
    const std::string body =
        "President Biden spoke with President Xi, the official said. Before reaching out to Beijing, the President had "
        "consulted allies, the official suggested. A review of China policy is under way, the official noted. China's "
        "conduct around its neighbors worries Washington, the official said.";
    CHECK(analyze_body(body, "Official Briefs Reporters on President Biden's Call with President Xi").side == Side::us);
}

TEST_CASE("how a text writes of the two governments tells whose readout it is") {
    // No official the lexicon knows: only the usage decides.
    CHECK(analyze_body("The two sides discussed China-U.S. relations. The U.S. side raised trade.").side == Side::prc);
    CHECK(analyze_body("The two sides discussed U.S.-PRC relations. They reviewed the PRC's trade practices.").side ==
          Side::us);
}

TEST_CASE("the subject of the main clause speaks, after an opening phrase or a dateline") {
    CHECK(speakers(analyze_body("In his phone talks with President Joe Biden, President Xi Jinping noted the risks.")) ==
          "xi-jinping/prc");
    CHECK(speakers(analyze_body("BEIJING, April 20 -- Wang Yi stressed the importance of talks.")) == "wang-yi/prc");
    CHECK(speakers(analyze_body("It was said that President Xi Jinping would attend.")) == "/unknown");
    CHECK(speakers(analyze_body("Earlier today, President Joe Biden spoke with Prime Minister Dubois.")) == "/unknown");
    // A time or a goal opening the sentence: "This afternoon,", "Toward ...,".
    CHECK(speakers(analyze_body("This afternoon, President Joe Biden spoke with Prime Minister Dubois.")) == "/unknown");
    // An opening phrase with commas of its own ends before a title and its official.
    CHECK(speakers(analyze_body("On May 3, 2024, President Joe Biden met Prime Minister Dubois. He raised trade.")) ==
          "/unknown | biden/us");
    CHECK(speakers(analyze_body("Over two days of talks, Secretary Janet Yellen and Vice Premier He Lifeng held direct, "
                                "substantive talks.")) == "both-sides/both");
    // A condition on the other side opens the clause; the side it binds does not speak.
    CHECK(speakers(analyze_body("If the U.S. side is ready to cooperate, China will keep its door open.")) == "china/prc");
    // A sentence adverb before the subject ("Also,", "Moreover,").
    CHECK(speakers(analyze_body("Also, they concurred that open sea lanes are vital.")) == "both-sides/both");
    CHECK(speakers(analyze_body("Moreover, they concurred that open sea lanes are vital.")) == "both-sides/both");
}

TEST_CASE("who met whom reports no one speaking") {
    // Who met, and when and where, with no one met "with": narration too; not a purpose, not a
    // meeting to come.
    CHECK(speakers(analyze_body("President Joe Biden and Chancellor Anna Lind met today at the Palace in Oslo.")) == "/unknown");
    CHECK(speakers(analyze_body("The leaders met on Monday in Geneva. The leaders will meet again in May.")) ==
          "/unknown | both-leaders/both");
    CHECK(speakers(analyze_body("President Joe Biden and Chancellor Anna Lind met today to review trade.")) ==
          "both-sides/both");
    CHECK(speakers(analyze_body("The leaders met in Geneva, reviewing trade.")) == "both-leaders/both");
    CHECK(speakers(analyze_body("Secretary Antony Blinken met on January 26 with Foreign Minister Wang Yi in Bangkok.")) ==
          "/unknown");
    CHECK(speakers(analyze_body("President Xi Jinping had a video call at the request of the U.S. side with President Joe Biden.")) ==
          "/unknown");
    // Who asked for the call between the meeting verb and "with".
    CHECK(speakers(analyze_body("On June 2, Wang Yi spoke by telephone, at the request of the U.S. side, with Secretary "
                                "Antony Blinken.")) == "/unknown");
    // The meeting noun after a few words of its own, "with" after the place and the dates.
    CHECK(speakers(analyze_body("Secretary Janet Yellen held three days of frank and wide-ranging meetings in Tianjin on "
                                "May 3 and 4 with Vice Premier He Lifeng.")) == "/unknown");
    // An appositive between the subject and its meeting verb.
    CHECK(speakers(analyze_body("He Lifeng, the vice premier who leads China's side of the economic and trade talks with "
                                "Washington, met with Secretary Janet Yellen in Beijing.")) == "/unknown");
    // A name the lexicon does not know after "met"; and "he" after who met whom is the subject.
    CHECK(speakers(analyze_body("After a lunch with the King, President Joe Biden met Foreign Secretary Amara "
                                "Okafor. He raised climate change.")) == "/unknown | biden/us");
    // Who met whom, going on to say something: the subject speaks.
    CHECK(speakers(analyze_body("President Joe Biden spoke today with Chancellor Anna Berg, conveying his hope for "
                                "closer ties.")) == "biden/us");
    CHECK(speakers(analyze_body("President Joe Biden met today with Prime Minister Lind and welcomed her visit.")) ==
          "biden/us");
    CHECK(speakers(analyze_body("President Joe Biden met today with Prime Minister Lind and also welcomed her visit.")) ==
          "biden/us");
    // A gerund after "and" ends a list of topics: no one speaks.
    CHECK(speakers(analyze_body("Secretary Antony Blinken met today with Prime Minister Lind to discuss common issues, "
                                "including trade, energy, and addressing migration.")) == "/unknown");
    // The call's purpose, said by its subject; a topic to take up, a joint step or an appeal is no saying.
    CHECK(speakers(analyze_body("President Joe Biden spoke today with Prime Minister Lind to congratulate her on her "
                                "election.")) == "biden/us");
    CHECK(speakers(analyze_body("President Joe Biden spoke today with Prime Minister Lind to express his thanks for her "
                                "help.")) == "biden/us");
    CHECK(speakers(analyze_body("After the storm, Joe Biden talked with Premier Lind of Norland to offer his condolences.")) ==
          "biden/us");
    CHECK(speakers(analyze_body("Joe Biden talked with Premier Lind of Norland to offer his congratulations on the vote.")) ==
          "biden/us");
    CHECK(speakers(analyze_body("President Joe Biden spoke today with Prime Minister Lind to review plans for the summit.")) ==
          "/unknown");
    CHECK(speakers(analyze_body("Jake Sullivan met Prime Minister Lind in Oslo to exchange views on the region.")) ==
          "/unknown");
    CHECK(speakers(analyze_body("Joe Biden talked with Premier Lind of Norland to applaud her decision.")) == "biden/us");
    // A joint step said as the call's purpose is its subject's saying.
    CHECK(speakers(analyze_body("President Joe Biden met Prime Minister Lind to reaffirm U.S. support for her reforms.")) ==
          "biden/us");
    // ... but a purpose whose object is a pledge both own makes both sides the subject.
    CHECK(speakers(analyze_body("President Joe Biden met Prime Minister Lind in Oslo to reaffirm their shared commitment on "
                                "grain.")) == "both-sides/both");
    // "spoke to" a named official reports who met whom; "spoke to the importance of" is a saying.
    CHECK(speakers(analyze_body("President Joe Biden spoke to Prime Minister Lind about the summit.")) == "/unknown");
    CHECK(speakers(analyze_body("President Joe Biden spoke to the importance of the alliance.")) == "biden/us");
    // After a form of "be", a meeting verb's infinitive says what a side may do, not whom it met:
    // inside Wang Yi's remarks, his view of the U.S.
    CHECK(speakers(analyze_body("Wang Yi said that trust matters. The United States is in no position to talk to China "
                                "from on high.")) == "wang-yi/prc | wang-yi/prc");
    // The other side's official saying something in the present perfect is recalled in the remarks.
    CHECK(speakers(analyze_body("Wang Yi said that trust matters. President Biden, for his part, has stated that the "
                                "U.S. wants no new Cold War.")) == "wang-yi/prc | wang-yi/prc");
    // "stated" is a speech verb: an unknown official's clause, then "they stated", is both sides'.
    CHECK(speakers(analyze_body("Jake Sullivan met Dr. Amara Okafor of Norland. Dr. Okafor thanked the United States for "
                                "its help, and they stated that the two ministries will stay in touch.")) ==
          "/unknown | both-sides/both");
    // A clause as the subject ("Whether ..."): the countries inside it are not the subject.
    CHECK(speakers(analyze_body("Wang Yi said that trust matters. Whether the two countries can get along bears on "
                                "the future of the world.")) == "wang-yi/prc | wang-yi/prc");
    // Wishing is a saying; convening a meeting with someone reports who met whom.
    CHECK(speakers(analyze_body("President Joe Biden met Prime Minister Lind and wished her a happy new year.")) == "biden/us");
    CHECK(speakers(analyze_body("President Joe Biden convened a virtual meeting with Nordic leaders.")) == "/unknown");
    // Welcoming a visitor to a place reports who met whom; welcoming a thing is praise.
    CHECK(speakers(analyze_body("President Joe Biden welcomed Icelandic Prime Minister Anna Berg to Washington on Monday.")) ==
          "/unknown");
    CHECK(speakers(analyze_body("President Joe Biden welcomed Prime Minister Lind to Camp David.")) == "/unknown");
    CHECK(speakers(analyze_body("President Joe Biden welcomed Norway's voice on the Security Council.")) == "biden/us");
    CHECK(speakers(analyze_body("President Joe Biden welcomed the decision to reopen the embassy.")) == "biden/us");
    CHECK(speakers(analyze_body("President Joe Biden met today with Prime Minister Lind to discuss the summit.")) == "/unknown");
    // The official met "with" does not speak the verb after him, even when the lexicon
    // does not know the one who met him.
    CHECK(speakers(analyze_body("Under Secretary Liz Randall met with Foreign Minister Wang Yi to discuss trade.")) == "/unknown");
    CHECK(speakers(analyze_body("Under Secretary Liz Randall met with Foreign Minister Wang Yi and discussed trade.")) ==
          "/unknown");
    CHECK(speakers(analyze_body("Donald Trump said he values his relationship with President Xi, believes the two can work "
                                "together.")) == "trump/us");
    // A speech verb's form after "and" and a determiner modifies a noun: no one goes on to speak.
    CHECK(speakers(analyze_body("President Joe Biden met today with Prime Minister Lind, to discuss trade and our shared "
                                "commitment to growth.")) == "/unknown");
    // Who was present is narration.
    CHECK(speakers(analyze_body("Wang Yi stressed the importance of talks. Ambassador Xie Feng attended the meeting.")) ==
          "wang-yi/prc | /unknown");
    CHECK(speakers(analyze_body("Wang Yi said Xie Feng attended the meeting.")) == "wang-yi/prc");
    // ... unless the one present goes on to speak ("and thanked", "to express").
    CHECK(speakers(analyze_body("Antony Blinken dropped by the meeting.")) == "/unknown");
    CHECK(speakers(analyze_body("Antony Blinken joined the call and thanked the crew.")) == "blinken/us");
    CHECK(speakers(analyze_body("Antony Blinken stopped by the meeting to express his support.")) == "blinken/us");
    // ... and so is who joined an official, told in the passive with its agent; joining a cause is not.
    CHECK(speakers(analyze_body("Antony Blinken was joined by Under Secretary Ana Ruiz and two aides.")) == "/unknown");
    CHECK(speakers(analyze_body("Antony Blinken was accompanied by senior officials of the Department of State.")) == "/unknown");
    CHECK(speakers(analyze_body("Antony Blinken joined the appeal for restraint.")) == "blinken/us");
    CHECK(speakers(analyze_body("Wang Yi stressed the importance of talks. Officials of both countries took part in "
                                "the talks.")) == "wang-yi/prc | /unknown");
    // ... and so is who made up a delegation, after an official's remarks.
    CHECK(speakers(analyze_body("Antony Blinken stressed the importance of talks. The PRC delegation was headed by Vice "
                                "Minister Gao Feng. The meetings also included representatives of the Treasury.")) ==
          "blinken/us | /unknown | /unknown");
    // A meeting inside what someone said is no report of this one.
    CHECK(speakers(analyze_body("President Xi Jinping noted that China will host APEC in Shenzhen.")) == "xi-jinping/prc");
    // A wish for talks reports no meeting.
    CHECK(speakers(analyze_body("The U.S. side is willing to have a candid dialogue with China.")) == "united-states/us");
    // A US department acts for its government: "the State Department will fund ..." is the US side's.
    CHECK(speakers(analyze_body("For the farmers, the State Department will pay for irrigation works.")) ==
          "united-states/us");
    // An abbreviation in parentheses inside the title; a teleconference is a call.
    CHECK(speakers(analyze_body("On 21 May, Chairman of the Joint Chiefs of Staff (CJCS) Gen. CQ Brown, Jr. held a video "
                                "teleconference (VTC) with Gen. Liu Zhenli, Chief of the People's Liberation Army Joint Staff "
                                "Department.")) == "/unknown");
    // "during a meeting with" names a meeting; the subject still speaks.
    CHECK(speakers(analyze_body("Wang Yi made the remarks during a meeting with Antony Blinken.")) == "wang-yi/prc");
}

TEST_CASE("a passive speech verb's speaker is its agent, never the country spoken of before it") {
    CHECK(speakers(analyze_body("Secretary Antony Blinken met Wang Yi. The cases of citizens barred from leaving the PRC were "
                                "also raised.")) == "/unknown | /unknown");
    CHECK(speakers(analyze_body("Secretary Antony Blinken met Wang Yi. Concerns about the PRC were raised by Secretary Antony "
                                "Blinken.")) == "/unknown | blinken/us");
    // Active: the actor before the verb speaks.
    CHECK(speakers(analyze_body("Secretary Antony Blinken met Wang Yi. On trade, the PRC raised concerns.")) ==
          "/unknown | china/prc");
}

TEST_CASE("a bare office is the principal, they both sides, a surname the last official of that name") {
    Analysis analysis = analyze_body("Secretary Antony Blinken met Wang Yi. The Secretary raised concerns. "
                                     "Wang said China opposes sanctions. They agreed to stay in touch.");
    CHECK(speakers(analysis) == "/unknown | blinken/us | wang-yi/prc | both-sides/both");
    // A deputy's bare office, as a State Department readout writes it.
    CHECK(speakers(analyze_body("Deputy Secretary of State Kurt Campbell met with Executive Vice Foreign Minister Ma Zhaoxu. "
                                "The Deputy Secretary underscored the importance of peace.")) == "/unknown | campbell/us");
    // An under secretary and a vice minister the lexicon does not know: the principal
    // met the PRC's official, so is of the other side.
    CHECK(speakers(analyze_body("Under Secretary Maria Lopez met with PRC Vice Minister Zhou Ming. The Under Secretary "
                                "raised concerns. The Vice Minister said trade matters.")) ==
          "/unknown | the-under-secretary/us | zhou-ming/prc");
    // ... but one met in another meeting the opener tells of says nothing of the principal.
    Analysis other_meeting = analyze_body("Vice President Maria Lopez met today with President Ana Ruiz, before President "
                                          "Ruiz's Ohio tour with President Biden next week. The Vice President voiced support.");
    CHECK(other_meeting.sentences[1].speaker_side == Side::us);
}

TEST_CASE("a bare office the principal does not hold is the official named before who holds it") {
    Analysis analysis = analyze_body("Secretary Gina Raimondo met Vice Premier He Lifeng. The Vice Premier welcomed the visit. "
                                     "The Secretary raised concerns. The Secretary and Vice Premier discussed trade secrets.");
    CHECK(speakers(analysis) == "/unknown | he-lifeng/prc | raimondo/us | both-sides/both");
    // ... introduced with the office's complement between the office and the name.
    CHECK(speakers(analyze_body("Vice Minister Zhou Lan held talks with U.S. Under Secretary of State for Political Affairs "
                                "Mark Tellen. The Under Secretary voiced hope for calm.")) == "/unknown | mark-tellen/us");
    CHECK(speakers(analyze_body("Acting Assistant Secretary of State Sung Lee met with PRC Director General Bo Tan. The "
                                "Acting Assistant Secretary urged calm.")) == "/unknown | the-acting-assistant-secretary/us");
}

TEST_CASE("a second bare office joined to the principal's names someone else: both sides") {
    // The President here is the counterpart the lexicon does not know, not Harris again.
    Analysis analysis = analyze_body("Vice President Kamala Harris met President Ana Torres. The Vice President and the "
                                     "President talked about global issues. The Vice President welcomed the visit.");
    CHECK(speakers(analysis) == "/unknown | both-sides/both | harris/us");
    // A name inside a hyphenated compound names no one present for the office to resolve to.
    CHECK(speakers(analyze_body("Vice President Kamala Harris met President Ana Torres. The Vice President said the "
                                "Biden-Harris team stays engaged. The Vice President and the President talked about "
                                "trade.")) == "/unknown | harris/us | both-sides/both");
}

TEST_CASE("a bare office or delegation in the plural is both sides, not the principal") {
    Analysis analysis = analyze_body("President Joe Biden spoke with President Xi Jinping. The Presidents welcomed the new hotline. "
                                     "The President's team will follow up.");
    CHECK(speakers(analysis) == "/unknown | both-sides/both | biden/us");
    CHECK(speakers(analyze_body("The delegations discussed information sharing.")) == "both-sides/both");
    CHECK(speakers(analyze_body("The teams will follow up on the issues discussed.")) == "both-sides/both");
    CHECK(speakers(analyze_body("Their teams will stay in touch.")) == "both-sides/both");
}

TEST_CASE("a statement in the first person is its title's principal's, never the official it names") {
    const std::string title = "Statement by President Donald J. Trump on His Call with President Xi";
    CHECK(speakers(analyze_body("I want to thank President Xi. I told him soybeans matter.", title)) ==
          "trump/us | trump/us");
    // Without a title the first official named is the counterpart, not the writer.
    CHECK(speakers(analyze_body("I want to thank President Xi. I told him soybeans matter.")) == "/unknown | /unknown");
    // A title naming the counterpart first does not make "I" him.
    CHECK(speakers(analyze_body("I thanked President Xi for the call.", "Call with President Xi")) == "/unknown");
    // A sentence of no words (a lone control character) has no subject to look for.
    const Analysis no_words = analyze_body("\x1e", title);
    REQUIRE(no_words.sentences.size() == 1);
    CHECK(no_words.sentences[0].speaker.empty());
}

TEST_CASE("a surname or pronoun heads a group joined by and, as a name does") {
    CHECK(speakers(analyze_body("Commerce Minister Wang Wentao met Gina Raimondo. Wang and Raimondo then agreed to "
                                "hold a meeting. He and Raimondo set a date. Wang and his aides left.")) ==
          "/unknown | both-sides/both | both-sides/both | wang-wentao/prc");
}

TEST_CASE("a surname after an honorific resolves as the surname alone does") {
    CHECK(speakers(analyze_body("Chinese Vice Minister Gao Feng met U.S. Minister Ana Ruiz. Ms. Ruiz and Gao agreed to "
                                "meet again. Mr. Gao raised Taiwan.")) == "/unknown | both-sides/both | gao-feng/prc");
    // ... to the end of a name of two words ("Dr. Vega-Ruiz and ... met with": who met whom).
    CHECK(speakers(analyze_body("U.S. Homeland Security Advisor Dr. Ana Vega-Ruiz led a delegation to Panama. Dr. Vega-Ruiz and "
                                "U.S. Ambassador to Panama Tom Lee met with President Tomas Soto of Panama. Dr. Vega-Ruiz "
                                "thanked him.")) == "vega-ruiz/us | /unknown | vega-ruiz/us");
}

TEST_CASE("a name or title the lexicon does not know, joined by and to one side's subject, is the other side") {
    CHECK(speakers(analyze_body("President Joe Biden and Prime Minister Rahul Singh welcomed the agreement.")) ==
          "both-sides/both");
    CHECK(speakers(analyze_body("Jake Sullivan and Okafor also discussed grain exports.")) == "both-sides/both");
    // An office before a name is that name's title, not the principal's office.
    CHECK(speakers(analyze_body("President Joe Biden and President Ana Torres acknowledged the progress.")) ==
          "both-sides/both");
    // ... and so is one named first, when an honorific after "and" starts the known official.
    CHECK(speakers(analyze_body("President Amara Okafor and Mr. Sullivan reviewed grain exports.")) == "both-sides/both");
    // ... and so is one before a bare office after "and", which names the principal.
    CHECK(speakers(analyze_body("Joe Biden met Amara Okafor. The Prime Minister and the President reviewed grain exports.")) ==
          "/unknown | both-sides/both");
    CHECK(speakers(analyze_body("Member of the Political Bureau and Foreign Minister Wang Yi spoke.")) == "wang-yi/prc");
    // Not a subject: the words after "and" run to the end, or the side is unknown.
    CHECK(speakers(analyze_body("Jake Sullivan and Okafor.")) == "sullivan/us");
    CHECK(speakers(analyze_body("Europe and Canada plan to expand clean electricity.")) == "/unknown");
}

TEST_CASE("a known official's surname after an office that official does not hold names someone else") {
    CHECK(speakers(analyze_body("The President and Taoiseach Harris agreed that ties will grow.")) == "both-sides/both");
    CHECK(speakers(analyze_body("The President and Prime Minister Harris reviewed grain exports.")) == "both-sides/both");
    // The office the official holds, or an honorific, is that official again.
    CHECK(speakers(analyze_body("The President and Vice President Harris reviewed grain exports.")) == "harris/us");
    CHECK(speakers(analyze_body("The President and Mr. Sullivan reviewed grain exports.")) == "sullivan/us");
    // A long title may be one the lexicon does not list, and an official the readout named in
    // full is the one its surname means.
    CHECK(speakers(analyze_body("Ambassador Nicholas Burns and Assistant Secretary Daniel J. Kritenbrink raised "
                                "concerns.")) == "nicholas-burns/us");
    CHECK(speakers(analyze_body("Vice President Kamala Harris joined the call. The President and Envoy Harris reviewed "
                                "grain exports.")) == "/unknown | harris/us");
}

TEST_CASE("a name's suffix belongs to it: the group after \"Jr.\" is still joined") {
    CHECK(speakers(analyze_body("President Joseph R. Biden, Jr. and President Ana Torres welcomed the agreement.")) ==
          "both-sides/both");
    CHECK(speakers(analyze_body("Joseph R. Biden Jr. and Prime Minister Rahul Singh reviewed the talks.")) == "both-sides/both");
    // After the suffix, a participle and its agent set off by one comma: who met whom is narration.
    CHECK(speakers(analyze_body("Today, President Joseph R. Biden, Jr. joined by Secretary of Energy Jennifer Granholm and "
                                "Director of the Domestic Policy Council Susan Rice, met with union leaders to urge Congress "
                                "to act.")) == "/unknown");
}

TEST_CASE("a group of leaders counted in words is both sides, and so are the allies") {
    CHECK(speakers(analyze_body("The three leaders committed to meet again next year.")) == "both-leaders/both");
    CHECK(speakers(analyze_body("The Allies stressed the value of a strong defense industry.")) == "both-sides/both");
}

TEST_CASE("a spouse beside the principal is of the principal's side, and who took part in a call is narration") {
    CHECK(speakers(analyze_body("Joe Biden met Prime Minister Lind. The President and Jill Biden will host a dinner.")) ==
          "/unknown | biden/us");
    CHECK(speakers(analyze_body("Joe Biden met Prime Minister Lind. Participants in the call included Chancellor Berg "
                                "of Westland.")) == "/unknown | /unknown");
    CHECK(speakers(analyze_body("Joe Biden met Prime Minister Lind. The group represented nine ministries.")) ==
          "/unknown | /unknown");
}

TEST_CASE("officials of two sides joined by and are both sides, a surname after and included") {
    Analysis analysis = analyze_body("Jake Sullivan met Wang Yi in Bangkok. Mr. Sullivan and Director Wang welcomed the progress.");
    CHECK(speakers(analysis) == "/unknown | both-sides/both");
}

TEST_CASE("both sides as the subject stay the speaker when one side's official speaks after \", and\", and take it after one official's clause when they claim an agreement") {
    Analysis analysis = analyze_body("Jake Sullivan met Wang Yi in Bangkok. They discussed the Taiwan question, and Mr. Sullivan "
                                     "stressed that calm in the Taiwan Strait matters. Mr. Sullivan raised trade, and the two "
                                     "sides agreed to meet again.");
    // The sentence's subject decides: the annotators of every archive draw read the first as both sides'.
    // A claim both sides make after ", and" makes the last both sides' too.
    CHECK(speakers(analysis) == "/unknown | both-sides/both | both-sides/both");
}

TEST_CASE("a sentence with no subject, or an appeal to another side, continues its paragraph's speaker") {
    Analysis analysis = analyze_body("Wang Yi stressed that Taiwan belongs to China. Separatism is the greatest "
                                     "risk. The U.S. side must keep to the one-China principle.\n\nThe meeting lasted two hours.");
    CHECK(speakers(analysis) == "wang-yi/prc | wang-yi/prc | wang-yi/prc | /unknown");
    // After the two sides' narration, a sentence with no subject is the readout's own.
    analysis = analyze_body("The two sides discussed the working group. The group grew out of the summit.");
    CHECK(speakers(analysis) == "both-sides/both | /unknown");
    // With no body of that name before it, "the group" is everyone at the meeting.
    analysis = analyze_body("Jake Sullivan met the national security advisors of France and Germany. The group discussed Ukraine. "
                            "The group also discussed Gaza.");
    CHECK(speakers(analysis) == "/unknown | both-sides/both | both-sides/both");
    // A meeting of several governments calls them "leaders" or "donors", with no article.
    analysis = analyze_body("President Biden met G7 Leaders by video. Leaders also discussed Gaza. Donors committed to "
                            "continue their support.");
    CHECK(speakers(analysis) == "/unknown | both-leaders/both | both-sides/both");
    CHECK(analysis.sentences[2].claims_agreement);
    // ... and "the partners" too, only where it opens a clause, never as an object.
    analysis = analyze_body("Jake Sullivan met the national security advisors of France and Germany. The partners reaffirmed "
                            "their support for Ukraine. Jake Sullivan thanked the partners who stood with Ukraine.");
    CHECK(speakers(analysis) == "/unknown | both-sides/both | sullivan/us");
    // PRC readouts run a speaker's remarks over one-sentence paragraphs: an appeal continues them.
    analysis = analyze_body("General Wei Fenghe said the two sides should respect each other.\n\nThe two militaries should "
                            "enhance mutual trust.\n\nThe meeting lasted two hours.");
    CHECK(speakers(analysis) == "wei-fenghe/prc | wei-fenghe/prc | /unknown");
    // ... but not an appeal that both sides are said to hold as their view.
    analysis = analyze_body("Lloyd Austin said the channels must stay open. Both sides held that the two militaries "
                            "should keep talking.");
    CHECK(speakers(analysis) == "austin/us | both-sides/both");
    // ... nor one inside what both sides resolved, agreed or reaffirmed together.
    analysis = analyze_body("Prime Minister Modi spoke with President Biden. The President stressed democracy. They resolved "
                            "that free elections must be respected in Burma. They reaffirmed the need to restore order.");
    CHECK(speakers(analysis) == "/unknown | biden/us | both-sides/both | both-sides/both");
    CHECK(analysis.sentences[2].claims_agreement);
}

TEST_CASE("who met whom stays narration: a purpose after \"and\", a \"with\" past when and where") {
    // "and on shared priorities" holds no verb of the subject's, "and to discuss" is a purpose as "to discuss".
    CHECK(speakers(analyze_body("Jake Sullivan met today with Javier Milei to discuss trade, and on shared priorities. "
                                "Jake Sullivan met with Javier Milei to review the summit and to discuss trade.")) ==
          "/unknown | /unknown");
    // When and where may stand between the verb and its "with", as long as someone is named after it.
    CHECK(speakers(analyze_body("President Biden spoke this morning at the edge of the G20 gathering with Prime Minister Ana Ruiz. "
                                "Mr. Finer met last Tuesday, on March 3, with Under-Secretary-General Ana Ruiz. "
                                "Jake Sullivan spoke about his years as a lawyer working with Secretary Ana Ruiz and her team.")) ==
          "/unknown | /unknown | sullivan/us");
    // An official's meeting or visit as the subject is narration too, as "The meeting lasted two hours".
    CHECK(speakers(analyze_body("Mr. Sullivan's visit underscored the strength of the partnership. The Vice President's "
                                "meeting ends a week of travel. President Biden's remarks stressed unity.")) ==
          "/unknown | /unknown | biden/us");
    // An adverb may stand between "and" and the subject's own verb.
    CHECK(speakers(analyze_body("Jake Sullivan met with Javier Milei and also welcomed his election.")) == "sullivan/us");
}

TEST_CASE("who speaks: groups, meeting nouns and modifiers") {
    SUBCASE("a group member after a long title") {
        CHECK(speakers(analyze_body("Jake Sullivan met Ma Zhaoxu in Vienna. Mr. Sullivan and Executive Vice Minister "
                                    "of Foreign Affairs Ma reaffirmed the value of talks.")) ==
              "/unknown | both-sides/both");
    }
    SUBCASE("a meeting noun far after the subject is no meeting verb") {
        CHECK(speakers(analyze_body("The two leaders welcomed the resumption of the defense policy coordination talks "
                                    "and the maritime consultative meetings with the U.S. side.")) == "both-leaders/both");
    }
    SUBCASE("a country joined by a hyphen modifies a noun") {
        CHECK(speakers(analyze_body("The U.S.-PRC Working Group is a result of the summit.")) == "/unknown");
    }
}

TEST_CASE("the opening phrase and the speech verb: clause breaks that count") {
    SUBCASE("a dash between two countries joins them and ends no opening phrase") {
        CHECK(speakers(analyze_body("Recalling their talks on U.S. \xE2\x80\x93 China relations last spring, the two leaders "
                                    "praised their teams.")) == "both-leaders/both");
    }
    SUBCASE("an opening phrase with commas of its own ends where an actor follows") {
        CHECK(speakers(analyze_body("After Joseph R. Biden, Jr.'s talks on Tuesday with President Xi Jinping at Filoli, "
                                    "Woodside, U.S. Secretary of Commerce Gina Raimondo on Thursday met with Minister Wang "
                                    "Wentao to review the trade relationship and to take stock of the working group.")) ==
              "/unknown");
    }
    SUBCASE("a country in the clause before a speech verb is not its speaker") {
        CHECK(speakers(analyze_body("This call was part of the work between the United States and China, as discussed "
                                    "by the two presidents.")) == "/unknown");
    }
    // An opener before the subject needs no comma, and a comma later in the sentence ends no
    // opening phrase: who met whom stays narration.
    CHECK(speakers(analyze_body("Together they celebrated the anniversary of the alliance.")) == "both-sides/both");
    CHECK(speakers(analyze_body("Today President Biden spoke with Chancellor Anna Berg of Austria to discuss the "
                                "closure of ports, including in Linz.")) == "/unknown");
    CHECK(speakers(analyze_body("Earlier today Vice President Harris spoke with Chancellor Anna Berg of Austria about the "
                                "closure, and its costs.")) == "/unknown");
}

TEST_CASE("who met whom behind a PRC official's titles is narration") {
    for (const char* sentence :
         {// one long title set off by commas
          "On June 13, Yang Jiechi, Member of the Political Bureau of the CPC Central Committee and Director of the Office "
          "of the Central Foreign Affairs Commission, met with National Security Advisor Jake Sullivan in Luxembourg.",
          // several titles in a row, each set off by commas
          "Liu He, Member of the Political Bureau, Vice Premier of the State Council and the lead person for the economic "
          "dialogue, held a video call with Janet Yellen.",
          // a long title before the name
          "On the evening of January 24, Member of the Political Bureau of the CPC Central Committee and Foreign Minister "
          "Wang Yi spoke by phone with Marco Rubio.",
          // a country, a title, then the official
          "On April 15, China's Special Envoy for Climate Change Xie Zhenhua held talks in Shanghai with John Kerry.",
          // an office inside a longer title, then the official
          "Deputy Assistant to the President for Asian Affairs Kurt Campbell spoke with Wang Yi last week about the "
          "Middle East.",
          // a call taken from the other side
          "President Xi Jinping took a phone call from President Joe Biden at the latter's request.",
          // a second official joined by ", and" after the first one's titles
          "Yang Jiechi, a Politburo member of long standing and Director of the Party's office for its foreign affairs, "
          "and State Councilor and Foreign Minister Wang Yi held the Annual Strategic Dialogue in Geneva, Switzerland, "
          "with Antony Blinken."}) {
        CAPTURE(sentence);
        CHECK(speakers(analyze_body(sentence)) == "/unknown");
    }
}

TEST_CASE("a speech verb set off by a comma names who says the clause it reports") {
    Analysis analysis = analyze_body("Yang Jiechi spoke with Jake Sullivan. The U.S. side, he said, should stop arming Taiwan. "
                                     "This momentum should be cherished by both sides, Yang said.");
    CHECK(speakers(analysis) == "/unknown | yang-jiechi/prc | yang-jiechi/prc");
    // "he" is the sentence's own speaker, not the official named before it.
    analysis = analyze_body("Xi Jinping spoke with Joe Biden. Biden said that the world is changing; there is no reason, he "
                            "said, for conflict.");
    CHECK(speakers(analysis) == "/unknown | biden/us");
}

TEST_CASE("the spokesperson speaks for the readout's own side, and is not its principal") {
    Analysis analysis = analyze_body("Liu Zhenli held a video call with General Brown. The spokesperson said that the Chinese "
                                     "military stands firm. This call was one step, the spokesperson noted.");
    CHECK(speakers(analysis) == "/unknown | spokesperson/prc | spokesperson/prc");
    // The subject of an indirect question is asked about, and says nothing.
    analysis = analyze_body("Liu Zhenli held a video call with General Brown. A journalist raised the call and asked "
                            "whether the spokesperson could describe its tone. The spokesperson said that it was useful.");
    CHECK(speakers(analysis) == "/unknown | /unknown | spokesperson/prc");
}

TEST_CASE("an official's remarks run on over paragraphs; a list's lines do not") {
    CHECK(speakers(analyze_body("Xi Jinping spoke with Joe Biden.\n\nXi Jinping said that he would make three points.\n\n"
                                "First, cooperation is the only choice.\n\nThe call lasted an hour.")) ==
          "/unknown | xi-jinping/prc | xi-jinping/prc | /unknown");
    CHECK(speakers(analyze_body("Joe Biden welcomed the guests:\n\nPresident Ana Lopez\n\nPrime Minister Tom Berg")) ==
          "biden/us | /unknown | /unknown");
    // ... also past a sentence in them that speaks as the official's country, but not
    // past one country's sentence that no official of its side said.
    CHECK(speakers(analyze_body("Xi Jinping said the U.S. side must stop arming the island. The Chinese side will not "
                                "stand by.\n\nDefending our borders is the will of every citizen.")) ==
          "xi-jinping/prc | china/prc | china/prc");
    CHECK(speakers(analyze_body("Joe Biden said he would raise trade. The Chinese side will not stand by.\n\n"
                                "Defending our borders is the will of every citizen.")) ==
          "biden/us | china/prc | /unknown");
}

TEST_CASE("the two countries as the subject inside one official's remarks are his view of them") {
    Analysis analysis = analyze_body("Xie Zhenhua said climate change is a challenge for all. "
                                     "China and the United States have ample room to work together on it. "
                                     "China and the United States agreed to keep in touch.");
    // A joint step of the two is still both sides'.
    CHECK(speakers(analysis) == "xie-zhenhua/prc | xie-zhenhua/prc | both-sides/both");
    // ... whatever a clause of its own after the predicate says; an appositive still leads to it.
    CHECK(speakers(analyze_body("Xie Zhenhua said climate change is a challenge for all. China and the United States "
                                "can do much together, whereas a quarrel would hurt both.")) ==
          "xie-zhenhua/prc | xie-zhenhua/prc");
    CHECK(speakers(analyze_body("Xie Zhenhua said climate change is a challenge for all. China and the United States, "
                                "the two largest emitters, will act together.")) == "xie-zhenhua/prc | both-sides/both");
    // Named as a pair ("the two militaries") they are his view too, and so is what goes on from it;
    // the two sides who met are not.
    CHECK(speakers(analyze_body("Dong Jun said the summit set the course. Since then, the two militaries have kept their "
                                "hotlines open. Visits have resumed. The two sides exchanged views on the sea.")) ==
          "dong-jun/prc | dong-jun/prc | dong-jun/prc | both-sides/both");
    // One country that says nothing is his view of it too, whatever its verb; one that speaks is itself.
    CHECK(speakers(analyze_body("Wang Yi said the visit came at a key moment. If the rivalry is hyped up, U.S. policy "
                                "will only lead nowhere. China has always kept its word. The United States reiterated "
                                "its position.")) ==
          "wang-yi/prc | wang-yi/prc | wang-yi/prc | united-states/us");
    // The two sides' teams by what they work on.
    CHECK(speakers(analyze_body("Third, the two economic and trade teams will stay in close touch.")) == "both-sides/both");
    // Without an official's remarks before it, the two countries are both sides.
    CHECK(speakers(analyze_body("China and the United States have ample room to work together on it.")) == "both-sides/both");
}

TEST_CASE("an official named by an opening \"according to\" or \"in X's view\" says the clause; a spokesperson there is a source") {
    Analysis analysis = analyze_body("Antony Blinken met Wang Yi in Vienna. "
                                     "According to Wang, the U.S. side should lift its sanctions. "
                                     "According to Wang Yi, the U.S. side should stop its curbs. "
                                     "According to the spokesperson, the two sides had frank talks. "
                                     "Chinese officials raised the visa issue. "
                                     "U.S. officials raised the fentanyl issue. "
                                     "In President Xi's view, respect comes first.");
    CHECK(speakers(analysis) == "/unknown | wang-yi/prc | wang-yi/prc | both-sides/both | china/prc | united-states/us | xi-jinping/prc");
}

TEST_CASE("\"He\" capitalized inside a sentence is the surname of an official named before, not a pronoun") {
    Analysis analysis = analyze_body("Vice Premier He Lifeng held talks with Secretary Janet Yellen. "
                                     "Yellen said the United States seeks no decoupling. "
                                     "Noting that tariffs help no one, He said China is ready to talk. "
                                     "In reply, he said China opposes the curbs.");
    CHECK(speakers(analysis) == "/unknown | yellen/us | he-lifeng/prc | he-lifeng/prc");
}

TEST_CASE("one country's record in the present perfect is the readout's background, unless one side's remarks go on") {
    CHECK(speakers(analyze_body("The two leaders discussed the drought. The United States has delivered $3 billion in aid "
                                "this year. Since the storm, the United States has also donated tents.")) ==
          "both-leaders/both | /unknown | /unknown");
    // Inside one side's remarks it is that side's still; a country that will act is itself.
    CHECK(speakers(analyze_body("Xie Zhenhua said climate change is a challenge for all. China has decided to accept the "
                                "amendment.")) == "xie-zhenhua/prc | china/prc");
    CHECK(speakers(analyze_body("The two leaders discussed the drought. The United States will provide tents.")) ==
          "both-leaders/both | united-states/us");
}

TEST_CASE("officials listed with commas are one subject, both sides when they are of different sides") {
    CHECK(speakers(analyze_body("President Biden, President Xi Jinping, and President Lula discussed the region.")) ==
          "both-sides/both");
    // A title set off by commas is an appositive, and an unknown name closing a list of one
    // side's officials is not taken for the other side's.
    CHECK(speakers(analyze_body("Jake Sullivan, National Security Advisor to the President, stressed the point.")) ==
          "sullivan/us");
    CHECK(speakers(analyze_body("Jake Sullivan, Secretary Antony Blinken, and Advisor Dana Reyes stressed the point.")) ==
          "sullivan/us");
}

TEST_CASE("a line of names and titles, or its heading, is who took part: no one speaks in it") {
    Analysis analysis = analyze_body("Jake Sullivan welcomed investors to a forum on infrastructure.\n\nPublic Sector Participants:\n\n"
                                     "Jake Sullivan, National Security Advisor\n\nSecretary of the Treasury Janet Yellen\n\n"
                                     "Jake Sullivan stressed the need for more investment.");
    CHECK(speakers(analysis) == "sullivan/us | /unknown | /unknown | /unknown | sullivan/us");
}

TEST_CASE("where an official went is narration, as who met whom is, unless he goes on to say something") {
    Analysis analysis = analyze_body("Security Adviser Jake Sullivan visited Hanoi, Vietnam, May 3-4. "
                                     "Mr. Sullivan traveled to the Philippines and stressed the alliance. "
                                     "During his visit, Sullivan noted the progress. "
                                     "Sullivan visited with Prime Minister Modi.");
    CHECK(speakers(analysis) == "/unknown | sullivan/us | sullivan/us | sullivan/us");
}

TEST_CASE("one official's clause, then \"and\" both sides' claim: the sentence is both sides'") {
    Analysis analysis = analyze_body("President Biden thanked Prime Minister Holm for hosting a summit, and they agreed "
                                     "to meet again. President Biden stressed the alliance and the leaders then reaffirmed their "
                                     "commitment to it. President Biden stressed the alliance and they discussed trade.");
    CHECK(speakers(analysis) == "both-sides/both | both-sides/both | biden/us");
    CHECK(analysis.agreements == std::vector<int>{1, 2});
}

TEST_CASE("\"Also on the call were\", \"In attendance were\": a list of who took part, whoever it names") {
    Analysis analysis = analyze_body("President Biden hosted Prime Minister Holm in Oslo. "
                                     "Also on the call were Secretary Blinken, NSC Senior Director Dana Reyes, and Ambassador Smith. "
                                     "In attendance were Secretary Blinken and Ambassador Smith. "
                                     "Participants in yesterday's meeting included Secretary Blinken. "
                                     "In the meeting, Secretary Blinken stressed the alliance.");
    CHECK(speakers(analysis) == "/unknown | /unknown | /unknown | /unknown | blinken/us");
}

TEST_CASE("an official whose title names a US council or office (NEC, OSTP, OMB) is of the US side") {
    Analysis analysis = analyze_body("The council held its opening session. "
                                     "NEC Director Dana Reyes (Council Co-Chair) stressed the need for coordination. "
                                     "OSTP Director Omar Lind highlighted research.");
    CHECK(speakers(analysis) == "/unknown | dana-reyes/us | omar-lind/us");
}

TEST_CASE("\"President-elect\" is a title still: whom the President welcomed, one of a group with him") {
    Analysis analysis = analyze_body("President Biden welcomed President-elect Anna Berg of Iceland to the White House for talks on "
                                     "shared goals. The President and President-elect praised the ties of their two nations.");
    CHECK(speakers(analysis) == "/unknown | both-sides/both");
}

TEST_CASE("a sentence with no subject nor saying of its own is a US readout's background, a PRC readout's remarks going on") {
    Analysis us = analyze_body("President Biden and Prime Minister Holm of Norway met in Oslo today. President Biden stressed U.S. support "
                               "for the alliance. Extra field hospitals now stand along the coast. "
                               "President Biden also raised the summit.");
    CHECK(us.side == Side::us);
    CHECK(speakers(us) == "/unknown | biden/us | /unknown | biden/us");
    Analysis prc = analyze_body("President Xi Jinping held a phone call with President Biden. Xi pointed out that the Chinese "
                                "side cares about stability. Peace across the Strait is the common wish of the people.");
    CHECK(prc.side == Side::prc);
    CHECK(speakers(prc) == "/unknown | xi-jinping/prc | xi-jinping/prc");
}
