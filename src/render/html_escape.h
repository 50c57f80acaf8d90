// Escaping of input text for the HTML report. Readouts come from the web:
// every piece of input is escaped for the context it is written into.
#pragma once

#include <string>
#include <string_view>

namespace readoutdiff::render {

// For element content and double- or single-quoted attribute values: & < > " '
// become entities; bidirectional override and isolate controls (U+202A-202E,
// U+2066-2069), which could make text display in a misleading order, are shown
// as visible "[U+202E]" marks; other C0 controls but tab and newline are dropped.
std::string escape_html(std::string_view text);

// An http(s) URL safe to put in href (escaped), or empty for anything else
// ("javascript:", "data:", relative paths), which is then shown as text only.
std::string safe_http_url(std::string_view url);

}  // namespace readoutdiff::render
