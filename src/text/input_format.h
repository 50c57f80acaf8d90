// What kind of file a readout is, told by its first bytes (and, for HTML
// without a doctype, its name): plain text or Markdown, an HTML page, or a
// PDF that must be converted first.
#pragma once

#include <string_view>

namespace readoutdiff::text {

enum class InputFormat { text, html, pdf };

InputFormat sniff_format(std::string_view bytes, std::string_view path);

}  // namespace readoutdiff::text
