// Tests for pair/readout, pair/principals and pair/meeting_kind: what the
// pair stage reads of one readout (side, date, principals, kind, content),
// and a file it cannot read kept as a readout with its problem.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "analyze/analyzer.h"
#include "lexicon/lexicons.h"
#include "pair/readout.h"
#include "segment/tokenizer.h"
#include "temp_dir.h"
#include "text/text.h"

namespace {

using namespace readoutdiff;
using pair::MeetingKind;
using pair::Readout;

const analyze::Analyzer& analyzer() {
    static const analyze::Analyzer instance(lexicon::builtin_lexicons());
    return instance;
}

Readout profile(const std::string& bytes, const std::string& path = "readout.txt") {
    static const pair::Profiler profiler(analyzer());
    return profiler.profile_text(text::parse_text(bytes, path));
}

std::string date_of(const Readout& r) {
    if (r.day) return text::to_iso(text::date_of_day(*r.day));
    return r.year_less ? text::to_iso(*r.year_less) : "none";
}

}  // namespace

TEST_CASE("a US readout: its side, date, both principals from the title, and a call") {
    Readout r = profile(
        "---\ntitle: \"Readout of President Biden's Call with President Xi Jinping\"\ndate: '2022-03-18'\n---\n\n"
        "President Biden spoke today with President Xi Jinping of the People's Republic of China. He stressed "
        "that the United States and the PRC must manage competition responsibly.");
    CHECK(r.side == lexicon::Side::us);
    CHECK(date_of(r) == "2022-03-18");
    CHECK(r.principals.us == "biden");
    CHECK(r.principals.prc == "xi-jinping");
    CHECK(r.kind == MeetingKind::remote);
    CHECK(r.problem == pair::ReadoutProblem::none);
    SUBCASE("content terms leave out function words and the officials' names") {
        CHECK(std::find(r.terms.begin(), r.terms.end(), "biden") == r.terms.end());
        CHECK(std::find(r.terms.begin(), r.terms.end(), "the") == r.terms.end());
        CHECK(std::find(r.terms.begin(), r.terms.end(), "competit") != r.terms.end());
    }
}

TEST_CASE("a Xinhua item: the PRC side, a dateline without a year, the counterpart from the text") {
    Readout r = profile(
        "Chinese foreign policy chief holds talks with U.S. secretary of state\n\n"
        "BEIJING, June 19 (Xinhua) -- Wang Yi on Monday held talks in Beijing with Antony Blinken, the U.S. "
        "Secretary of State, who is on a visit to China. Wang said the two countries face a choice.");
    CHECK(r.side == lexicon::Side::prc);
    CHECK(date_of(r) == "06-19");
    CHECK(r.date_origin == text::DateOrigin::dateline);
    CHECK(r.principals.prc == "wang-yi");
    CHECK(r.principals.us == "blinken");
    CHECK(r.kind == MeetingKind::in_person);
}

TEST_CASE("the title's officials come before those the text names first") {
    Readout r = profile(
        "Readout of Secretary Raimondo's Meeting with Minister Wang Wentao\n\n"
        "Following President Biden's summit with President Xi, Secretary Raimondo met Minister Wang Wentao.");
    CHECK(r.principals.us == "raimondo");
    CHECK(r.principals.prc == "wang-wentao");
}

TEST_CASE("a spokesperson who briefs on a meeting is not its principal") {
    Readout r = profile(
        "Foreign Ministry Spokesperson Mao Ning on Wang Yi's Meeting with Secretary Blinken\n\n"
        "Mao Ning said that Wang Yi met Secretary Blinken in Munich on Friday.");
    CHECK(r.principals.prc == "wang-yi");
    CHECK(r.principals.us == "blinken");
}

TEST_CASE("a title that names its own principal by office leaves that side to the counterpart") {
    Readout r = profile(
        "The Secretary's Meeting with PRC Foreign Minister Wang Yi\n\n"
        "The Secretary met Foreign Minister Wang Yi today. They discussed President Trump's call with President Xi.");
    CHECK(r.side == lexicon::Side::us);
    CHECK(r.principals.us.empty());
    CHECK(r.principals.us_by_office);
    CHECK(r.principals.prc == "wang-yi");
    CHECK(r.principals.usable());
}

TEST_CASE("a meeting with a third country names no official of the other side") {
    Readout r = profile(
        "Wang Yi Meets with Russian Foreign Minister Sergey Lavrov\n\n"
        "On February 16, Wang Yi met with Sergey Lavrov. China and Russia are partners.");
    CHECK(r.principals.prc == "wang-yi");
    CHECK(r.principals.us.empty());
    CHECK_FALSE(r.principals.usable());
}

TEST_CASE("the kind of meeting: a remote cue outranks an in-person one; 'call' counts as a noun only") {
    struct Case {
        const char* title;
        const char* opening;
        MeetingKind kind;
    };
    const Case cases[] = {
        {"Wang Yi Speaks with U.S. Secretary of State Marco Rubio on the Phone", "Wang Yi spoke with Rubio.",
         MeetingKind::remote},
        {"President Xi Jinping Has a Virtual Meeting with U.S. President Joe Biden", "Xi met Biden.",
         MeetingKind::remote},
        {"Secretary Rubio's call with Foreign Minister Wang Yi", "Rubio and Wang discussed trade.",
         MeetingKind::remote},
        {"Chinese FM calls for sound, steady ties", "Wang Yi on Friday called for steady ties.", MeetingKind::unknown},
        {"China raises concerns over export controls", "Wang Wentao raised concerns during a meeting with Raimondo.",
         MeetingKind::in_person},
        {"Minister Wang Wentao Holds Talks with Secretary Raimondo", "They talked.", MeetingKind::in_person},
        {"Readout", "Wei Fenghe held a telephone conversation with Lloyd Austin.", MeetingKind::remote},
        {"Readout of the Secretary's Meeting", "Following their phone call, the two met in Beijing.",
         MeetingKind::in_person},
    };
    for (const Case& c : cases) {
        std::string title = c.title;
        CAPTURE(title);
        CHECK(
            profile(std::string(c.title) + "\n\n" + c.opening + " The two sides spoke of China-U.S. relations.").kind ==
            c.kind);
    }
}

TEST_CASE("a file that cannot be read, or is not English, is a readout with its problem") {
    analyze::Analyzer a(lexicon::builtin_lexicons());
    pair::Profiler profiler(a);
    test_support::TempDir dir;
    std::string utf16 = dir.write("utf16.txt", std::string("\xFF\xFER\0e\0a\0d\0", 10));
    Readout r = profiler.profile(utf16, 1 << 20);
    CHECK(r.path == utf16);
    CHECK(r.problem == pair::ReadoutProblem::unreadable);
    CHECK(r.problem_message == "is UTF-16, not UTF-8 (convert it first, e.g. iconv -f UTF-16 -t UTF-8)");
    Readout missing = profiler.profile(dir.file("gone.txt"), 1 << 20);
    CHECK(missing.problem == pair::ReadoutProblem::unreadable);
    std::string chinese =
        dir.write("zh.txt",
                  "国务委员兼外长王毅会见美国国务卿布林肯。双方就中美关系交换了意见，认为应当保持沟通。"
                  "王毅表示，中方愿同美方相向而行，推动两国关系重回健康稳定发展轨道。");
    CHECK(profiler.profile(chinese, 1 << 20).problem == pair::ReadoutProblem::not_english);
}

TEST_CASE("display_name writes an actor id as a name") {
    CHECK(pair::display_name("xi-jinping") == "Xi Jinping");
    CHECK(pair::display_name("biden") == "Biden");
    CHECK(pair::display_name("") == "");
}
