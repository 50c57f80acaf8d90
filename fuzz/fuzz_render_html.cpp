// Harness (d), HTML report. The input is a pair (LEFT \0 RIGHT). The check
// that no input text reaches the page unescaped is differential, so it needs
// no HTML parser and has no false alarms: the report is rendered twice, from
// the Comparison and from a copy in which every '<', '"' and '\'' of every
// string (input text and all) became '>'. That copy has the same structure
// (same lengths, spans, rows; safe_http_url rejects all four characters
// alike) and a correct escaper turns all four into entities without those
// characters, so both pages must hold exactly as many '<', '"' and '\''.
// An input character written raw leaves one more in the first page.
// Also: the page is valid UTF-8 and holds no raw bidirectional override or
// isolate control (they must be shown as visible "[U+202E]" marks).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>

#include "error.h"
#include "fuzz_support.h"
#include "render/html_report.h"

using namespace readoutdiff;

namespace {

void neutralize(std::string& s) {
    for (char& c : s) {
        if (c == '<' || c == '"' || c == '\'') c = '>';
    }
}
void neutralize(std::vector<std::string>& v) {
    for (auto& s : v) neutralize(s);
}
void neutralize(std::vector<analyze::TermHit>& hits) {
    for (auto& hit : hits) {
        neutralize(hit.term);
        neutralize(hit.rule);
    }
}
void neutralize(analyze::Analysis& a) {
    text::Text& t = a.document.text;
    for (std::string* s : {&t.path, &t.title, &t.date, &t.source, &t.body}) neutralize(*s);
    for (auto& sentence : a.document.sentences) {
        for (auto& token : sentence.tokens) {
            neutralize(token.folded);
            neutralize(token.stem);
        }
    }
    for (auto& s : a.sentences) {
        neutralize(s.entities);
        neutralize(s.points);
        neutralize(s.topics);
        neutralize(s.subject);
        neutralize(s.mentioned_subjects);
        neutralize(s.speaker);
        neutralize(s.tone.terms);
    }
    neutralize(a.tone.terms);
    for (auto& w : a.characterization) {
        neutralize(w.word);
        neutralize(w.stems);
    }
    for (auto& hit : a.code_phrases) {
        neutralize(hit.group);
        neutralize(hit.term);
    }
}
void neutralize(compare::Comparison& c) {
    neutralize(c.left);
    neutralize(c.right);
    for (auto& link : c.alignment.links) neutralize(link.reason);
    for (auto& link : c.links) {
        for (auto& segment : link.diff) neutralize(segment.text);
    }
    for (auto& topic : c.topics) {
        neutralize(topic.id);
        neutralize(topic.label);
    }
    for (auto& section : c.alignment.sections) neutralize(section.subject);
    neutralize(c.section_labels);
    for (auto* passages : {&c.only_left, &c.only_right}) {
        for (auto& passage : *passages) {
            neutralize(passage.subject);
            neutralize(passage.label);
        }
    }
    for (auto* summary : {&c.left_summary, &c.right_summary}) {
        neutralize(summary->label);
        neutralize(summary->tone_drivers);
    }
    for (auto& row : c.code_phrases) {
        neutralize(row.group);
        neutralize(row.left);
        neutralize(row.right);
    }
    for (auto& group : c.groups) neutralize(group.label);
}

std::string render_page(const compare::Comparison& c) {
    std::ostringstream out;
    render::write_html(c, out);
    return out.str();
}

size_t count(const std::string& s, char c) { return static_cast<size_t>(std::count(s.begin(), s.end(), c)); }

// First raw U+202A..U+202E or U+2066..U+2069, or npos.
size_t find_bidi_control(const std::string& s) {
    for (size_t i = 0; i + 2 < s.size(); ++i) {
        auto b0 = static_cast<unsigned char>(s[i]), b1 = static_cast<unsigned char>(s[i + 1]),
             b2 = static_cast<unsigned char>(s[i + 2]);
        if (b0 == 0xE2 && ((b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9))) return i;
    }
    return std::string::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    try {
        std::optional<compare::Comparison> comparison = fuzz::compare_pair(fuzz::split_pair(data, size));
        if (!comparison) return 0;
        std::string page = render_page(*comparison);
        FUZZ_CHECK(fuzz::valid_utf8(page), page);
        size_t bidi = find_bidi_control(page);
        FUZZ_CHECK(bidi == std::string::npos, page.substr(bidi == std::string::npos ? 0 : bidi, 200));
        neutralize(*comparison);
        std::string neutral = render_page(*comparison);
        for (char c : {'<', '"', '\''}) {
            if (count(page, c) == count(neutral, c)) continue;
            // Show where the two pages first differ: the raw character is there.
            size_t k = 0;
            while (k < page.size() && k < neutral.size() && page[k] == neutral[k]) ++k;
            size_t from = k > 120 ? k - 120 : 0;
            fuzz::fail(std::string("input character written unescaped into the HTML report: ") + c + " (" +
                           std::to_string(count(page, c)) + " vs " + std::to_string(count(neutral, c)) + " in the neutral copy)",
                       page.substr(from, 240));
        }
    } catch (const Error&) {
    }
    return 0;
}
