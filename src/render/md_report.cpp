// GitHub-flavoured tables; every piece of input text is escaped so a readout
// cannot break the table or inject markup. Words only on one side are bold.
#include "render/md_report.h"

#include <string>

#include "render/format.h"
#include "render/markdown.h"

namespace readoutdiff::render {
namespace {

using compare::Comparison;
using compare::DiffOp;

std::string passage(const analyze::Analysis& a, const std::vector<int>& ids) {
    return markdown_text(a.document.passage_text(ids));
}

std::string joined(const std::vector<std::string>& items) {
    if (items.empty()) return "—";
    std::string text;
    for (size_t k = 0; k < items.size(); ++k) text += (k ? ", " : "") + markdown_text(items[k]);
    return text;
}

std::string drivers(const compare::SideSummary& side) {
    std::vector<std::string> items;
    for (const auto& hit : side.tone_drivers) items.push_back("\"" + hit.term + "\" " + signed_number(hit.weight));
    return joined(items);
}

std::string topic_cell(const compare::TopicSide& side) {
    if (side.mentions == 0) return "*not mentioned*";
    return percent(side.share) + " · #" + std::to_string(*side.rank) + " · " + std::to_string(side.mentions) + " sent.";
}

// "2, 13", or "–" for none: the sentence numbers the summary's references use.
std::string ids_text(const std::vector<int>& ids) {
    if (ids.empty()) return "–";
    std::string text;
    for (size_t k = 0; k < ids.size(); ++k) text += (k ? ", " : "") + std::to_string(ids[k]);
    return text;
}

void row(std::ostream& out, std::string_view a, std::string_view b, std::string_view c) {
    out << "| " << a << " | " << b << " | " << c << " |\n";
}

}  // namespace

void write_markdown(const Comparison& c, std::ostream& out) {
    std::string L = upper(c.left_summary.label), R = upper(c.right_summary.label);
    out << "# Readout comparison: " << L << " and " << R << "\n\n";
    row(out, "", L, R);
    out << "|---|---|---|\n";
    row(out, "File", markdown_code(c.left.document.text.path), markdown_code(c.right.document.text.path));
    row(out, "Title", markdown_text(c.left.document.text.title), markdown_text(c.right.document.text.title));
    row(out, "Tone", tone_line(c.left.tone), tone_line(c.right.tone));
    row(out, "Driven by", markdown_text(drivers(c.left_summary)), markdown_text(drivers(c.right_summary)));
    row(out, "Meeting", markdown_text(characterization_line(c.left, c.left_summary.warmth)),
        markdown_text(characterization_line(c.right, c.right_summary.warmth)));
    row(out, "Asked by", request_line(c.left), request_line(c.right));
    row(out, "Agreements", sentence_list(c.left.agreements, "claim"), sentence_list(c.right.agreements, "claim"));
    row(out, "Agreed, alone", sentence_list(c.agreements_only_left, "claim"), sentence_list(c.agreements_only_right, "claim"));
    row(out, "Quotes the other side, unconfirmed", sentence_list(c.attributed_unconfirmed_left, "statement"),
        sentence_list(c.attributed_unconfirmed_right, "statement"));
    row(out, "Only here", markdown_text(label_list(only_on(c, true))), markdown_text(label_list(only_on(c, false))));
    row(out, "Words", std::to_string(c.left.word_count), std::to_string(c.right.word_count));
    out << "\n" << harsher_side(c) << " " << warmer_side(c) << "\n";

    out << "\n## Topics\n\n";
    row(out, "Topic", L + " (share · order · sentences)", R + " (share · order · sentences)");
    out << "|---|---|---|\n";
    for (const auto& t : c.topics) {
        if (t.raised()) row(out, markdown_text(t.label), topic_cell(t.left), topic_cell(t.right));
    }
    out << "\nTopic order agreement (Spearman): "
        << (c.topic_rank_correlation ? signed_number(*c.topic_rank_correlation) : std::string("n/a"))
        << ". Length ratio " << L << "/" << R << ": " << fixed(c.length_ratio, 2) << ". " << percent(c.coverage)
        << " of sentences in a same-point link.\n";

    if (!c.code_phrases.empty()) {
        out << "\n## Code phrases\n\n";
        row(out, "Group", L, R);
        out << "|---|---|---|\n";
        for (const auto& p : c.code_phrases) row(out, markdown_text(p.group), markdown_text(list_or_dash(p.left)), markdown_text(list_or_dash(p.right)));
    }

    out << "\n## Passages by subject\n\nEach subject both sides take up, each side's passage side by side; then the "
           "passages one side alone has. **=** marks two passages that make the same point, with the words only on one "
           "side in bold (↕: the two sides raise it in a different order); other rows show each side's sentences whole. "
           "The # column gives the sentence numbers, "
        << L << " / " << R << ".\n\n";
    row(out, "#", L, R);
    out << "|---|---|---|\n";
    for (const compare::RowGroup& group : c.groups) {
        std::string heading = "**" + markdown_text(group.label) + "**";
        if (group.kind == compare::RowGroup::Kind::only_left) heading += " *(only in " + L + ")*";
        if (group.kind == compare::RowGroup::Kind::only_right) heading += " *(only in " + R + ")*";
        row(out, "", heading, "");
        for (const compare::Row& r : group.rows) {
            std::string numbers = ids_text(r.left) + " / " + ids_text(r.right);
            if (r.kind != compare::RowKind::same_point) {
                row(out, numbers, r.left.empty() ? "—" : passage(c.left, r.left), r.right.empty() ? "—" : passage(c.right, r.right));
                continue;
            }
            std::string left, right;
            for (const auto& seg : c.links[*r.link].diff) {
                std::string text = markdown_text(seg.text);
                std::string shown = seg.op == DiffOp::common ? text : "**" + text + "**";
                if (seg.op != DiffOp::right) left += (left.empty() ? "" : " ") + shown;
                if (seg.op != DiffOp::left) right += (right.empty() ? "" : " ") + shown;
            }
            row(out, "= " + numbers + (c.links[*r.link].crosses ? " ↕" : ""), left, right);
        }
    }
}

}  // namespace readoutdiff::render
