// Every table is the same three-column grid (a gutter, then one column per
// side); cells are lists of styled words wrapped by display width, so CJK
// text and color codes never push a line past the width. A style is a
// meaning, and each meaning has one color; the last line names them (or,
// without color, the marks that stand for them).
#include "render/term_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "render/display_width.h"
#include "render/format.h"
#include "render/terminal_words.h"

namespace readoutdiff::render {
namespace {

using compare::Comparison;
using compare::DiffOp;

enum class Style {
    plain,
    only_left,        // a word-diffed run only in the left readout
    only_right,       // only in the right readout
    confrontational,  // a tone term with a negative weight
    cooperative,      // a tone term with a positive weight
    absent,           // a topic a side does not mention
    muted,            // sentence numbers, notes, dashes
    strong,           // headings
};

struct Word {
    std::string text;
    Style style = Style::plain;
    bool path = false;  // a file path: broken only after a '/'
};

using Cell = std::vector<Word>;
using Line = std::vector<Word>;

constexpr std::string_view kSeparator = " │ ";
constexpr size_t kSummaryGutter = 15;

std::string_view color_code(Style style) {
    switch (style) {
        case Style::only_left: return "\033[31m";
        case Style::only_right: return "\033[32m";
        case Style::confrontational: return "\033[35m";
        case Style::cooperative: return "\033[36m";
        case Style::absent: return "\033[33m";
        case Style::muted: return "\033[2m";
        case Style::strong: return "\033[1m";
        case Style::plain: break;
    }
    return "";
}

// Readouts come from the web: terminal_words drops the control characters.
void add_words(Cell& cell, std::string_view text, Style style = Style::plain) {
    for (std::string& word : terminal_words(text)) cell.push_back(Word{std::move(word), style});
}

Cell words(std::string_view text, Style style = Style::plain) {
    Cell cell;
    add_words(cell, text, style);
    return cell;
}

// Without color, a run of changed words is bracketed like wdiff does.
void add_diff_run(Cell& cell, std::string_view text, Style style, bool color) {
    size_t first = cell.size();
    add_words(cell, text, style);
    if (color || first == cell.size() || style == Style::plain) return;
    bool removed = style == Style::only_left;
    cell[first].text = (removed ? "[-" : "{+") + cell[first].text;
    cell.back().text += removed ? "-]" : "+}";
}

// A path goes on the current line as far as a '/' lets it, then on lines of its own.
void wrap_path(const Word& word, size_t width, std::vector<Line>& lines, size_t& used) {
    size_t room = used == 0 ? width : (used + 1 < width ? width - used - 1 : 0);
    std::vector<std::string> pieces = split_path(word.text, room, width);
    for (size_t k = 0; k < pieces.size(); ++k) {
        if (pieces[k].empty()) continue;  // only the first: nothing fits beside the words before it
        if (used > 0 && (k > 0 || pieces.front().empty())) {
            lines.emplace_back();
            used = 0;
        }
        used += (used > 0 ? 1 : 0) + display_width(pieces[k]);
        lines.back().push_back(Word{pieces[k], word.style, true});
    }
}

std::vector<Line> wrap(const Cell& cell, size_t width) {
    std::vector<Line> lines(1);
    size_t used = 0;
    for (const Word& word : cell) {
        if (word.path) {
            wrap_path(word, width, lines, used);
            continue;
        }
        for (const std::string& piece : split_to_width(word.text, width)) {
            size_t w = display_width(piece);
            if (used > 0 && used + 1 + w > width) {
                lines.emplace_back();
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + w;
            lines.back().push_back(Word{piece, word.style});
        }
    }
    return lines;
}

class Grid {
public:
    Grid(std::ostream& out, const TerminalOptions& options, size_t gutter)
        : m_out(out), m_color(options.color), m_gutter(gutter) {
        size_t rest = options.width - gutter - display_width(kSeparator);
        m_left = rest / 2;
        m_right = rest - m_left;
    }

    void row(std::string_view gutter, const Cell& left, const Cell& right, Style gutter_style = Style::muted) {
        std::vector<Line> l = wrap(left, m_left), r = wrap(right, m_right);
        // A long label goes on over the row's lines; a word too wide for the gutter is cut, with "…".
        std::vector<std::string> label =
            gutter.empty() ? std::vector<std::string>{""} : wrap_label(gutter, m_gutter > 1 ? m_gutter - 1 : 1);
        for (size_t k = 0; k < std::max({l.size(), r.size(), label.size()}); ++k) {
            std::string line;
            std::string head = k < label.size() ? label[k] : "";
            line += styled(head, gutter_style) + std::string(m_gutter - display_width(head), ' ');
            line += render(k < l.size() ? l[k] : Line{}, m_left, true);
            line += kSeparator;
            line += render(k < r.size() ? r[k] : Line{}, m_right, false);
            while (!line.empty() && line.back() == ' ') line.pop_back();
            m_out << line << '\n';
        }
    }

    // A line of text across the whole width, after the gutter.
    void note(const Cell& text, std::string_view gutter = "") {
        for (const Line& line : wrap(text, m_left + display_width(kSeparator) + m_right)) {
            std::string out = std::string(gutter) + std::string(m_gutter - display_width(gutter), ' ');
            out += render(line, 0, false);
            m_out << out << '\n';
            gutter = "";
        }
    }

private:
    std::string styled(std::string_view text, Style style) const {
        if (!m_color || style == Style::plain || text.empty()) return std::string(text);
        return std::string(color_code(style)) + std::string(text) + "\033[0m";
    }

    std::string render(const Line& line, size_t width, bool pad) const {
        std::string out;
        size_t used = 0;
        for (size_t k = 0; k < line.size(); ++k) {
            if (k > 0) out += ' ', ++used;
            out += styled(line[k].text, line[k].style);
            used += display_width(line[k].text);
        }
        if (pad && used < width) out += std::string(width - used, ' ');
        return out;
    }

    std::ostream& m_out;
    bool m_color;
    size_t m_gutter, m_left, m_right;
};

void rule(std::ostream& out, const TerminalOptions& options, std::string_view title) {
    std::string line = "── " + cut_to_width(title, options.width - 4) + " ";
    size_t used = display_width(line);
    for (size_t k = used; k < options.width; ++k) line += "─";
    if (options.color) line = "\033[1m" + line + "\033[0m";
    out << line << '\n';
}

Cell tone_drivers(const compare::SideSummary& side) {
    const std::vector<analyze::TermHit>& top = side.tone_drivers;
    Cell cell;
    for (size_t k = 0; k < top.size(); ++k) {
        add_words(cell, "\"" + top[k].term + "\" " + signed_number(top[k].weight) + (k + 1 < top.size() ? "," : ""),
                  top[k].weight < 0 ? Style::confrontational : Style::cooperative);
    }
    if (cell.empty()) add_words(cell, "no tone terms", Style::muted);
    return cell;
}

Cell list_cell(const std::vector<std::string>& items) {
    return words(list_or_dash(items), items.empty() ? Style::muted : Style::plain);
}

// Topic labels, which may hold commas ("Technology, export controls").
Cell topics_cell(const std::vector<std::string>& labels) {
    return words(label_list(labels), labels.empty() ? Style::muted : Style::plain);
}

// "US corpus/pairs/.../us.txt", the path broken only after a '/'.
Cell file_cell(const std::string& label, const std::string& path) {
    Cell cell = words(upper(label), Style::strong);
    std::string shown;
    for (const std::string& word : terminal_words(path)) shown += (shown.empty() ? "" : " ") + word;
    cell.push_back(Word{shown, Style::strong, true});
    return cell;
}

void write_summary(const Comparison& c, const TerminalOptions& options, std::ostream& out) {
    Grid grid(out, options, kSummaryGutter);
    const auto& l = c.left;
    const auto& r = c.right;
    grid.row("", file_cell(c.left_summary.label, l.document.text.path),
             file_cell(c.right_summary.label, r.document.text.path), Style::plain);
    grid.row("title", words(l.document.text.title.empty() ? "—" : l.document.text.title),
             words(r.document.text.title.empty() ? "—" : r.document.text.title));
    grid.row("tone", words(tone_line(l.tone)), words(tone_line(r.tone)));
    grid.row("driven by", tone_drivers(c.left_summary), tone_drivers(c.right_summary));
    grid.row("meeting", words(characterization_line(l, c.left_summary.warmth)),
             words(characterization_line(r, c.right_summary.warmth)));
    grid.row("asked by", words(request_line(l)), words(request_line(r)));
    grid.row("agreements", words(sentence_list(l.agreements, "claim")), words(sentence_list(r.agreements, "claim")));
    grid.row("agreed, alone", words(sentence_list(c.agreements_only_left, "claim")),
             words(sentence_list(c.agreements_only_right, "claim")));
    grid.row("quotes other", words(sentence_list(c.attributed_unconfirmed_left, "statement")),
             words(sentence_list(c.attributed_unconfirmed_right, "statement")));
    grid.row("only here", topics_cell(only_on(c, true)), topics_cell(only_on(c, false)));
    grid.row("words", words(std::to_string(l.word_count) + " in " + count_of(l.sentences.size(), "sentence")),
             words(std::to_string(r.word_count) + " in " + count_of(r.sentences.size(), "sentence")));
}

Cell topic_cell(const compare::TopicSide& side) {
    if (side.mentions == 0) return words("not mentioned", Style::absent);
    return words(percent(side.share) + " of words, raised #" + std::to_string(*side.rank) + ", " +
                 count_of(static_cast<size_t>(side.mentions), "sentence"));
}

void write_topics(const Comparison& c, const TerminalOptions& options, std::ostream& out) {
    rule(out, options, "Topics (share of words, order raised)");
    size_t gutter = 0;
    for (const auto& t : c.topics) {
        if (t.raised()) gutter = std::max(gutter, display_width(t.label) + 2);
    }
    Grid grid(out, options, std::min<size_t>(gutter, options.width / 3));
    for (const auto& t : c.topics) {
        if (t.raised()) grid.row(t.label, topic_cell(t.left), topic_cell(t.right), Style::plain);
    }
    std::string footer = "Topic order agreement " +
                         (c.topic_rank_correlation ? signed_number(*c.topic_rank_correlation) : std::string("n/a")) +
                         " (Spearman over shared topics; +1 same order, -1 reversed). Length ratio " +
                         upper(c.left_summary.label) + "/" + upper(c.right_summary.label) + " " + fixed(c.length_ratio, 2) + ".";
    grid.note(words(footer, Style::muted));
}

Cell explain_cell(const analyze::Analysis& a, const std::vector<int>& ids) {
    Cell cell;
    for (int id : ids) {
        std::string speaker = speaker_line(a.sentences[static_cast<size_t>(id - 1)]);
        if (!speaker.empty()) add_words(cell, "speaker: " + speaker + ";", Style::muted);
        for (const auto& hit : a.sentences[static_cast<size_t>(id - 1)].tone.terms) {
            add_words(cell, hit.term + " " + signed_number(hit.weight) + " " + std::string(lexicon::to_string(hit.category)) +
                                (hit.rule.empty() ? "" : " (" + hit.rule + ")") + ";",
                      Style::muted);
        }
    }
    return cell;
}

void write_code_phrases(const Comparison& c, const TerminalOptions& options, std::ostream& out) {
    if (c.code_phrases.empty()) return;
    rule(out, options, "Code phrases (the variant each side uses)");
    size_t gutter = 0;
    for (const auto& row : c.code_phrases) gutter = std::max(gutter, display_width(row.group) + 2);
    Grid grid(out, options, std::min<size_t>(gutter, options.width / 3));
    for (const auto& row : c.code_phrases) grid.row(row.group, list_cell(row.left), list_cell(row.right), Style::plain);
    out << '\n';
}

// "[3]" before each sentence of a cell, or "[3,4]" before a word-diffed passage.
std::string id_mark(const std::vector<int>& ids) {
    std::string text;
    for (int id : ids) text += (text.empty() ? "" : ",") + std::to_string(id);
    return "[" + text + "]";
}

Cell whole_sentences(const analyze::Analysis& a, const std::vector<int>& ids) {
    Cell cell;
    for (int id : ids) {
        add_words(cell, id_mark({id}), Style::muted);
        add_words(cell, std::string(a.document.sentence_text(id)));
    }
    return cell;
}

std::string group_heading(const compare::RowGroup& group, const Comparison& c) {
    switch (group.kind) {
        case compare::RowGroup::Kind::section: return group.label;
        case compare::RowGroup::Kind::only_left: return group.label + ": only in " + upper(c.left_summary.label);
        case compare::RowGroup::Kind::only_right: return group.label + ": only in " + upper(c.right_summary.label);
    }
    return group.label;
}

void write_passages(const Comparison& c, const TerminalOptions& options, std::ostream& out) {
    rule(out, options, "Passages by subject (" + count_of(c.alignment.sections.size(), "section") + ", " +
                           count_of(c.alignment.links.size(), "same-point link") + ")");
    Grid grid(out, options, 5);
    for (const compare::RowGroup& group : c.groups) {
        grid.note(words(group_heading(group, c), Style::strong));
        for (const compare::Row& row : group.rows) {
            Cell left, right;
            std::string gutter;
            if (row.kind == compare::RowKind::same_point) {
                add_words(left, id_mark(row.left), Style::muted);
                add_words(right, id_mark(row.right), Style::muted);
                for (const auto& seg : c.links[*row.link].diff) {
                    if (seg.op != DiffOp::right)
                        add_diff_run(left, seg.text, seg.op == DiffOp::left ? Style::only_left : Style::plain,
                                     options.color);
                    if (seg.op != DiffOp::left)
                        add_diff_run(right, seg.text, seg.op == DiffOp::right ? Style::only_right : Style::plain,
                                     options.color);
                }
                gutter = std::string("=") + (c.links[*row.link].crosses ? "x" : "");
            } else {
                left = row.left.empty() ? words("—", Style::muted) : whole_sentences(c.left, row.left);
                right = row.right.empty() ? words("—", Style::muted) : whole_sentences(c.right, row.right);
            }
            grid.row(gutter, left, right);
            if (options.explain) grid.row("", explain_cell(c.left, row.left), explain_cell(c.right, row.right));
            out << '\n';
        }
    }
    std::string legend =
        "= before a row: the two passages make the same point, their words compared (=x: the two "
        "sides raise it in a different order). Other rows: each side's passage on the subject, whole; "
        "— where a side has none. [n]: sentence number. " +
        percent(c.coverage) + " of sentences in a same-point link.";
    grid.note(words(legend, Style::muted));
}

// What each color means, or, without color, the marks that stand for the two colors of the word diff.
void write_legend(const Comparison& c, const TerminalOptions& options, std::ostream& out) {
    std::string L = upper(c.left_summary.label), R = upper(c.right_summary.label);
    Cell legend;
    if (options.color) {
        add_words(legend, "Colors:", Style::strong);
        add_words(legend, "red", Style::only_left);
        add_words(legend, "words only in " + L + ";");
        add_words(legend, "green", Style::only_right);
        add_words(legend, "words only in " + R + ";");
        add_words(legend, "magenta", Style::confrontational);
        add_words(legend, "a confrontational tone term;");
        add_words(legend, "cyan", Style::cooperative);
        add_words(legend, "a cooperative one;");
        add_words(legend, "yellow", Style::absent);
        add_words(legend, "a topic the side does not mention;");
        add_words(legend, "dim", Style::muted);
        add_words(legend, "numbers and notes.");
    } else {
        add_words(legend, "Marks: [-words-] only in " + L + "; {+words+} only in " + R +
                              "; a tone term's weight is signed, - confrontational, + cooperative.");
    }
    Grid(out, options, 5).note(legend);
}

}  // namespace

void write_terminal(const Comparison& c, const TerminalOptions& options, std::ostream& out) {
    write_summary(c, options, out);
    Grid(out, options, kSummaryGutter).note(words(harsher_side(c) + " " + warmer_side(c)));
    out << '\n';
    write_topics(c, options, out);
    out << '\n';
    write_code_phrases(c, options, out);
    write_passages(c, options, out);
    write_legend(c, options, out);
}

}  // namespace readoutdiff::render
