// YAML front matter as written by static-site tools and web-page converters:
// a block between two "---" lines of "key: value" pairs, values plain, single-
// or double-quoted, possibly folded over several lines. Only the flat subset
// readouts use; nested structures are skipped.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace readoutdiff::text {

struct FrontMatter {
    std::map<std::string, std::string> fields;
    size_t body_line = 1;  // 1-based line where the text after the block starts
};

// Splits front matter off the start of text (LF line ends). Returns nothing
// (empty fields, body_line 1) when text does not start with "---".
// Throws Error(path, ..., line) when the block is never closed or a line is
// not "key: value".
FrontMatter parse_front_matter(std::string_view text, const std::string& path, std::string_view* body);

}  // namespace readoutdiff::text
