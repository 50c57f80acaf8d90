// Content first: a saved page may be named .txt, and a PDF anything. The
// name only helps a fragment of HTML that has no doctype or <html> tag.
#include "text/input_format.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace readoutdiff::text {
namespace {

constexpr size_t kSniffBytes = 2048;

std::string lowercase(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// The first bytes after a UTF-8 BOM and leading whitespace, lower-cased.
std::string head_of(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    size_t start = bytes.find_first_not_of(" \t\r\n\f");
    return start == std::string_view::npos ? "" : lowercase(bytes.substr(start, kSniffBytes));
}

}  // namespace

InputFormat sniff_format(std::string_view bytes, std::string_view path) {
    if (bytes.substr(0, 5) == "%PDF-") return InputFormat::pdf;
    std::string head = head_of(bytes);
    if (head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0) return InputFormat::html;
    // A comment or an XML declaration may come before the <html> tag.
    bool preamble = head.rfind("<!--", 0) == 0 || head.rfind("<?xml", 0) == 0;
    if (preamble && head.find("<html") != std::string::npos) return InputFormat::html;
    std::string name = lowercase(path);
    bool html_name = ends_with(name, ".html") || ends_with(name, ".htm") || ends_with(name, ".xhtml");
    if (html_name && !head.empty() && head.front() == '<') return InputFormat::html;
    return InputFormat::text;
}

}  // namespace readoutdiff::text
