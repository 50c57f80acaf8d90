// The summary line is both a report and the cache of the next run, so it is
// read back with the same field names it is written with. Fields are only
// ever added: "omitted" (deprecated: it lists the topics a side raises
// alone, the opposite of its name) stays beside "only_here" and "omits".
#include "batch/summary.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "error.h"
#include "io/file_io.h"
#include "render/rounding.h"
#include "text/lines.h"

namespace readoutdiff::batch {
namespace {

using Json = nlohmann::ordered_json;
using render::round_to_4_decimals;

constexpr size_t kLargestSummaryBytes = size_t{1} << 30;

std::string_view to_string(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::input: return "input";
        case ErrorKind::internal: return "internal";
        case ErrorKind::none: break;
    }
    return "none";
}

// A side as summaries know it: us, prc or unknown.
lexicon::Side reported_side(lexicon::Side side) { return side == lexicon::Side::both ? lexicon::Side::unknown : side; }

SideSummary side_of(const analyze::Analysis& a, const compare::Comparison& c, bool left) {
    SideSummary s;
    s.path = a.document.text.path;
    s.side = reported_side(a.side);
    // Rounded as summary.jsonl stores them, so a fresh row and one read back
    // from an earlier run (reused, merged) are the same row.
    s.tone = round_to_4_decimals(a.tone.score);
    s.assertiveness = round_to_4_decimals(a.tone.assertiveness);
    s.confrontation = round_to_4_decimals(a.tone.confrontation);
    for (const auto& w : a.characterization) s.characterization.push_back(w.word);
    std::optional<double> warmth = left ? c.left_summary.warmth : c.right_summary.warmth;
    if (warmth) s.warmth = round_to_4_decimals(*warmth);
    s.only_here = left ? c.omitted_by_right() : c.omitted_by_left();
    s.omits = left ? c.omitted_by_left() : c.omitted_by_right();
    return s;
}

// The highest rung (lowest warmth is the coldest) a side puts the meeting on.
std::optional<lexicon::Category> top_rung(const analyze::Analysis& a) {
    std::optional<lexicon::Category> rung;
    double best = -1;
    for (const auto& w : a.characterization) {
        if (w.warmth > best) best = w.warmth, rung = w.rung;
    }
    return rung;
}

Json side_json(const SideSummary& s) {
    return {{"path", s.path},
            {"side", lexicon::to_string(s.side)},
            {"tone", round_to_4_decimals(s.tone)},
            {"assertiveness", round_to_4_decimals(s.assertiveness)},
            {"confrontation", round_to_4_decimals(s.confrontation)},
            {"characterization", s.characterization},
            {"warmth", s.warmth ? Json(round_to_4_decimals(*s.warmth)) : Json(nullptr)},
            {"omitted", s.only_here},
            {"only_here", s.only_here},
            {"omits", s.omits}};
}

SideSummary side_from(const Json& j) {
    SideSummary s;
    s.path = j.at("path").get<std::string>();
    s.side = reported_side(lexicon::side_from_string(j.at("side").get<std::string>()));
    s.tone = j.at("tone").get<double>();
    s.assertiveness = j.at("assertiveness").get<double>();
    s.confrontation = j.at("confrontation").get<double>();
    s.characterization = j.at("characterization").get<std::vector<std::string>>();
    if (!j.at("warmth").is_null()) s.warmth = j.at("warmth").get<double>();
    s.only_here = j.at("omitted").get<std::vector<std::string>>();
    return s;
}

}  // namespace

SummaryRow summarize(const std::string& id, const std::string& date, const compare::Comparison& c) {
    SummaryRow row;
    row.id = id;
    row.date = date.empty()
                   ? (c.left.document.text.date.empty() ? c.right.document.text.date : c.left.document.text.date)
                   : date;
    row.left = side_of(c.left, c, true);
    row.right = side_of(c.right, c, false);
    row.tone_gap = round_to_4_decimals(std::fabs(c.left.tone.score - c.right.tone.score));
    row.coverage = round_to_4_decimals(c.coverage);
    row.characterization_changed = top_rung(c.left) != top_rung(c.right);
    row.more_confrontational = c.verdict.harsher;
    return row;
}

SummaryRow failed_row(const std::string& id, const std::string& date, ErrorKind kind, std::string error) {
    SummaryRow row;
    row.id = id;
    row.date = date;
    row.error_kind = kind;
    row.error = std::move(error);
    return row;
}

std::string to_json_line(const SummaryRow& row) {
    bool ok = !row.failed();
    Json j = {{"id", row.id},
              {"date", row.date.empty() ? Json(nullptr) : Json(row.date)},
              {"left", ok ? side_json(row.left) : Json(nullptr)},
              {"right", ok ? side_json(row.right) : Json(nullptr)},
              {"tone_gap", ok ? Json(round_to_4_decimals(row.tone_gap)) : Json(nullptr)},
              {"coverage", ok ? Json(round_to_4_decimals(row.coverage)) : Json(nullptr)},
              {"characterization_changed", ok ? Json(row.characterization_changed) : Json(nullptr)},
              {"more_confrontational", ok ? Json(compare::to_string(row.more_confrontational)) : Json(nullptr)},
              {"gates", row.gates},
              {"gate_details", row.gate_details},
              {"outliers", row.outliers},
              {"error", ok ? Json(nullptr) : Json(row.error)},
              {"error_kind", ok ? Json(nullptr) : Json(to_string(row.error_kind))},
              {"reports", ok ? Json({{"html", row.id + ".html"}, {"json", row.id + ".json"}}) : Json(nullptr)},
              {"input_hash", row.input_hash}};
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string to_json_line(const UnpairedRow& row) {
    Json j = {{"unpaired", row.path},
              {"side", lexicon::to_string(reported_side(row.side))},
              {"date", row.date.empty() ? Json(nullptr) : Json(row.date)},
              {"standing", pair::to_string(row.standing)},
              {"reason", row.reason},
              {"alternative_of", row.alternative_of.empty() ? Json(nullptr) : Json(row.alternative_of)},
              {"gates", row.gates}};
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

namespace {

UnpairedRow unpaired_from(const Json& j) {
    UnpairedRow row;
    row.path = j.at("unpaired").get<std::string>();
    row.side = reported_side(lexicon::side_from_string(j.at("side").get<std::string>()));
    row.date = j.at("date").is_null() ? "" : j.at("date").get<std::string>();
    std::string standing = j.at("standing").get<std::string>();
    row.standing = pair::standing_from_string(standing).value_or(pair::Standing::no_counterpart);
    row.reason = j.at("reason").get<std::string>();
    row.alternative_of = j.at("alternative_of").is_null() ? "" : j.at("alternative_of").get<std::string>();
    row.gates = j.at("gates").get<std::vector<std::string>>();
    return row;
}

SummaryRow row_from(const Json& j) {
    SummaryRow row;
    row.id = j.at("id").get<std::string>();
    row.date = j.at("date").is_null() ? "" : j.at("date").get<std::string>();
    if (!j.at("error").is_null()) {
        row.error = j.at("error").get<std::string>();
        // Lines written before error_kind existed held input errors only.
        row.error_kind =
            j.value("error_kind", Json("input")) == "internal" ? ErrorKind::internal : ErrorKind::input;
    }
    row.input_hash = j.at("input_hash").get<std::string>();
    row.gates = j.at("gates").get<std::vector<std::string>>();
    row.gate_details = j.value("gate_details", row.gates);
    row.outliers = j.at("outliers").get<std::vector<std::string>>();
    if (!row.failed()) {
        row.more_confrontational = compare::column_from_string(j.at("more_confrontational").get<std::string>()).value_or(compare::Column::neither);
        row.left = side_from(j.at("left"));
        row.right = side_from(j.at("right"));
        // What one side omits is what the other raises alone.
        row.left.omits = row.right.only_here;
        row.right.omits = row.left.only_here;
        row.tone_gap = j.at("tone_gap").get<double>();
        row.coverage = j.at("coverage").get<double>();
        row.characterization_changed = j.at("characterization_changed").get<bool>();
    }
    return row;
}

}  // namespace

SummaryRow from_json_line(std::string_view line, const std::string& path, size_t line_number) {
    try {
        return row_from(Json::parse(line));
    } catch (const nlohmann::json::exception& e) {
        throw Error(path, std::string("not a readoutdiff summary line: ") + e.what(), line_number, 1);
    }
}

Summary read_summary_file(const std::string& path) {
    std::string content = io::read_file(path, kLargestSummaryBytes);
    Summary summary;
    std::vector<std::string_view> lines = text::split_lines(content);
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].empty()) continue;
        try {
            Json j = Json::parse(lines[i]);
            // A readout in no pair has "unpaired" where a pair has "id".
            if (j.contains("unpaired")) summary.unpaired.push_back(unpaired_from(j));
            else summary.rows.push_back(row_from(j));
        } catch (const nlohmann::json::exception& e) {
            throw Error(path, std::string("not a readoutdiff summary line: ") + e.what(), i + 1, 1);
        }
    }
    return summary;
}

std::vector<SummaryRow> read_summary(const std::string& path) { return read_summary_file(path).rows; }

std::string summary_jsonl(const Summary& summary) {
    std::string out;
    for (const auto& row : summary.rows) out += to_json_line(row) + "\n";
    for (const auto& row : summary.unpaired) out += to_json_line(row) + "\n";
    return out;
}

}  // namespace readoutdiff::batch
