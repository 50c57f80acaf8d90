// The lexicons' file format: tab-separated rows under one header row, '#'
// comments and blank lines ignored. Errors carry file:line:column.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "error.h"

namespace readoutdiff::lexicon {

struct TsvRow {
    size_t line;                           // 1-based
    std::vector<std::string_view> fields;  // into the parsed content; as many as the header has columns
    std::vector<size_t> columns;           // 1-based byte column where each field starts
};

// Parses content (which must outlive the rows), checking that the header row names exactly the expected
// columns and that every row has that many fields. Throws Error(file, ...,
// line, column) for a bad header; for a bad row too, unless row_errors is
// given, where the error is then added and the row skipped.
std::vector<TsvRow> parse_tsv(std::string_view content, const std::string& file,
                              const std::vector<std::string>& expected_columns,
                              std::vector<Error>* row_errors = nullptr);

// Parses a weight field; throws Error naming file, line and column when it is
// not a number or lies outside [low, high].
double parse_weight(const TsvRow& row, size_t field, const std::string& file, double low, double high);

}  // namespace readoutdiff::lexicon
