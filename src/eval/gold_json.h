// What the corpus gold reader and the real gold reader share: a gold file's
// JSON read so that every JSON error (bad syntax, a missing field, a wrong
// type) names the file, and a side named in it.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "error.h"
#include "eval/annotation.h"
#include "io/file_io.h"

namespace readoutdiff::eval {

// Parses the file at `path` and returns read(json); a JSON error becomes an Error naming the file.
template <typename Read>
auto read_gold_json(const std::string& path, Read read) {
    try {
        return read(nlohmann::json::parse(io::read_file(path)));
    } catch (const nlohmann::json::exception& e) {
        throw Error(path, std::string("malformed gold file: ") + e.what());
    }
}

// A side as a gold file names it ("left", "right", "neither"; null is neither).
inline Column gold_column_at(const nlohmann::json& value, const std::string& path) {
    if (value.is_null()) return Column::neither;
    try {
        return gold_column(value.get<std::string>());
    } catch (const Error& e) {
        throw Error(path, e.message());
    }
}

}  // namespace readoutdiff::eval
