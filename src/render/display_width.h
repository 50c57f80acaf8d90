// Terminal columns of UTF-8 text: CJK and emoji take two, combining marks
// none. Used to pad and wrap so that no line exceeds the requested width.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace readoutdiff::render {

size_t display_width(std::string_view utf8);

// Splits a word wider than width into pieces of at most width columns,
// never inside a grapheme cluster unless the cluster alone is wider than
// width (then between its code points; a code point wider than width gets a
// piece of its own).
std::vector<std::string> split_to_width(std::string_view word, size_t width);

}  // namespace readoutdiff::render
