// A readout is analyzed as compare analyzes it (the same side, the same
// actors), so the pair stage and the reports never disagree on whose
// readout a text is.
#include "pair/readout.h"

#include "error.h"
#include "segment/segment.h"
#include "segment/tokenizer.h"
#include "text/language.h"

namespace readoutdiff::pair {
namespace {

bool has_letter(const std::string& word) {
    for (char c : word) {
        if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) return true;
    }
    return false;
}

// Whether token i lies inside one of the matches (an actor's name).
bool inside(const std::vector<analyze::TermMatch>& matches, size_t i) {
    for (const analyze::TermMatch& m : matches) {
        if (i >= m.first && i <= m.last) return true;
    }
    return false;
}

void set_date(Readout& readout, const text::Text& text) {
    readout.date_origin = text.date_origin;
    if (std::optional<text::CalendarDate> date = text::parse_iso_date(text.date)) {
        readout.day = text::day_number(*date);
    } else if (text.month_day.size() == 5) {
        text::CalendarDate date{0, static_cast<unsigned>(std::stoul(text.month_day.substr(0, 2))),
                                static_cast<unsigned>(std::stoul(text.month_day.substr(3, 2)))};
        readout.year_less = date;
    }
}

}  // namespace

Profiler::Profiler(const analyze::Analyzer& analyzer)
    : m_analyzer(analyzer), m_actors(analyzer.lexicons().actors), m_cues(analyzer.lexicons().cues) {}

Readout Profiler::profile(const std::string& path, size_t max_bytes) const {
    try {
        Readout readout = profile_text(text::read_text(path, max_bytes));
        readout.path = path;
        return readout;
    } catch (const Error& error) {
        Readout readout;
        readout.path = path;
        readout.problem = ReadoutProblem::unreadable;
        readout.problem_message = error.message();
        return readout;
    }
}

Readout Profiler::profile_text(text::Text text) const {
    Readout readout;
    readout.path = text.path;
    readout.title = text.title;
    set_date(readout, text);
    try {
        text::check_english(text);
    } catch (const Error& error) {
        readout.problem = ReadoutProblem::not_english;
        readout.problem_message = error.message();
        return readout;
    }
    std::vector<segment::Token> title = segment::phrase_tokens(text.title);
    std::vector<analyze::TermMatch> title_actors = m_actors.find(title);
    analyze::Analysis analysis =
        m_analyzer.analyze(segment::segment(std::move(text), m_analyzer.lexicons().segmenting));
    readout.side = analysis.side == Side::both ? Side::unknown : analysis.side;
    readout.words = analysis.word_count;
    std::vector<std::vector<analyze::TermMatch>> sentence_actors;
    for (size_t i = 0; i < analysis.sentences.size(); ++i) {
        const segment::Sentence& sentence = analysis.document.sentences[i];
        sentence_actors.push_back(m_actors.find(sentence.tokens));
        for (size_t t = 0; t < sentence.tokens.size(); ++t) {
            const segment::Token& token = sentence.tokens[t];
            if (token.stopword || !has_letter(token.folded) || inside(sentence_actors.back(), t)) {
                continue;
            }
            readout.terms.push_back(token.stem);
        }
        for (const std::string& point : analysis.sentences[i].points) readout.terms.push_back("point " + point);
        for (const std::string& topic : analysis.sentences[i].topics) readout.terms.push_back("topic " + topic);
    }
    readout.principals = principals_of(title_actors, sentence_actors, readout.side);
    std::vector<segment::Token> opening;
    if (!analysis.document.sentences.empty()) opening = analysis.document.sentences.front().tokens;
    readout.kind = meeting_kind(title, m_cues.find(title), opening, m_cues.find(opening));
    return readout;
}

}  // namespace readoutdiff::pair
