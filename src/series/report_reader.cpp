// Fields are looked up by their contract names; a missing or mistyped one is
// an input error naming the field, since a report from another tool or a
// damaged file must not become a silently empty readout.
#include "series/report_reader.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>

#include "error.h"

namespace readoutdiff::series {
namespace {

using Json = nlohmann::json;

class Reader {
public:
    explicit Reader(std::string path) : m_path(std::move(path)) {}

    const Json& at(const Json& object, const std::string& key, const std::string& where) const {
        if (!object.is_object() || !object.contains(key)) fail("no '" + where + key + "'");
        return object.at(key);
    }
    std::string text(const Json& object, const std::string& key, const std::string& where) const {
        const Json& value = at(object, key, where);
        if (value.is_null()) return "";
        if (!value.is_string()) fail("'" + where + key + "' is not a string");
        return value.get<std::string>();
    }
    double number(const Json& object, const std::string& key, const std::string& where) const {
        const Json& value = at(object, key, where);
        if (!value.is_number()) fail("'" + where + key + "' is not a number");
        return value.get<double>();
    }
    int integer(const Json& object, const std::string& key, const std::string& where) const {
        const Json& value = at(object, key, where);
        if (!value.is_number_integer()) fail("'" + where + key + "' is not a whole number");
        return value.get<int>();
    }
    const Json& array(const Json& object, const std::string& key, const std::string& where) const {
        const Json& value = at(object, key, where);
        if (!value.is_array()) fail("'" + where + key + "' is not a list");
        return value;
    }
    [[noreturn]] void fail(const std::string& what) const {
        throw Error(m_path, "not a readoutdiff compare report (" + what + ")");
    }

private:
    std::string m_path;
};

Readout side_of(const Json& report, const std::string& column, const std::string& pair_date, const Reader& r) {
    const Json& document = r.at(report, column, "");
    std::string where = column + ".";
    Readout readout;
    readout.path = r.text(document, "path", where);
    readout.title = r.text(document, "title", where);
    readout.date = r.text(document, "date", where);
    if (readout.date.empty()) readout.date = pair_date;
    readout.source = r.text(document, "source", where);
    readout.side = lexicon::side_from_string(r.text(document, "side", where));
    if (readout.side == lexicon::Side::both) readout.side = lexicon::Side::unknown;
    readout.words = static_cast<size_t>(std::max(0, r.integer(document, "words", where)));
    for (const Json& sentence : r.array(document, "sentences", where)) {
        ReadoutSentence s;
        s.text = r.text(sentence, "text", where + "sentences[].");
        for (const Json& topic : r.array(sentence, "topics", where + "sentences[].")) {
            if (topic.is_string()) s.topics.push_back(topic.get<std::string>());
        }
        s.tone = r.number(r.at(sentence, "tone", where + "sentences[]."), "score", where + "sentences[].tone.");
        readout.sentences.push_back(std::move(s));
    }
    for (const Json& topic : r.array(report, "topics", "")) {
        const Json& side = r.at(topic, column, "topics[].");
        int mentions = r.integer(side, "mentions", "topics[]." + where);
        if (mentions == 0) continue;
        const Json& rank = r.at(side, "rank", "topics[]." + where);
        readout.topics.push_back({r.text(topic, "id", "topics[]."), r.number(side, "share", "topics[]." + where),
                                  mentions, rank.is_number_integer() ? rank.get<int>() : 0});
    }
    std::sort(readout.topics.begin(), readout.topics.end(),
              [](const TopicPresence& a, const TopicPresence& b) { return a.rank < b.rank; });
    const Json& tone = r.at(r.at(report, "tone", ""), column, "tone.");
    readout.tone = {r.number(tone, "score", "tone." + where), r.number(tone, "confrontation", "tone." + where),
                    r.number(tone, "cooperation", "tone." + where)};
    for (const Json& word : r.array(r.at(report, "characterization_detail", ""), column, "characterization_detail.")) {
        std::string rung = r.text(word, "rung", "characterization_detail." + where);
        std::optional<lexicon::Category> category = lexicon::category_from_string(rung);
        if (!category) r.fail("unknown rung '" + rung + "'");
        readout.meeting_words.push_back({r.text(word, "word", "characterization_detail." + where), *category,
                                         r.integer(word, "sentence", "characterization_detail." + where)});
    }
    for (const Json& phrase : r.array(r.at(report, "code_phrases", ""), column, "code_phrases.")) {
        std::string variant = r.text(phrase, "variant", "code_phrases." + where);
        std::optional<lexicon::Variant> typed = lexicon::variant_from_string(variant);
        if (!typed) r.fail("unknown variant '" + variant + "'");
        readout.formulas.push_back({r.text(phrase, "group", "code_phrases." + where), *typed,
                                    r.text(phrase, "term", "code_phrases." + where),
                                    r.integer(phrase, "sentence", "code_phrases." + where)});
    }
    auto sentence_ok = [&](int id) { return id >= 1 && static_cast<size_t>(id) <= readout.sentences.size(); };
    for (const auto& w : readout.meeting_words) {
        if (!sentence_ok(w.sentence)) r.fail(where + "meeting word '" + w.word + "' names no sentence");
    }
    for (const auto& f : readout.formulas) {
        if (!sentence_ok(f.sentence)) r.fail(where + "code phrase '" + f.term + "' names no sentence");
    }
    return readout;
}

}  // namespace

ReportReadouts read_report(std::string_view json, const std::string& path, const std::string& pair_date) {
    Json report = Json::parse(json, nullptr, false);
    if (report.is_discarded()) throw Error(path, "is not JSON (a compare report was expected)");
    Reader r(path);
    std::string version = r.text(report, "schema_version", "");
    if (version != "1") r.fail("schema_version '" + version + "', this version reads \"1\"");
    ReportReadouts out{side_of(report, "left", pair_date, r), side_of(report, "right", pair_date, r), {}};
    for (const Json& topic : r.array(report, "topics", "")) {
        out.topics.push_back({r.text(topic, "id", "topics[]."), r.text(topic, "label", "topics[].")});
    }
    return out;
}

}  // namespace readoutdiff::series
