// Field order is the contract's (nlohmann::ordered_json); numbers are
// rounded to 4 decimals; positions in a lane are 1-based, as the other
// reports number readouts. Each readout is dumped on its own line, so a long
// series is written element by element.
#include "render/series_json.h"

#include <nlohmann/json.hpp>

#include "render/rounding.h"
#include "series/series.h"
#include "version.h"

namespace readoutdiff::render {
namespace {

using Json = nlohmann::ordered_json;
using series::Lane;

std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

double r4(double x) { return round_to_4_decimals(x); }

Json position(size_t index) { return index + 1; }

Json optional_position(const std::optional<size_t>& index) { return index ? position(*index) : Json(nullptr); }

std::string_view change_name(series::FormulaChangeKind kind) {
    switch (kind) {
        case series::FormulaChangeKind::added: return "added";
        case series::FormulaChangeKind::dropped: return "dropped";
        case series::FormulaChangeKind::variant_changed: return "variant_changed";
        case series::FormulaChangeKind::reworded: return "reworded";
    }
    return "";
}

std::string_view change_name(series::TopicChange change) {
    switch (change) {
        case series::TopicChange::first_in_series: return "first_in_series";
        case series::TopicChange::raised_again: return "raised_again";
        case series::TopicChange::dropped: return "dropped";
        case series::TopicChange::moved: return "moved";
    }
    return "";
}

std::string_view reason_name(series::LeftOutReason reason) {
    return reason == series::LeftOutReason::undated ? "undated" : "side_unknown";
}

Json sentence(const Lane& lane, series::SentenceRef ref) {
    if (ref.sentence == 0) return nullptr;
    return {{"readout", position(ref.readout)}, {"id", ref.sentence}, {"text", lane.text_of(ref)}};
}

Json variants(const std::vector<lexicon::Variant>& list) {
    Json out = Json::array();
    for (lexicon::Variant v : list) out.push_back(lexicon::to_string(v));
    return out;
}

Json rungs(const std::vector<lexicon::Category>& list) {
    Json out = Json::array();
    for (lexicon::Category rung : list) out.push_back(lexicon::to_string(rung));
    return out;
}

Json shift(const series::Shift& s) {
    return {{"before", r4(s.before)}, {"after", r4(s.after)}, {"change", r4(s.change())}};
}

Json place(const std::optional<series::TopicPlace>& p) {
    if (!p) return nullptr;
    return {{"share", r4(p->share)}, {"rank", p->rank}};
}

Json drivers(const Lane& lane, const std::vector<series::ToneDriver>& list) {
    Json out = Json::array();
    for (const auto& d : list) {
        out.push_back({{"readout", position(d.sentence.readout)},
                       {"sentence", d.sentence.sentence},
                       {"text", lane.text_of(d.sentence)},
                       {"tone", r4(d.tone)},
                       {"weight", r4(d.weight)}});
    }
    return out;
}

Json step_json(const Lane& lane, const series::Step& step) {
    Json formulas = Json::array();
    for (const auto& c : step.formulas) {
        formulas.push_back({{"change", change_name(c.kind)},
                            {"group", c.group},
                            {"before", {{"variants", variants(c.variants_before)}, {"terms", c.terms_before}}},
                            {"after", {{"variants", variants(c.variants_after)}, {"terms", c.terms_after}}},
                            {"first_in_series", c.first_in_series},
                            {"returns", optional_position(c.returns)},
                            {"sentences", {{"before", sentence(lane, c.before)}, {"after", sentence(lane, c.after)}}}});
    }
    const auto& m = step.meeting_words;
    Json topics = Json::array();
    for (const auto& t : step.topics) {
        topics.push_back({{"id", t.id},
                          {"change", change_name(t.change)},
                          {"before", place(t.before)},
                          {"after", place(t.after)},
                          {"returns", optional_position(t.returns)},
                          {"notable", t.notable}});
    }
    return {{"previous", position(step.previous)},
            {"code_phrases", std::move(formulas)},
            {"meeting_words",
             {{"added", m.added},
              {"dropped", m.dropped},
              {"rungs_gained", rungs(m.rungs_gained)},
              {"rungs_lost", rungs(m.rungs_lost)},
              {"rungs_first_in_series", rungs(m.rungs_first_in_series)},
              {"sentences", {{"before", sentence(lane, m.before)}, {"after", sentence(lane, m.after)}}}}},
            {"topics", std::move(topics)},
            {"tone",
             {{"score", shift(step.tone.score)},
              {"confrontation", shift(step.tone.confrontation)},
              {"cooperation", shift(step.tone.cooperation)},
              {"drivers",
               {{"score", drivers(lane, step.tone.score_drivers)},
                {"confrontation", drivers(lane, step.tone.confrontation_drivers)}}}}}};
}

Json readout_json(const Lane& lane, size_t k) {
    const series::Entry& entry = lane.entries[k];
    const series::Readout& r = entry.readout;
    Json topics = Json::array();
    for (const auto& t : r.topics)
        topics.push_back({{"id", t.id}, {"share", r4(t.share)}, {"mentions", t.mentions}, {"rank", t.rank}});
    Json words = Json::array();
    for (const auto& w : r.meeting_words)
        words.push_back({{"word", w.word}, {"rung", lexicon::to_string(w.rung)}, {"sentence", w.sentence}});
    Json phrases = Json::array();
    for (const auto& f : r.formulas) {
        phrases.push_back({{"group", f.group},
                           {"variant", lexicon::to_string(f.variant)},
                           {"term", f.term},
                           {"sentence", f.sentence}});
    }
    return {{"position", position(k)},
            {"path", r.path},
            {"title", r.title},
            {"date", r.date},
            {"source", r.source.empty() ? Json(nullptr) : Json(r.source)},
            {"words", r.words},
            {"sentences", r.sentences.size()},
            {"tone",
             {{"score", r4(r.tone.score)},
              {"confrontation", r4(r.tone.confrontation)},
              {"cooperation", r4(r.tone.cooperation)},
              {"deviation", r4(entry.tone_deviation)},
              {"confrontation_deviation", r4(entry.confrontation_deviation)}}},
            {"topics", std::move(topics)},
            {"meeting_words", std::move(words)},
            {"code_phrases", std::move(phrases)},
            {"against_previous", entry.step ? step_json(lane, *entry.step) : Json(nullptr)}};
}

Json series_json(const Lane& lane) {
    Json formulas = Json::array();
    for (const auto& f : lane.formulas) {
        formulas.push_back({{"group", f.group},
                            {"term", f.term},
                            {"variant", lexicon::to_string(f.variant)},
                            {"first", position(f.first)},
                            {"last", position(f.last)},
                            {"readouts", f.readouts}});
    }
    Json topics = Json::array();
    for (const auto& t : lane.topics) {
        topics.push_back({{"id", t.id},
                          {"first", position(t.first)},
                          {"last", position(t.last)},
                          {"readouts", t.readouts},
                          {"mean_share", r4(t.mean_share)}});
    }
    return {{"code_phrases", std::move(formulas)}, {"topics", std::move(topics)}};
}

}  // namespace

void write_series_json(const series::Timeline& timeline, std::ostream& out) {
    auto field = [&](const char* name, const Json& value) { out << ",\n\"" << name << "\": " << dump(value); };
    out << "{\n\"schema_version\": \"1\"";
    field("tool", {{"name", "readoutdiff"}, {"version", kVersion}});
    field("kind", "series");
    const auto& options = timeline.options;
    field("filters", {{"side", options.side ? Json(lexicon::to_string(*options.side)) : Json(nullptr)},
                      {"topic", options.topic.empty() ? Json(nullptr) : Json(options.topic)}});
    field("found", timeline.found);
    Json left_out = Json::array();
    for (const auto& l : timeline.left_out) {
        left_out.push_back(
            {{"path", l.path}, {"reason", reason_name(l.reason)}, {"message", series::left_out_reason(l.reason)}});
    }
    field("left_out", left_out);
    Json topics = Json::array();
    for (const auto& t : timeline.topics) topics.push_back({{"id", t.id}, {"label", t.label}});
    field("topics", topics);
    out << ",\n\"lanes\": [";
    for (size_t l = 0; l < timeline.lanes.size(); ++l) {
        const Lane& lane = timeline.lanes[l];
        Json head = {{"side", lexicon::to_string(lane.side)},
                     {"mean", {{"tone", r4(lane.mean_tone)}, {"confrontation", r4(lane.mean_confrontation)}}}};
        std::string fields = dump(head);
        fields.pop_back();  // the closing brace: readouts and series follow
        out << (l ? ",\n" : "\n") << fields << ",\n\"readouts\": [";
        for (size_t k = 0; k < lane.entries.size(); ++k) out << (k ? ",\n" : "\n") << dump(readout_json(lane, k));
        out << "\n],\n\"series\": " << dump(series_json(lane)) << "}";
    }
    out << (timeline.lanes.empty() ? "]" : "\n]") << "\n}\n";
}

}  // namespace readoutdiff::render
