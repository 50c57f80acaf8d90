// Built as plain markup with semantic landmarks (header, main, sections with
// headings, a real table), so it reads with JavaScript off, in print and with
// a screen reader; every piece of input text goes through escape_html.
#include "render/html_report.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>

#include "render/format.h"
#include "render/html_assets.h"
#include "render/html_escape.h"
#include "version.h"

namespace readoutdiff::render {
namespace {

using compare::Comparison;
using compare::DiffOp;

std::string e(std::string_view text) { return escape_html(text); }

// "L2, L13": a set of sentences, never a range.
std::string sentence_ids(char prefix, const std::vector<int>& ids) {
    std::string out;
    for (size_t k = 0; k < ids.size(); ++k) out += (k ? ", " : "") + std::string(1, prefix) + std::to_string(ids[k]);
    return out;
}

// "2, 13", or "–" for none.
std::string sentence_list_short(const std::vector<int>& ids) {
    if (ids.empty()) return "–";
    std::string out;
    for (size_t k = 0; k < ids.size(); ++k) out += (k ? ", " : "") + std::to_string(ids[k]);
    return out;
}

// A scale from -1 (confrontational) to +1 (cooperative) with a marker.
std::string tone_gauge(double score) {
    double x = 4 + (std::clamp(score, -1.0, 1.0) + 1) / 2 * 112;
    return "<svg class=\"gauge\" width=\"120\" height=\"14\" viewBox=\"0 0 120 14\" aria-hidden=\"true\">"
           "<rect x=\"4\" y=\"5\" width=\"56\" height=\"4\" fill=\"var(--conf)\"/>"
           "<rect x=\"60\" y=\"5\" width=\"56\" height=\"4\" fill=\"var(--coop)\"/>"
           "<rect x=\"" + fixed(x - 2, 1) + "\" y=\"0\" width=\"4\" height=\"14\" fill=\"var(--fg)\"/></svg>";
}

// A 0..1 bar.
std::string level_gauge(double value) {
    double width = std::clamp(value, 0.0, 1.0) * 80;
    return "<svg class=\"gauge\" width=\"84\" height=\"10\" viewBox=\"0 0 84 10\" aria-hidden=\"true\">"
           "<rect x=\"2\" y=\"2\" width=\"80\" height=\"6\" fill=\"none\" stroke=\"var(--muted)\"/>"
           "<rect x=\"2\" y=\"2\" width=\"" + fixed(width, 1) + "\" height=\"6\" fill=\"var(--muted)\"/></svg>";
}

std::string terms_text(const std::vector<analyze::TermHit>& terms) {
    std::string out;
    for (const auto& hit : terms) {
        out += (out.empty() ? "" : "; ") + hit.term + " " + signed_number(hit.weight) + " (" + std::string(lexicon::to_string(hit.category)) +
               (hit.rule.empty() ? "" : ", " + hit.rule) + ")";
    }
    return out;
}

std::string tone_badge(const analyze::Analysis& a, const std::vector<int>& ids) {
    std::vector<analyze::TermHit> terms;
    double score = 0;
    for (int id : ids) {
        const auto& tone = a.sentences[static_cast<size_t>(id - 1)].tone;
        terms.insert(terms.end(), tone.terms.begin(), tone.terms.end());
        score += tone.score / static_cast<double>(ids.size());
    }
    if (terms.empty()) return "";
    std::string kind = score <= -0.05 ? " neg" : score >= 0.05 ? " pos" : "";
    std::string text = terms_text(terms);
    return "<button type=\"button\" class=\"tone" + kind + "\" aria-label=\"tone " + signed_number(score) + ": " +
           e(text) + "\">" + signed_number(score) + "<span class=\"tip\" role=\"tooltip\">" + e(text) + "</span></button>";
}

// A sentence shown in two sections (a list naming both subjects) takes its
// anchor id the first time only: ids stay unique on the page.
class SentenceAnchors {
public:
    std::string id_attribute(char prefix, int id) {
        std::string name = std::string(1, prefix) + std::to_string(id);
        return m_used.insert(name).second ? " id=\"" + name + "\"" : "";
    }

private:
    std::set<std::string> m_used;
};

std::string sentence_span(char prefix, const std::vector<int>& ids, const std::string& inner_html, SentenceAnchors& anchors) {
    return "<span class=\"s\"" + anchors.id_attribute(prefix, ids.front()) + " dir=\"auto\"><span class=\"sid\">" +
           sentence_ids(prefix, ids) + "</span>" + inner_html + "</span>";
}

// Links to sentences by id, a set written as a list ("L4, L9"), or "none".
std::string sentence_links(char prefix, const std::vector<int>& ids) {
    if (ids.empty()) return "none";
    std::string out;
    for (int id : ids) {
        std::string name = std::string(1, prefix) + std::to_string(id);
        out += (out.empty() ? "" : ", ") + ("<a href=\"#" + name + "\">" + name + "</a>");
    }
    return out;
}

void write_header(const Comparison& c, std::ostream& out) {
    std::string L = upper(c.left_summary.label), R = upper(c.right_summary.label);
    out << "<header>\n<h1>Readout comparison: <span class=\"label-left\">" << e(L) << "</span> and <span class=\"label-right\">"
        << e(R) << "</span></h1>\n";
    out << "<p class=\"verdict\">" << e(harsher_side(c)) << " " << e(warmer_side(c)) << "</p>\n<div class=\"sides\">\n";
    const analyze::Analysis* sides[] = {&c.left, &c.right};
    const compare::SideSummary* summaries[] = {&c.left_summary, &c.right_summary};
    for (int k = 0; k < 2; ++k) {
        const analyze::Analysis& a = *sides[k];
        const auto& text = a.document.text;
        out << "<section class=\"card\" aria-label=\"" << e(upper(summaries[k]->label)) << " readout\">\n<h3><span class=\""
            << (k == 0 ? "label-left" : "label-right") << "\">" << e(upper(summaries[k]->label)) << "</span> "
            << e(text.title.empty() ? text.path : text.title) << "</h3>\n<dl class=\"facts\">\n";
        out << "<dt>File</dt><dd>" << e(text.path) << "</dd>\n";
        if (!text.date.empty()) out << "<dt>Date</dt><dd>" << e(text.date) << "</dd>\n";
        if (!text.source.empty()) {
            std::string href = safe_http_url(text.source);
            out << "<dt>Source</dt><dd>"
                << (href.empty() ? e(text.source) : "<a href=\"" + href + "\" rel=\"noreferrer noopener\">" + e(text.source) + "</a>")
                << "</dd>\n";
        }
        out << "<dt>Meeting</dt><dd>";
        if (a.characterization.empty()) out << "<span class=\"only\">no words for the meeting</span>";
        for (const auto& w : a.characterization) {
            std::string rung(lexicon::to_string(w.rung));
            out << "<span class=\"chip " << e(rung) << "\" title=\"" << e(rung) << ", warmth " << fixed(w.warmth, 2)
                << "\">" << e(w.word) << "</span>";
        }
        if (summaries[k]->warmth) out << " <span class=\"only\">warmth " << fixed(*summaries[k]->warmth, 2) << "</span>";
        out << "</dd>\n<dt>Tone</dt><dd>" << tone_gauge(a.tone.score) << " " << e(tone_line(a.tone)) << "</dd>\n";
        out << "<dt>Assertive</dt><dd>" << level_gauge(a.tone.assertiveness) << " " << fixed(a.tone.assertiveness, 2) << "</dd>\n";
        out << "<dt>Hedging</dt><dd>" << level_gauge(a.tone.hedging) << " " << fixed(a.tone.hedging, 2) << "</dd>\n";
        std::string drivers;
        for (const auto& hit : summaries[k]->tone_drivers) drivers += (drivers.empty() ? "" : ", ") + ("“" + hit.term + "” " + signed_number(hit.weight));
        out << "<dt>Driven by</dt><dd>" << e(drivers.empty() ? "no tone terms" : drivers) << "</dd>\n";
        out << "<dt>Asked by</dt><dd>" << e(request_line(a)) << "</dd>\n";
        out << "<dt>Agreements</dt><dd>" << sentence_links(k == 0 ? 'L' : 'R', a.agreements);
        out << "</dd>\n<dt>Agreed, alone</dt><dd>" << sentence_links(k == 0 ? 'L' : 'R', k == 0 ? c.agreements_only_left : c.agreements_only_right)
            << "</dd>\n<dt>Quotes the other side, unconfirmed</dt><dd>"
            << sentence_links(k == 0 ? 'L' : 'R', k == 0 ? c.attributed_unconfirmed_left : c.attributed_unconfirmed_right)
            << "</dd>\n<dt>Only here</dt><dd>";
        out << e(label_list(only_on(c, k == 0)));
        out << "</dd>\n<dt>Length</dt><dd>" << count_of(a.word_count, "word") << ", "
            << count_of(a.sentences.size(), "sentence") << "</dd>\n</dl>\n</section>\n";
    }
    out << "</div>\n</header>\n";
}

// One bar and its figures ("8% #7"), or "not mentioned".
std::string topic_bar(const compare::TopicSide& side, double max_share, const char* bar_class) {
    if (side.mentions == 0) return "<span class=\"absent\">not mentioned</span>";
    double width = std::max(1.0, side.share / max_share * 100);
    return "<span class=\"barline\"><span class=\"bar " + std::string(bar_class) +
           "\" style=\"width:" + fixed(width * 0.6, 1) + "%\"></span><span class=\"figure\">" + percent(side.share) +
           " #" + std::to_string(*side.rank) + "</span></span>";
}

// Bars in an HTML table rather than an SVG: its text keeps the page's size
// at every width (a scaled SVG's text shrinks with the screen).
void write_topic_chart(const Comparison& c, std::ostream& out) {
    out << "<section aria-labelledby=\"topics-h\">\n<h2 id=\"topics-h\">Topics: share of each readout and the order raised</h2>\n";
    std::vector<const compare::TopicEmphasis*> raised;
    for (const auto& t : c.topics) {
        if (t.raised()) raised.push_back(&t);
    }
    if (raised.empty()) {
        out << "<p>No topic from the lexicon is mentioned.</p>\n</section>\n";
        return;
    }
    double max_share = 0.01;
    for (const auto* t : raised) max_share = std::max({max_share, t->left.share, t->right.share});
    std::string L = e(upper(c.left_summary.label)), R = e(upper(c.right_summary.label));
    out << "<table class=\"chart\">\n<caption>Share of each readout's words per topic, and the order each side raises "
           "it (#1 first)</caption>\n"
        << "<thead><tr><th scope=\"col\">Topic</th><th scope=\"col\">" << L << "</th><th scope=\"col\">" << R
        << "</th></tr></thead>\n<tbody>\n";
    for (const auto* t : raised) {
        out << "<tr><th scope=\"row\">" << e(t->label) << "</th><td data-side=\"" << L << "\">"
            << topic_bar(t->left, max_share, "bar-left") << "</td><td data-side=\"" << R << "\">"
            << topic_bar(t->right, max_share, "bar-right") << "</td></tr>\n";
    }
    out << "</tbody></table>\n<p>Topic order agreement (Spearman over shared topics; +1 same order, −1 reversed): "
        << (c.topic_rank_correlation ? signed_number(*c.topic_rank_correlation) : std::string("n/a"))
        << ". Length ratio " << L << "/" << R << ": " << fixed(c.length_ratio, 2) << ". " << percent(c.coverage)
        << " of sentences aligned.</p>\n</section>\n";
}

void write_code_phrases(const Comparison& c, std::ostream& out) {
    if (c.code_phrases.empty()) return;
    out << "<section aria-labelledby=\"code-h\">\n<h2 id=\"code-h\">Code phrases: which variant each side uses</h2>\n"
        << "<table class=\"phrases\"><thead><tr><th scope=\"col\">Group</th><th scope=\"col\">" << e(upper(c.left_summary.label))
        << "</th><th scope=\"col\">" << e(upper(c.right_summary.label)) << "</th></tr></thead><tbody>\n";
    for (const auto& row : c.code_phrases) {
        out << "<tr><td>" << e(row.group) << "</td><td>" << e(list_or_dash(row.left)) << "</td><td>" << e(list_or_dash(row.right))
            << "</td></tr>\n";
    }
    out << "</tbody></table>\n</section>\n";
}

// For a same-point link whose point the right side raises elsewhere: the row
// id of the link that comes just before it in the right readout's order.
std::map<size_t, std::string> right_order_predecessors(const Comparison& c, const std::map<size_t, std::string>& row_of_link) {
    std::vector<size_t> by_right;
    for (const auto& [link, row] : row_of_link) by_right.push_back(link);
    std::sort(by_right.begin(), by_right.end(), [&](size_t a, size_t b) {
        return c.alignment.links[a].right.front() < c.alignment.links[b].right.front();
    });
    std::map<size_t, std::string> predecessor;
    for (size_t i = 1; i < by_right.size(); ++i) predecessor[by_right[i]] = row_of_link.at(by_right[i - 1]);
    return predecessor;
}

// Each sentence in its own span, whole.
std::string whole_sentences(char prefix, const analyze::Analysis& a, const std::vector<int>& ids, SentenceAnchors& anchors) {
    if (ids.empty()) return "<span class=\"only\">—</span>";
    std::string html;
    for (int id : ids) html += sentence_span(prefix, {id}, e(std::string(a.document.sentence_text(id))), anchors) + tone_badge(a, {id}) + " ";
    return html;
}

// The word diff of a same-point link, each side's words as it wrote them.
std::pair<std::string, std::string> diff_html(const compare::LinkComparison& link) {
    std::string left_html, right_html;
    for (const auto& seg : link.diff) {
        std::string text = e(seg.text);
        if (seg.op == DiffOp::common) {
            left_html += (left_html.empty() ? "" : " ") + text;
            right_html += (right_html.empty() ? "" : " ") + text;
        } else if (seg.op == DiffOp::left) {
            left_html += (left_html.empty() ? "" : " ") + ("<del class=\"d\">" + text + "</del>");
        } else {
            right_html += (right_html.empty() ? "" : " ") + ("<ins class=\"d\">" + text + "</ins>");
        }
    }
    return {left_html, right_html};
}

std::string group_heading(const compare::RowGroup& group, const std::string& left_name, const std::string& right_name) {
    switch (group.kind) {
        case compare::RowGroup::Kind::section: return e(group.label);
        case compare::RowGroup::Kind::only_left:
            return e(group.label) + " <span class=\"only\">only in " + e(left_name) + "</span>";
        case compare::RowGroup::Kind::only_right:
            return e(group.label) + " <span class=\"only\">only in " + e(right_name) + "</span>";
    }
    return e(group.label);
}

void write_passages(const Comparison& c, std::ostream& out) {
    std::string L = upper(c.left_summary.label), R = upper(c.right_summary.label);
    out << "<section aria-labelledby=\"passages-h\">\n<h2 id=\"passages-h\">Passages side by side, by subject</h2>\n"
        << "<p>" << c.alignment.sections.size() << (c.alignment.sections.size() == 1 ? " subject" : " subjects")
        << " both sides take up, " << c.alignment.links.size() << " same-point "
        << (c.alignment.links.size() == 1 ? "link" : "links")
        << ". Click a sentence to highlight its counterpart; <kbd>j</kbd>/<kbd>k</kbd> move between rows.</p>\n"
        << "<table class=\"passages\">\n<colgroup><col class=\"num\"><col><col></colgroup>\n<thead><tr><th scope=\"col\">#</th>"
        << "<th scope=\"col\">" << e(L) << "</th><th scope=\"col\">" << e(R) << "</th></tr></thead>\n";
    std::map<size_t, std::string> row_of_link;
    size_t row_number = 0;
    for (const compare::RowGroup& group : c.groups) {
        for (const compare::Row& row : group.rows) {
            ++row_number;
            if (row.link) row_of_link[*row.link] = "row-" + std::to_string(row_number);
        }
    }
    std::map<size_t, std::string> predecessor = right_order_predecessors(c, row_of_link);
    SentenceAnchors anchors;
    row_number = 0;
    size_t group_number = 0;
    for (const compare::RowGroup& group : c.groups) {
        ++group_number;
        out << "<tbody class=\"group\"><tr class=\"subject\"><th scope=\"rowgroup\" colspan=\"3\" id=\"subject-" << group_number
            << "\">" << group_heading(group, L, R) << "</th></tr>\n";
        for (const compare::Row& row : group.rows) {
            ++row_number;
            bool same = row.kind == compare::RowKind::same_point;
            out << "<tr class=\"row" << (same ? " same" : "") << "\" id=\"row-" << row_number << "\" tabindex=\"0\"><td class=\"num\">"
                << (same ? "<span title=\"the two passages make the same point\">=</span> " : "")
                << e(sentence_list_short(row.left)) << " / " << e(sentence_list_short(row.right));
            std::string left_cell, right_cell;
            if (same) {
                auto [left_html, right_html] = diff_html(c.links[*row.link]);
                left_cell = sentence_span('L', row.left, left_html, anchors) + tone_badge(c.left, row.left);
                right_cell = sentence_span('R', row.right, right_html, anchors) + tone_badge(c.right, row.right);
                if (c.links[*row.link].crosses) {
                    auto it = predecessor.find(*row.link);
                    out << "<br><a class=\"cross\" href=\"#" << (it == predecessor.end() ? "passages-h" : it->second) << "\" title=\""
                        << e(R) << " raises this point in another order; this link jumps to the row it follows in " << e(R)
                        << "\">↕ " << e(R) << " order</a>";
                }
            } else {
                left_cell = whole_sentences('L', c.left, row.left, anchors);
                right_cell = whole_sentences('R', c.right, row.right, anchors);
            }
            out << "</td><td data-side=\"" << e(L) << "\">" << left_cell << "</td><td data-side=\"" << e(R) << "\">" << right_cell
                << "</td></tr>\n";
        }
        out << "</tbody>\n";
    }
    out << "</table>\n</section>\n";
}

void write_legend(const Comparison& c, std::ostream& out) {
    std::string L = upper(c.left_summary.label), R = upper(c.right_summary.label);
    out << "<section aria-labelledby=\"legend-h\">\n<h2 id=\"legend-h\">How to read this page</h2>\n<ul class=\"legend\">\n"
        << "<li>Each group is a subject both readouts take up, each side's passage on it side by side, whether they agree or not; groups marked <span class=\"only\">only in …</span> hold one side's passages the other does not take up.</li>\n"
        << "<li>A row marked = pairs two passages that make the same point: <del class=\"d\">struck words</del> appear only in " << e(L) << " and <ins class=\"d\">underlined words</ins> only in " << e(R) << ". Other rows show each side's sentences whole.</li>\n"
        << "<li>The # column gives the sentence numbers, " << e(L) << " / " << e(R) << ".</li>\n"
        << "<li><span class=\"cross\">↕ " << e(R) << " order</span>: " << e(R) << " raises this point at another place; the link jumps to the row it follows there.</li>\n"
        << "<li>Tone badges run from −1 (confrontational) to +1 (cooperative); hover or focus one to see the words that scored it.</li>\n"
        << "<li>Meeting words are ranked on a ladder: cordial, constructive, candid, frank, exchanged views (warmest first).</li>\n"
        << "</ul>\n</section>\n";
}

}  // namespace

void write_html(const Comparison& c, std::ostream& out) {
    std::string title = "readoutdiff: " + upper(c.left_summary.label) + " and " + upper(c.right_summary.label);
    if (!c.left.document.text.title.empty()) title += " · " + c.left.document.text.title;
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
           "script-src 'unsafe-inline'; img-src data:\">\n"
        << "<meta name=\"generator\" content=\"readoutdiff " << kVersion << "\">\n<title>" << e(title) << "</title>\n<style>"
        << kReportCss << "</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#passages-h\">Skip to the passages</a>\n";
    write_header(c, out);
    out << "<main>\n";
    write_topic_chart(c, out);
    write_code_phrases(c, out);
    write_passages(c, out);
    write_legend(c, out);
    out << "</main>\n<footer><p>Made by readoutdiff " << kVersion << ". Scores come from the lexicons; see the tool's README.</p></footer>\n"
        << "<script>" << kReportJs << "</script>\n</body>\n</html>\n";
}

}  // namespace readoutdiff::render
