// The summary line is both a report and the cache of the next run, so it is
// read back with the same field names it is written with.
#include "batch/summary.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "error.h"
#include "io/file_io.h"

namespace readoutdiff::batch {
namespace {

using Json = nlohmann::ordered_json;

double rounded(double x) { return std::round(x * 10000.0) / 10000.0; }

SideSummary side_of(const analyze::Analysis& a, const std::string& label, const compare::Comparison& c, bool left) {
    SideSummary s;
    s.path = a.document.text.path;
    s.side = label;
    // Rounded as summary.jsonl stores them, so a fresh row and one read back
    // from an earlier run (reused, merged) are the same row.
    s.tone = rounded(a.tone.score);
    s.assertiveness = rounded(a.tone.assertiveness);
    s.confrontation = rounded(a.tone.confrontation);
    for (const auto& w : a.characterization) s.characterization.push_back(w.word);
    std::optional<double> warmth = left ? c.left_summary.warmth : c.right_summary.warmth;
    if (warmth) s.warmth = rounded(*warmth);
    s.omitted = left ? c.omitted_by_right() : c.omitted_by_left();
    return s;
}

// The highest rung (lowest warmth is the coldest) a side puts the meeting on.
std::string top_rung(const analyze::Analysis& a) {
    std::string rung;
    double best = -1;
    for (const auto& w : a.characterization) {
        if (w.warmth > best) best = w.warmth, rung = lexicon::to_string(w.rung);
    }
    return rung;
}

Json side_json(const SideSummary& s) {
    return {{"path", s.path},
            {"side", s.side},
            {"tone", rounded(s.tone)},
            {"assertiveness", rounded(s.assertiveness)},
            {"confrontation", rounded(s.confrontation)},
            {"characterization", s.characterization},
            {"warmth", s.warmth ? Json(rounded(*s.warmth)) : Json(nullptr)},
            {"omitted", s.omitted}};
}

SideSummary side_from(const Json& j) {
    SideSummary s;
    s.path = j.at("path").get<std::string>();
    s.side = j.at("side").get<std::string>();
    s.tone = j.at("tone").get<double>();
    s.assertiveness = j.at("assertiveness").get<double>();
    s.confrontation = j.at("confrontation").get<double>();
    s.characterization = j.at("characterization").get<std::vector<std::string>>();
    if (!j.at("warmth").is_null()) s.warmth = j.at("warmth").get<double>();
    s.omitted = j.at("omitted").get<std::vector<std::string>>();
    return s;
}

}  // namespace

SummaryRow summarize(const std::string& id, const std::string& date, const compare::Comparison& c) {
    SummaryRow row;
    row.id = id;
    row.date = date.empty() ? (c.left.document.text.date.empty() ? c.right.document.text.date : c.left.document.text.date) : date;
    row.left = side_of(c.left, std::string(lexicon::to_string(c.left.side == lexicon::Side::both ? lexicon::Side::unknown : c.left.side)), c, true);
    row.right = side_of(c.right, std::string(lexicon::to_string(c.right.side == lexicon::Side::both ? lexicon::Side::unknown : c.right.side)), c, false);
    row.tone_gap = rounded(std::fabs(c.left.tone.score - c.right.tone.score));
    row.coverage = rounded(c.coverage);
    row.characterization_changed = top_rung(c.left) != top_rung(c.right);
    row.more_confrontational = compare::to_string(c.verdict.harsher);
    return row;
}

std::string to_json_line(const SummaryRow& row) {
    bool ok = !row.failed();
    Json j = {{"id", row.id},
              {"date", row.date.empty() ? Json(nullptr) : Json(row.date)},
              {"left", ok ? side_json(row.left) : Json(nullptr)},
              {"right", ok ? side_json(row.right) : Json(nullptr)},
              {"tone_gap", ok ? Json(rounded(row.tone_gap)) : Json(nullptr)},
              {"coverage", ok ? Json(rounded(row.coverage)) : Json(nullptr)},
              {"characterization_changed", ok ? Json(row.characterization_changed) : Json(nullptr)},
              {"more_confrontational", ok ? Json(row.more_confrontational) : Json(nullptr)},
              {"gates", row.gates},
              {"outliers", row.outliers},
              {"error", row.error.empty() ? Json(nullptr) : Json(row.error)},
              {"reports", row.failed() ? Json(nullptr) : Json({{"html", row.id + ".html"}, {"json", row.id + ".json"}})},
              {"input_hash", row.input_hash}};
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

SummaryRow from_json_line(const std::string& line, const std::string& path, size_t line_number) {
    try {
        Json j = Json::parse(line);
        SummaryRow row;
        row.id = j.at("id").get<std::string>();
        row.date = j.at("date").is_null() ? "" : j.at("date").get<std::string>();
        row.error = j.at("error").is_null() ? "" : j.at("error").get<std::string>();
        row.input_hash = j.at("input_hash").get<std::string>();
        row.gates = j.at("gates").get<std::vector<std::string>>();
        row.outliers = j.at("outliers").get<std::vector<std::string>>();
        if (!row.failed()) {
            row.more_confrontational = j.at("more_confrontational").get<std::string>();
            row.left = side_from(j.at("left"));
            row.right = side_from(j.at("right"));
            row.tone_gap = j.at("tone_gap").get<double>();
            row.coverage = j.at("coverage").get<double>();
            row.characterization_changed = j.at("characterization_changed").get<bool>();
        }
        return row;
    } catch (const nlohmann::json::exception& e) {
        throw Error(path, std::string("not a readoutdiff summary line: ") + e.what(), line_number, 1);
    }
}

std::vector<SummaryRow> read_summary(const std::string& path) {
    std::string content = io::read_file(path, 1u << 30);
    std::vector<SummaryRow> rows;
    size_t pos = 0, line_number = 0;
    while (pos < content.size()) {
        size_t end = content.find('\n', pos);
        std::string line = content.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
        pos = end == std::string::npos ? content.size() : end + 1;
        ++line_number;
        if (!line.empty()) rows.push_back(from_json_line(line, path, line_number));
    }
    return rows;
}

}  // namespace readoutdiff::batch
