// nlohmann::ordered_json keeps the contract's field order; numbers are
// rounded to 4 decimals so reports diff cleanly across runs and machines.
#include "render/json_report.h"

#include <nlohmann/json.hpp>

#include "render/rounding.h"
#include "version.h"

namespace readoutdiff::render {
namespace {

using Json = nlohmann::ordered_json;
using analyze::Analysis;
using compare::Comparison;


std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

Json optional_number(const std::optional<double>& x) { return x ? Json(round_to_4_decimals(*x)) : Json(nullptr); }
Json optional_int(const std::optional<int>& x) { return x ? Json(*x) : Json(nullptr); }

Json side_value(lexicon::Side side) {
    if (side == lexicon::Side::unknown) return nullptr;
    return std::string(lexicon::to_string(side));
}

Json terms_json(const std::vector<analyze::TermHit>& terms) {
    Json out = Json::array();
    for (const auto& hit : terms) {
        Json term = {{"term", hit.term}, {"weight", round_to_4_decimals(hit.weight)}, {"category", lexicon::to_string(hit.category)}};
        if (!hit.rule.empty()) term["rule"] = hit.rule;
        if (hit.addressee != lexicon::Side::unknown) term["addressee"] = lexicon::to_string(hit.addressee);
        out.push_back(std::move(term));
    }
    return out;
}

Json sentence_json(const Analysis& a, size_t i) {
    const auto& s = a.sentences[i];
    const auto& seg = a.document.sentences[i];
    return {{"id", seg.id},
            {"paragraph", seg.paragraph},
            {"text", std::string(a.document.sentence_text(seg))},
            {"speaker", s.speaker.empty() ? Json(nullptr) : Json(s.speaker)},
            {"speaker_side", side_value(s.speaker_side)},
            {"topics", s.topics},
            {"subject", s.subject.empty() ? Json(nullptr) : Json(s.subject)},
            {"finer_subject", s.finer_subject.empty() ? Json(nullptr) : Json(s.finer_subject)},
            {"tone",
             {{"score", round_to_4_decimals(s.tone.score)},
              {"terms", terms_json(s.tone.terms)},
              {"assertiveness", round_to_4_decimals(s.tone.assertiveness)},
              {"hedging", round_to_4_decimals(s.tone.hedging)}}},
            {"claims_agreement", s.claims_agreement}};
}

// Long inputs make long arrays: each element is built and written on its
// own, one per line, so memory stays that of one element.
template <typename Make>
void write_array(std::ostream& out, size_t count, Make make) {
    out << "[";
    for (size_t i = 0; i < count; ++i) out << (i ? ",\n" : "\n") << dump(make(i));
    out << (count ? "\n]" : "]");
}

void write_document(std::ostream& out, const Analysis& a, const compare::SideSummary& summary) {
    const auto& text = a.document.text;
    Json head = {{"path", text.path},
                 {"title", text.title},
                 {"side", std::string(lexicon::to_string(a.side == lexicon::Side::both ? lexicon::Side::unknown : a.side))},
                 {"label", summary.label},
                 {"date", text.date.empty() ? Json(nullptr) : Json(text.date)},
                 {"source", text.source.empty() ? Json(nullptr) : Json(text.source)},
                 {"words", a.word_count}};
    std::string fields = dump(head);
    fields.pop_back();  // the closing brace: sentences follow
    out << fields << ",\"sentences\": ";
    write_array(out, a.sentences.size(), [&](size_t i) { return sentence_json(a, i); });
    out << "}";
}

Json topic_side_json(const compare::TopicSide& side) {
    return {{"share", round_to_4_decimals(side.share)},
            {"mentions", side.mentions},
            {"first_sentence", optional_int(side.first_sentence)},
            {"rank", optional_int(side.rank)}};
}

Json tone_json(const analyze::Tone& tone) {
    return {{"score", round_to_4_decimals(tone.score)},
            {"assertiveness", round_to_4_decimals(tone.assertiveness)},
            {"hedging", round_to_4_decimals(tone.hedging)},
            {"confrontation", round_to_4_decimals(tone.confrontation)},
            {"cooperation", round_to_4_decimals(tone.cooperation)}};
}

Json words_json(const Analysis& a) {
    Json words = Json::array();
    for (const auto& w : a.characterization) words.push_back(w.word);
    return words;
}

Json characterization_detail(const Analysis& a) {
    Json out = Json::array();
    for (const auto& w : a.characterization) {
        out.push_back({{"word", w.word}, {"rung", lexicon::to_string(w.rung)}, {"warmth", round_to_4_decimals(w.warmth)}, {"sentence", w.sentence}});
    }
    return out;
}

Json code_phrases_json(const Analysis& a) {
    Json out = Json::array();
    for (const auto& c : a.code_phrases) {
        out.push_back({{"group", c.group}, {"variant", lexicon::to_string(c.variant)}, {"term", c.term}, {"sentence", c.sentence}});
    }
    return out;
}

const char* op_name(compare::DiffOp op) {
    switch (op) {
        case compare::DiffOp::common: return "common";
        case compare::DiffOp::left: return "left";
        case compare::DiffOp::right: return "right";
    }
    return "common";
}

Json link_json(const Comparison& c, size_t k) {
    const auto& link = c.alignment.links[k];
    const auto& lc = c.links[k];
    Json diff = Json::array();
    for (const auto& seg : lc.diff) diff.push_back({{"op", op_name(seg.op)}, {"text", seg.text}});
    return {{"left", link.left},
            {"right", link.right},
            {"score", round_to_4_decimals(link.score)},
            {"reason", link.reason},
            {"diff", std::move(diff)},
            {"crosses", lc.crosses},
            {"tone", {{"left", round_to_4_decimals(lc.left_tone)}, {"right", round_to_4_decimals(lc.right_tone)}}}};
}

}  // namespace

void write_json(const Comparison& c, std::ostream& out) {
    // Top-level fields in contract order, one per line; the two documents and
    // the alignment are streamed element by element.
    auto field = [&](const char* name, const Json& value) { out << ",\n\"" << name << "\": " << dump(value); };
    out << "{\n\"schema_version\": \"1\"";
    field("tool", {{"name", "readoutdiff"}, {"version", kVersion}});
    out << ",\n\"left\": ";
    write_document(out, c.left, c.left_summary);
    out << ",\n\"right\": ";
    write_document(out, c.right, c.right_summary);
    out << ",\n\"alignment\": ";
    write_array(out, c.alignment.links.size(), [&](size_t k) { return link_json(c, k); });
    field("unmatched", {{"left", c.alignment.unmatched_left}, {"right", c.alignment.unmatched_right}});
    Json sections = Json::array();
    for (size_t k = 0; k < c.alignment.sections.size(); ++k) {
        const align::Section& s = c.alignment.sections[k];
        sections.push_back({{"subject", s.subject}, {"label", c.section_labels[k]}, {"left", s.left}, {"right", s.right},
                            {"links", s.links}});
    }
    field("sections", sections);
    auto only_json = [](const std::vector<compare::OnlyPassage>& passages) {
        Json out = Json::array();
        for (const auto& p : passages) {
            out.push_back({{"subject", p.subject.empty() ? Json(nullptr) : Json(p.subject)}, {"label", p.label}, {"sentences", p.sentences}});
        }
        return out;
    };
    field("only", {{"left", only_json(c.only_left)}, {"right", only_json(c.only_right)}});
    Json topics = Json::array();
    for (const auto& t : c.topics) {
        topics.push_back({{"id", t.id}, {"label", t.label}, {"left", topic_side_json(t.left)}, {"right", topic_side_json(t.right)}});
    }
    field("topics", topics);
    field("tone", {{"left", tone_json(c.left.tone)},
                   {"right", tone_json(c.right.tone)},
                   {"more_confrontational", compare::to_string(c.verdict.harsher)},
                   {"margin", round_to_4_decimals(c.verdict.margin)},
                   {"confidence", compare::to_string(c.verdict.confidence)}});
    field("characterization", {{"left", words_json(c.left)}, {"right", words_json(c.right)}});
    field("agreements", {{"left", c.left.agreements}, {"right", c.right.agreements}});
    field("emphasis", {{"omitted", {{"left", c.omitted_by_right()}, {"right", c.omitted_by_left()}}},
                       {"rank_correlation", optional_number(c.topic_rank_correlation)},
                       {"length_ratio", round_to_4_decimals(c.length_ratio)},
                       {"coverage", round_to_4_decimals(c.coverage)}});
    field("characterization_detail", {{"left", characterization_detail(c.left)}, {"right", characterization_detail(c.right)}});
    field("warmth", {{"left", optional_number(c.left_summary.warmth)}, {"right", optional_number(c.right_summary.warmth)}});
    field("requested_by", {{"left", side_value(c.left.requested_by)}, {"right", side_value(c.right.requested_by)}});
    field("code_phrases", {{"left", code_phrases_json(c.left)}, {"right", code_phrases_json(c.right)}});
    field("attributed_unconfirmed", {{"left", c.attributed_unconfirmed_left}, {"right", c.attributed_unconfirmed_right}});
    field("agreements_only", {{"left", c.agreements_only_left}, {"right", c.agreements_only_right}});
    out << "\n}\n";
}

}  // namespace readoutdiff::render
