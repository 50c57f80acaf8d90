// Tests for lexicon/lexicons: the built-in lexicons, overriding a file from a
// directory, and `lexicon check` reporting every broken file with file:line.
#include <doctest/doctest.h>

#include <algorithm>
#include <dirent.h>
#include <fstream>
#include <stdlib.h>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "error.h"
#include "lexicon/builtin.h"
#include "lexicon/lexicons.h"
#include "segment/tokenizer.h"

namespace {

using readoutdiff::Error;
using readoutdiff::lexicon::builtin_lexicons;
using readoutdiff::lexicon::builtin_term_tokens;
using readoutdiff::lexicon::TermTokens;
using readoutdiff::lexicon::check_lexicons;
using readoutdiff::lexicon::lexicon_file_names;
using readoutdiff::lexicon::Lexicons;
using readoutdiff::lexicon::load_lexicons;
using readoutdiff::lexicon::Side;
using readoutdiff::lexicon::Term;

const std::string kHeader = "term\tcategory\tweight\tnote\n";

// The items separated by " | ", so that a failure prints readable values.
template <typename T>
std::string joined(const std::vector<T>& items) {
    std::ostringstream out;
    for (size_t i = 0; i < items.size(); ++i) out << (i ? " | " : "") << items[i];
    return out.str();
}

// A fresh directory of lexicon files, removed at the end of the test.
class LexiconDir {
public:
    LexiconDir() {
        const char* base = std::getenv("TMPDIR");
        std::string pattern = std::string(base && *base ? base : "/tmp") + "/readoutdiff-lexicons-XXXXXX";
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        m_path = pattern;
    }
    ~LexiconDir() {
        if (DIR* dir = ::opendir(m_path.c_str())) {
            while (dirent* entry = ::readdir(dir)) {
                std::string name = entry->d_name;
                if (name != "." && name != "..") ::unlink((m_path + "/" + name).c_str());
            }
            ::closedir(dir);
        }
        ::rmdir(m_path.c_str());
    }
    LexiconDir(const LexiconDir&) = delete;
    LexiconDir& operator=(const LexiconDir&) = delete;

    void write(const std::string& name, const std::string& content) const {
        std::ofstream out(m_path + "/" + name, std::ios::binary);
        out << content;
    }
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

std::string load_error(const std::string& dir) {
    try {
        load_lexicons(dir);
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("lexicon_file_names lists the ten files, the segmentation words first and topics before topic terms") {
    CHECK(joined(lexicon_file_names()) == "abbreviations.tsv | segment_words.tsv | tone.tsv | topics.tsv | topic_terms.tsv | actors.tsv | characterization.tsv | cues.tsv | code_phrases.tsv | paraphrases.tsv");
}

TEST_CASE("builtin_lexicons load the topics in report order") {
    const Lexicons& lexicons = builtin_lexicons();
    std::vector<std::string> ids;
    for (const auto& topic : lexicons.topics) {
        if (topic.kind != readoutdiff::lexicon::TopicKind::finer) ids.push_back(topic.id);
    }
    CHECK(joined(ids) == "taiwan | trade | technology | fentanyl | climate | military | south-china-sea | ukraine-russia | human-rights | detained-citizens | people-to-people | north-korea | middle-east | ai | relations | communication | meeting | earlier-summit");
    REQUIRE(lexicons.topics.size() > 18);
    CHECK(lexicons.find_topic("debt")->within == "trade");
    CHECK(lexicons.find_topic("debt")->subject_only());
    CHECK(lexicons.find_topic("relations")->kind == readoutdiff::lexicon::TopicKind::broad);
    CHECK(lexicons.find_topic("meeting")->subject_only());
    CHECK(lexicons.find_topic("earlier-summit")->label == "The leaders' earlier meeting");
    CHECK(lexicons.find_topic("fentanyl") == &lexicons.topics[3]);
    CHECK(lexicons.find_topic("taiwan")->label == "Taiwan");
    CHECK(lexicons.find_topic("no-such-topic") == nullptr);
}

TEST_CASE("builtin_lexicons fill every lexicon and stem its terms") {
    const Lexicons& lexicons = builtin_lexicons();
    CHECK_FALSE(lexicons.tone.empty());
    CHECK_FALSE(lexicons.topic_terms.empty());
    CHECK_FALSE(lexicons.actors.empty());
    CHECK_FALSE(lexicons.characterization.empty());
    CHECK_FALSE(lexicons.cues.empty());
    CHECK_FALSE(lexicons.code_phrases.empty());
    CHECK_FALSE(lexicons.paraphrases.empty());
    for (const Term& term : lexicons.tone) {
        CAPTURE(term.text);
        CHECK_FALSE(term.stems.empty());
    }
    const Term& first = lexicons.tone.front();
    CHECK(first.text == "cooperation");
    CHECK(first.category == "cooperative");
    CHECK(first.weight == doctest::Approx(0.8));
    CHECK(joined(first.stems) == "cooper");
}

TEST_CASE("builtin abbreviations tell titles from abbreviations that may end a sentence") {
    const auto& words = builtin_lexicons().segmenting;
    CHECK(words.never_ends("Mr."));
    CHECK(words.never_ends("Jr."));
    CHECK(words.is_abbreviation("U.S."));
    CHECK_FALSE(words.never_ends("U.S."));
    CHECK(words.is_abbreviation("p.m."));
    CHECK_FALSE(words.is_abbreviation("mr."));
    CHECK_FALSE(words.is_abbreviation("Blinken."));
}

TEST_CASE("segment_words.tsv fills the splitter's and the stopwords' lists by category") {
    const auto& words = builtin_lexicons().segmenting;
    CHECK(words.has(words.sentence_openers, "The"));
    CHECK_FALSE(words.has(words.sentence_openers, "the"));
    CHECK(words.has(words.abbreviation_continuations, "Treasury"));
    CHECK(words.has(words.name_links, "of"));
    CHECK(words.has(words.stopwords, "the"));
    CHECK_FALSE(words.has(words.stopwords, "taiwan"));
}

TEST_CASE("type_term reads a term's typed fields from its category and note, once, at load") {
    using readoutdiff::lexicon::ActorKind;
    using readoutdiff::lexicon::Category;
    using readoutdiff::lexicon::LexiconKind;
    using readoutdiff::lexicon::type_term;
    using readoutdiff::lexicon::Variant;
    Term actor;
    actor.category = "antony-blinken";
    actor.note = "side=us; kind=person and more words";
    type_term(actor, LexiconKind::actors, "actors.tsv");
    CHECK(actor.side == Side::us);
    CHECK(actor.actor_kind == ActorKind::person);
    CHECK(actor.kind == Category::id);

    Term phrase;
    phrase.category = "one-china";
    phrase.note = "variant=prc; the PRC formula";
    type_term(phrase, LexiconKind::code_phrases, "code_phrases.tsv");
    CHECK(phrase.variant == Variant::prc);

    Term cue;
    cue.category = "us-usage";
    type_term(cue, LexiconKind::cues, "cues.tsv");
    CHECK(cue.kind == Category::us_usage);

    Term bad;
    bad.category = "x";
    bad.note = "a plain gloss";
    bad.line = 7;
    CHECK_THROWS_WITH_AS(type_term(bad, LexiconKind::actors, "actors.tsv"),
                         "actors.tsv:7:1: note must start with side=us|prc|other", readoutdiff::Error);
}

TEST_CASE("every built-in term of a file with named categories has a typed category") {
    using readoutdiff::lexicon::Category;
    for (const auto* terms : {&builtin_lexicons().tone, &builtin_lexicons().cues, &builtin_lexicons().characterization}) {
        for (const Term& term : *terms) {
            CAPTURE(term.text);
            CHECK(term.kind != Category::id);
            CHECK(readoutdiff::lexicon::to_string(term.kind) == term.category);
        }
    }
}

TEST_CASE("side_from_string and to_string") {
    using readoutdiff::lexicon::side_from_string;
    using readoutdiff::lexicon::to_string;
    CHECK(side_from_string("us") == Side::us);
    CHECK(side_from_string("prc") == Side::prc);
    CHECK(side_from_string("other") == Side::both);
    CHECK(side_from_string("both") == Side::both);
    CHECK(side_from_string("US") == Side::unknown);
    CHECK(to_string(Side::us) == "us");
    CHECK(to_string(Side::prc) == "prc");
    CHECK(to_string(Side::both) == "both");
    CHECK(to_string(Side::unknown) == "unknown");
}

TEST_CASE("the build-time term tokens are what the tokenizer gives, for every built-in term") {
    const Lexicons& lexicons = builtin_lexicons();
    size_t checked = 0;
    for (const auto* terms : lexicons.term_lexicons()) {
        for (const Term& term : *terms) {
            CAPTURE(term.text);
            std::optional<TermTokens> known = builtin_term_tokens(term.text);
            REQUIRE(known.has_value());
            std::vector<std::string> words, stems;
            for (const auto& token : readoutdiff::segment::phrase_tokens(term.text)) {
                words.push_back(token.folded);
                stems.push_back(token.stem);
            }
            CHECK(known->words == words);
            CHECK(known->stems == stems);
            ++checked;
        }
    }
    CHECK(checked > 1000);
    CHECK_FALSE(builtin_term_tokens("a phrase in no lexicon").has_value());
}

TEST_CASE("the compiled built-in lexicons are the built-in files as the loader reads them") {
    const Lexicons& compiled = builtin_lexicons();
    Lexicons parsed = readoutdiff::lexicon::parse_builtin_lexicons();
    auto same_terms = [](const std::vector<Term>& a, const std::vector<Term>& b) {
        REQUIRE(a.size() == b.size());
        for (size_t i = 0; i < a.size(); ++i) {
            CAPTURE(b[i].text);
            CHECK(a[i].text == b[i].text);
            CHECK(a[i].words == b[i].words);
            CHECK(a[i].stems == b[i].stems);
            CHECK(a[i].category == b[i].category);
            CHECK(a[i].kind == b[i].kind);
            CHECK(a[i].side == b[i].side);
            CHECK(a[i].actor_kind == b[i].actor_kind);
            CHECK(a[i].variant == b[i].variant);
            CHECK(a[i].weight == b[i].weight);
            CHECK(a[i].note == b[i].note);
            CHECK(a[i].line == b[i].line);
        }
    };
    same_terms(compiled.tone, parsed.tone);
    same_terms(compiled.topic_terms, parsed.topic_terms);
    same_terms(compiled.actors, parsed.actors);
    same_terms(compiled.characterization, parsed.characterization);
    same_terms(compiled.cues, parsed.cues);
    same_terms(compiled.code_phrases, parsed.code_phrases);
    same_terms(compiled.paraphrases, parsed.paraphrases);
    REQUIRE(compiled.topics.size() == parsed.topics.size());
    for (size_t i = 0; i < parsed.topics.size(); ++i) {
        CHECK(compiled.topics[i].id == parsed.topics[i].id);
        CHECK(compiled.topics[i].label == parsed.topics[i].label);
    }
    same_terms(compiled.abbreviations, parsed.abbreviations);
    same_terms(compiled.segment_words, parsed.segment_words);
    CHECK(compiled.segmenting.abbreviations == parsed.segmenting.abbreviations);
    CHECK(compiled.segmenting.stopwords == parsed.segmenting.stopwords);
    CHECK(compiled.segmenting.sentence_openers == parsed.segmenting.sentence_openers);
}

TEST_CASE("load_lexicons replaces only the files present in the directory") {
    LexiconDir dir;
    dir.write("tone.tsv", kHeader + "# one term only\nsplendid talks\tcooperative\t0.9\tnew\n");
    Lexicons lexicons = load_lexicons(dir.path());
    REQUIRE(lexicons.tone.size() == 1);
    CHECK(lexicons.tone[0].text == "splendid talks");
    CHECK(joined(lexicons.tone[0].stems) == "splendid | talk");
    CHECK(lexicons.tone[0].line == 3);
    const Lexicons& builtin = builtin_lexicons();
    CHECK(lexicons.topics.size() == builtin.topics.size());
    CHECK(lexicons.topic_terms.size() == builtin.topic_terms.size());
    CHECK(lexicons.actors.size() == builtin.actors.size());
    CHECK(lexicons.cues.size() == builtin.cues.size());
    CHECK(lexicons.abbreviations.size() == builtin.abbreviations.size());
    CHECK(lexicons.cues.front().text == builtin.cues.front().text);
}

TEST_CASE("load_lexicons refuses a missing directory and broken files") {
    SUBCASE("missing directory") {
        CHECK(load_error("/nonexistent/readoutdiff/lexicons") == "/nonexistent/readoutdiff/lexicons: lexicon directory cannot be opened");
    }
    LexiconDir dir;
    SUBCASE("bad weight") {
        dir.write("tone.tsv", kHeader + "calm\tcooperative\tabc\t\n");
        CHECK(load_error(dir.path()) == dir.path() + "/tone.tsv:2:18: weight 'abc' is not a number");
    }
    SUBCASE("weight outside the category's range") {
        dir.write("tone.tsv", kHeader + "calm\tconfrontational\t0.5\t\n");
        CHECK(load_error(dir.path()) == dir.path() + "/tone.tsv:2:22: weight 0.5 is outside [-1, 0]");
    }
    SUBCASE("unknown category") {
        dir.write("characterization.tsv", kHeader + "calm\twarm\t0.5\t\n");
        CHECK(load_error(dir.path()) == dir.path() +
                                            "/characterization.tsv:2:6: unknown category 'warm' (expected one of: "
                                            "candid, constructive, cordial, exchanged-views, frank)");
    }
    SUBCASE("duplicate term") {
        dir.write("tone.tsv", kHeader + "calm\tcooperative\t0.5\t\ncalm\tcooperative\t0.6\t\n");
        CHECK(load_error(dir.path()) == dir.path() + "/tone.tsv:3:1: duplicate term 'calm' in category 'cooperative'");
    }
    SUBCASE("a term that finds the words another of its category finds") {
        // "warn" finds "warning": the two would count every warning twice.
        dir.write("tone.tsv", kHeader + "warn\twarning\t-0.7\t\nwarning\twarning\t-0.7\t\nwarning\tassertive\t0.9\t\n");
        CHECK(load_error(dir.path()) ==
              dir.path() + "/tone.tsv:3:1: term 'warning' finds the words of 'warn' (line 2) in category 'warning'");
    }
    SUBCASE("term without words") {
        dir.write("tone.tsv", kHeader + "...\tcooperative\t0.5\t\n");
        CHECK(load_error(dir.path()) == dir.path() + "/tone.tsv:2:1: term '...' has no words");
    }
    SUBCASE("actor without a side") {
        dir.write("actors.tsv", kHeader + "zhou enlai\tzhou-enlai\t1\tkind=person\n");
        CHECK(load_error(dir.path()) == dir.path() + "/actors.tsv:2:1: note must start with side=us|prc|other");
    }
    SUBCASE("topic term under a topic that topics.tsv lacks") {
        dir.write("topics.tsv", "topic\tlabel\tkind\twithin\ntaiwan\tTaiwan\ttopic\t\n");
        // The built-in topic_terms.tsv is checked against the replaced topics:
        // the error names its first row under another topic.
        std::string_view builtin = readoutdiff::lexicon::builtin_lexicon_file("topic_terms.tsv");
        size_t line = 1 + static_cast<size_t>(std::count(builtin.begin(), builtin.begin() + static_cast<std::ptrdiff_t>(builtin.find("\ttrade\t")), '\n'));
        size_t row_start = builtin.rfind('\n', builtin.find("\ttrade\t")) + 1;
        size_t column = builtin.find("\ttrade\t") - row_start + 2;
        CHECK(load_error(dir.path()) == "corpus/lexicons/topic_terms.tsv (built in):" + std::to_string(line) + ":" +
                                            std::to_string(column) + ": unknown category 'trade' (expected one of: taiwan)");
    }
    SUBCASE("topic of an unknown kind") {
        dir.write("topics.tsv", "topic\tlabel\tkind\twithin\ntaiwan\tTaiwan\tsubtopic\t\n");
        CHECK(load_error(dir.path()) == dir.path() + "/topics.tsv:2:15: kind 'subtopic' is not topic, broad, subject or finer");
    }
    SUBCASE("a finer subject names the topic it refines, listed above it; no other kind names one") {
        dir.write("topics.tsv", "topic\tlabel\tkind\twithin\ntrade\tTrade\ttopic\t\ndebt\tDebt\tfiner\t\n");
        CHECK(load_error(dir.path()) == dir.path() + "/topics.tsv:3:17: a finer subject, and only one, names the topic it is within");
        dir.write("topics.tsv", "topic\tlabel\tkind\twithin\ntrade\tTrade\ttopic\tclimate\n");
        CHECK(load_error(dir.path()) == dir.path() + "/topics.tsv:2:19: a finer subject, and only one, names the topic it is within");
        dir.write("topics.tsv", "topic\tlabel\tkind\twithin\ndebt\tDebt\tfiner\ttrade\ntrade\tTrade\ttopic\t\n");
        CHECK(load_error(dir.path()) == dir.path() + "/topics.tsv:2:17: 'trade' is no topic listed above");
    }
}

TEST_CASE("check_lexicons refuses a directory without lexicon files and accepts a good file") {
    LexiconDir dir;
    CHECK(joined(check_lexicons(dir.path())) ==
          dir.path() + ": contains no lexicon files (.tsv files named as in corpus/lexicons/)");
    dir.write("tone.tsv", kHeader + "calm\tcooperative\t0.5\t\n");
    CHECK(check_lexicons(dir.path()).empty());
}

TEST_CASE("check_lexicons lists every bad row of a file, in line order") {
    LexiconDir dir;
    dir.write("tone.tsv", kHeader + "firm\tassertive\tabc\t\nshort\tcooperative\n" + "calm\tcooperative\t0.5\t\n" +
                              "calm\tcooperative\t0.5\t\n");
    CHECK(joined(check_lexicons(dir.path())) ==
          joined(std::vector<std::string>{
              dir.path() + "/tone.tsv:2:16: weight 'abc' is not a number",
              dir.path() + "/tone.tsv:3:1: expected 4 tab-separated columns (term, category, weight, note), found 2",
              dir.path() + "/tone.tsv:5:1: duplicate term 'calm' in category 'cooperative'",
          }));
}

TEST_CASE("check_lexicons reports every broken file with file:line") {
    LexiconDir dir;
    dir.write("tone.tsv", kHeader + "calm\tcooperative\t0.5\t\nfirm\tassertive\tabc\t\n");
    dir.write("cues.tsv", kHeader + "ask for\trequests\t1\t\n");
    dir.write("notes.tsv", kHeader);
    std::vector<std::string> problems = check_lexicons(dir.path());
    REQUIRE(problems.size() == 3);
    CHECK(problems[0] == dir.path() + "/notes.tsv: not a lexicon file name (known: abbreviations.tsv, segment_words.tsv, tone.tsv, "
                                      "topics.tsv, topic_terms.tsv, actors.tsv, characterization.tsv, cues.tsv, "
                                      "code_phrases.tsv, paraphrases.tsv)");
    CHECK(problems[1] == dir.path() + "/tone.tsv:3:16: weight 'abc' is not a number");
    // The categories are listed in alphabetical order; the list grows with cues.tsv.
    std::string unknown = dir.path() + "/cues.tsv:2:9: unknown category 'requests' (expected one of: agenda, agreement, ";
    CHECK(problems[2].rfind(unknown, 0) == 0);
    CHECK(problems[2].find(", request, restate, settle, speech, travel, us-usage, venue, view)") != std::string::npos);
}

TEST_CASE("check_lexicons reports a directory it cannot open") {
    CHECK(joined(check_lexicons("/nonexistent/readoutdiff/lexicons")) ==
          "/nonexistent/readoutdiff/lexicons: lexicon directory cannot be opened");
}

