// Code spans show backslashes literally, so escaping their content (as
// markdown_text does) would print "us\_side.txt"; the fence is what keeps a
// backtick inside from closing them.
#include "render/markdown.h"

#include <algorithm>

namespace readoutdiff::render {
namespace {

constexpr std::string_view kSpecial = "\\`*_[]<>|#!~";

size_t longest_backtick_run(std::string_view text) {
    size_t longest = 0, run = 0;
    for (char c : text) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

}  // namespace

std::string markdown_text(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\n' || c == '\r') c = ' ';
        if (kSpecial.find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string markdown_code(std::string_view text) {
    std::string body;
    for (char c : text) {
        if (c == '\n' || c == '\r') c = ' ';
        if (c == '|') body += '\\';
        body += c;
    }
    // A space pads a span that starts or ends with a backtick (it would join
    // the fence) or with spaces at both ends (Markdown strips one of each).
    bool pad = !body.empty() &&
               (body.front() == '`' || body.back() == '`' ||
                (body.front() == ' ' && body.back() == ' ' && body.find_first_not_of(' ') != std::string::npos));
    if (pad) body = " " + body + " ";
    std::string fence(longest_backtick_run(text) + 1, '`');
    return fence + body + fence;
}

}  // namespace readoutdiff::render
