// Strict on purpose: a lexicon with a stray column or a typo in a weight
// silently changes every score, so the loader refuses it with the position.
#include "lexicon/tsv.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <optional>


namespace readoutdiff::lexicon {
namespace {

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) out += (i ? std::string(separator) : "") + parts[i];
    return out;
}

std::string format_number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

}  // namespace

std::vector<TsvRow> parse_tsv(std::string_view content, const std::string& file,
                              const std::vector<std::string>& expected_columns, std::vector<Error>* row_errors) {
    std::vector<TsvRow> rows;
    rows.reserve(static_cast<size_t>(std::count(content.begin(), content.end(), '\n')));
    bool header_seen = false;
    size_t line_number = 0;
    size_t pos = 0;
    while (pos < content.size()) {
        size_t end = content.find('\n', pos);
        if (end == std::string_view::npos) end = content.size();
        std::string_view line = content.substr(pos, end - pos);
        pos = end + 1;
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;

        TsvRow row{line_number, {}, {}};
        row.fields.reserve(expected_columns.size());  // start-up parses thousands of rows
        row.columns.reserve(expected_columns.size());
        size_t field_start = 0;
        while (true) {
            size_t tab = line.find('\t', field_start);
            row.columns.push_back(field_start + 1);
            row.fields.push_back(line.substr(field_start, tab == std::string_view::npos ? std::string_view::npos : tab - field_start));
            if (tab == std::string_view::npos) break;
            field_start = tab + 1;
        }
        if (!header_seen) {
            if (!std::equal(row.fields.begin(), row.fields.end(), expected_columns.begin(), expected_columns.end())) {
                throw Error(file, "header row must be '" + join(expected_columns, "<TAB>") + "'", line_number, 1);
            }
            header_seen = true;
            continue;
        }
        std::optional<Error> problem;
        if (row.fields.size() != expected_columns.size()) {
            problem = Error(file,
                            "expected " + std::to_string(expected_columns.size()) + " tab-separated columns (" +
                                join(expected_columns, ", ") + "), found " + std::to_string(row.fields.size()),
                            line_number, 1);
        } else if (row.fields[0].empty()) {
            problem = Error(file, "empty " + expected_columns[0], line_number, 1);
        }
        if (!problem) {
            rows.push_back(std::move(row));
        } else if (row_errors != nullptr) {
            row_errors->push_back(*problem);
        } else {
            throw *problem;
        }
    }
    if (!header_seen) throw Error(file, "no header row '" + join(expected_columns, "<TAB>") + "'", 1, 1);
    return rows;
}

double parse_weight(const TsvRow& row, size_t field, const std::string& file, double low, double high) {
    std::string_view text = row.fields[field];
    double value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
        throw Error(file, "weight '" + std::string(text) + "' is not a number", row.line, row.columns[field]);
    }
    if (value < low || value > high) {
        throw Error(file, "weight " + std::string(text) + " is outside [" + format_number(low) + ", " + format_number(high) + "]",
                    row.line, row.columns[field]);
    }
    return value;
}

}  // namespace readoutdiff::lexicon
