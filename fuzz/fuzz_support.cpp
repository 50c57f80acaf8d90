// The contract checks follow the comments of the headers in src/ (ranges of
// scores, ids that index their sentences, rows that show every sentence once);
// they only read, so a harness can apply them to any stage's output.
#include "fuzz_support.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "error.h"
#include "lexicon/lexicons.h"
#include "pipeline/pipeline.h"
#include "text/text.h"

namespace fuzz {

using namespace readoutdiff;

namespace {

std::string printable(std::string_view bytes) {
    std::string out;
    for (unsigned char c : bytes.substr(0, 400)) {
        if (c >= 0x20 && c < 0x7F && c != '\\') {
            out += static_cast<char>(c);
        } else {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02X", c);
            out += hex;
        }
    }
    if (bytes.size() > 400) out += "...";
    return out;
}

bool in_range(double x, double low, double high) { return std::isfinite(x) && x >= low && x <= high; }

void check_ids(const std::vector<int>& ids, size_t count, const char* what) {
    for (int id : ids) FUZZ_CHECK(id >= 1 && static_cast<size_t>(id) <= count, what);
}

}  // namespace

void fail(std::string_view what, std::string_view detail) {
    std::fprintf(stderr, "\nfuzz check failed: %.*s\n", static_cast<int>(what.size()), what.data());
    if (!detail.empty()) std::fprintf(stderr, "  detail: %s\n", printable(detail).c_str());
    std::fflush(stderr);
    std::abort();
}

const analyze::Analyzer& analyzer() {
    static const analyze::Analyzer instance(lexicon::builtin_lexicons());
    return instance;
}

Pair split_pair(const uint8_t* data, size_t size) {
    std::string_view all(reinterpret_cast<const char*>(data), size);
    size_t nul = all.find('\0');
    if (nul == std::string_view::npos) return {all, all};
    return {all.substr(0, nul), all.substr(nul + 1)};
}

std::optional<compare::Comparison> compare_pair(const Pair& pair) {
    text::Text left, right;
    try {
        left = text::parse_text(pair.left, "left.txt");
        right = text::parse_text(pair.right, "right.txt");
    } catch (const Error&) {
        return std::nullopt;  // rejected input: the expected outcome for bad bytes
    }
    compare::Comparison comparison = pipeline::compare_texts(std::move(left), std::move(right), analyzer());
    check_comparison(comparison);
    return comparison;
}

std::vector<std::string_view> lines(std::string_view report) {
    std::vector<std::string_view> out;
    size_t start = 0;
    while (start < report.size()) {
        size_t end = std::min(report.find('\n', start), report.size());
        out.push_back(report.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

bool valid_utf8(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        size_t n;
        uint32_t cp;
        if (c < 0x80) { ++i; continue; }
        if (c >= 0xC2 && c <= 0xDF) n = 1, cp = c & 0x1F;
        else if (c >= 0xE0 && c <= 0xEF) n = 2, cp = c & 0x0F;
        else if (c >= 0xF0 && c <= 0xF4) n = 3, cp = c & 0x07;
        else return false;
        if (i + n >= s.size()) return false;  // truncated sequence
        for (size_t k = 1; k <= n; ++k) {
            auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (b & 0x3F);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        i += n + 1;
    }
    return true;
}

void check_document(const segment::Document& d) {
    const std::string& body = d.text.body;
    FUZZ_CHECK(valid_utf8(body), body);
    FUZZ_CHECK(valid_utf8(d.text.title), d.text.title);
    FUZZ_CHECK(d.text.date.empty() || d.text.date.size() == 10, d.text.date);
    FUZZ_CHECK(body.find("\n\n\n") == std::string::npos, body);  // paragraphs separated by exactly "\n\n"
    int previous_paragraph = 1;
    for (size_t i = 0; i < d.sentences.size(); ++i) {
        const segment::Sentence& s = d.sentences[i];
        FUZZ_CHECK(s.id == static_cast<int>(i) + 1, body);
        FUZZ_CHECK(s.paragraph >= previous_paragraph, body);  // 1-based, in document order
        previous_paragraph = s.paragraph;
        FUZZ_CHECK(s.span.begin <= s.span.end && s.span.end <= body.size(), body);
        std::string_view text = d.sentence_text(s);
        FUZZ_CHECK(valid_utf8(text), text);
        FUZZ_CHECK(text.find("\n\n") == std::string_view::npos, text);  // no sentence spans two paragraphs
        for (const segment::Token& t : s.tokens) {
            FUZZ_CHECK(t.span.begin <= t.span.end && t.span.end <= body.size(), text);
            FUZZ_CHECK(t.span.begin >= s.span.begin && t.span.end <= s.span.end, text);
            FUZZ_CHECK(valid_utf8(d.slice(t.span)), d.slice(t.span));
        }
    }
}

void check_analysis(const analyze::Analysis& a) {
    const size_t n = a.document.sentences.size();
    const std::string& body = a.document.text.body;
    FUZZ_CHECK(a.sentences.size() == n, body);
    const lexicon::Lexicons& lexicons = analyzer().lexicons();
    for (const auto& s : a.sentences) {
        FUZZ_CHECK(in_range(s.tone.score, -1, 1), body);
        FUZZ_CHECK(in_range(s.tone.assertiveness, 0, 1), body);
        FUZZ_CHECK(in_range(s.tone.hedging, 0, 1), body);
        for (const auto& hit : s.tone.terms) FUZZ_CHECK(std::isfinite(hit.weight), hit.term);
        FUZZ_CHECK(std::is_sorted(s.entities.begin(), s.entities.end()), body);
        FUZZ_CHECK(std::adjacent_find(s.entities.begin(), s.entities.end()) == s.entities.end(), body);
        for (const auto& topic : s.topics) FUZZ_CHECK(lexicons.find_topic(topic) != nullptr, topic);
    }
    FUZZ_CHECK(in_range(a.tone.score, -1, 1), body);
    FUZZ_CHECK(in_range(a.tone.assertiveness, 0, 1), body);
    FUZZ_CHECK(in_range(a.tone.hedging, 0, 1), body);
    FUZZ_CHECK(std::isfinite(a.tone.confrontation) && a.tone.confrontation >= 0, body);
    FUZZ_CHECK(std::isfinite(a.tone.cooperation) && a.tone.cooperation >= 0, body);
    check_ids(a.agreements, n, "agreement sentence id");
    FUZZ_CHECK(a.request_sentence >= 0 && static_cast<size_t>(a.request_sentence) <= n, body);
    for (const auto& w : a.characterization) {
        FUZZ_CHECK(w.sentence >= 1 && static_cast<size_t>(w.sentence) <= n, body);
        FUZZ_CHECK(in_range(w.warmth, 0, 1), w.word);
    }
    for (const auto& hit : a.code_phrases) FUZZ_CHECK(hit.sentence >= 1 && static_cast<size_t>(hit.sentence) <= n, body);
}

void check_alignment(const align::Alignment& alignment, size_t left_count, size_t right_count) {
    std::vector<int> left_seen(left_count + 1, 0), right_seen(right_count + 1, 0);
    int previous_first = 0;
    for (const auto& link : alignment.links) {
        FUZZ_CHECK(!link.left.empty() && link.left.size() <= 2, "link.left size");
        FUZZ_CHECK(!link.right.empty() && link.right.size() <= 2, "link.right size");
        FUZZ_CHECK(std::is_sorted(link.left.begin(), link.left.end()), "link.left ascending");
        FUZZ_CHECK(std::is_sorted(link.right.begin(), link.right.end()), "link.right ascending");
        check_ids(link.left, left_count, "link left id");
        check_ids(link.right, right_count, "link right id");
        FUZZ_CHECK(in_range(link.score, 0, 1), "link score in [0, 1]");
        FUZZ_CHECK(link.left.front() >= previous_first, "links ordered by first left sentence");
        previous_first = link.left.front();
        for (int id : link.left) left_seen[static_cast<size_t>(id)]++;
        for (int id : link.right) right_seen[static_cast<size_t>(id)]++;
    }
    check_ids(alignment.unmatched_left, left_count, "unmatched left id");
    check_ids(alignment.unmatched_right, right_count, "unmatched right id");
    FUZZ_CHECK(std::is_sorted(alignment.unmatched_left.begin(), alignment.unmatched_left.end()), "unmatched_left ascending");
    FUZZ_CHECK(std::is_sorted(alignment.unmatched_right.begin(), alignment.unmatched_right.end()), "unmatched_right ascending");
    for (int id : alignment.unmatched_left) left_seen[static_cast<size_t>(id)]++;
    for (int id : alignment.unmatched_right) right_seen[static_cast<size_t>(id)]++;
    // Every sentence is either in exactly one link or unmatched.
    for (size_t id = 1; id <= left_count; ++id) FUZZ_CHECK(left_seen[id] == 1, "left sentence " + std::to_string(id));
    for (size_t id = 1; id <= right_count; ++id) FUZZ_CHECK(right_seen[id] == 1, "right sentence " + std::to_string(id));
}

void check_comparison(const compare::Comparison& c) {
    check_document(c.left.document);
    check_document(c.right.document);
    check_analysis(c.left);
    check_analysis(c.right);
    size_t nl = c.left.sentences.size(), nr = c.right.sentences.size();
    check_alignment(c.alignment, nl, nr);
    FUZZ_CHECK(c.links.size() == c.alignment.links.size(), "links parallel to alignment.links");
    const auto& topics = analyzer().lexicons().topics;
    size_t emphasis_topics = static_cast<size_t>(
        std::count_if(topics.begin(), topics.end(), [](const lexicon::Topic& t) { return !t.subject_only(); }));
    FUZZ_CHECK(c.topics.size() == emphasis_topics, "every lexicon topic but the subjects of sections");
    for (const auto& t : c.topics) {
        for (const compare::TopicSide* side : {&t.left, &t.right}) {
            FUZZ_CHECK(in_range(side->share, 0, 1), t.id);
            FUZZ_CHECK(side->mentions >= 0, t.id);
            FUZZ_CHECK((side->mentions > 0) == side->rank.has_value(), t.id);
            FUZZ_CHECK((side->mentions > 0) == side->first_sentence.has_value(), t.id);
        }
        if (t.left.first_sentence) FUZZ_CHECK(*t.left.first_sentence >= 1 && static_cast<size_t>(*t.left.first_sentence) <= nl, t.id);
        if (t.right.first_sentence) FUZZ_CHECK(*t.right.first_sentence >= 1 && static_cast<size_t>(*t.right.first_sentence) <= nr, t.id);
    }
    if (c.topic_rank_correlation) FUZZ_CHECK(in_range(*c.topic_rank_correlation, -1, 1), "rank correlation in [-1, 1]");
    FUZZ_CHECK(std::isfinite(c.length_ratio) && c.length_ratio >= 0, "length ratio");
    FUZZ_CHECK(in_range(c.coverage, 0, 1), "coverage in [0, 1]");
    FUZZ_CHECK(std::isfinite(c.verdict.margin) && c.verdict.margin >= 0, "verdict margin");
    // The report shows every link in one same-point row and every sentence at
    // least once (a sentence that only mentions a subject may stand in two sections).
    std::vector<int> link_rows(c.alignment.links.size(), 0), left_rows(nl + 1, 0), right_rows(nr + 1, 0);
    auto count = [](std::vector<int>& seen, const std::vector<int>& ids, size_t n, const char* what) {
        for (int id : ids) {
            FUZZ_CHECK(id >= 1 && static_cast<size_t>(id) <= n, what);
            seen[static_cast<size_t>(id)]++;
        }
    };
    for (const auto& group : c.groups) {
        for (const auto& row : group.rows) {
            if (row.kind == compare::RowKind::same_point) {
                FUZZ_CHECK(row.link && *row.link < link_rows.size(), "row link index");
                link_rows[*row.link]++;
            }
            count(left_rows, row.left, nl, "left row id");
            count(right_rows, row.right, nr, "right row id");
        }
    }
    for (int n : link_rows) FUZZ_CHECK(n == 1, "each link in one row");
    for (size_t id = 1; id <= nl; ++id) FUZZ_CHECK(left_rows[id] >= 1, "left sentence shown " + std::to_string(id));
    for (size_t id = 1; id <= nr; ++id) FUZZ_CHECK(right_rows[id] >= 1, "right sentence shown " + std::to_string(id));
}

}  // namespace fuzz
