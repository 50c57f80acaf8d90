// Harness (d), terminal report. The input is a pair (LEFT \0 RIGHT); the
// report is written at a fixed width of 40 columns (the narrowest allowed),
// with color and --explain chosen by the input's size. Checks: no line is
// wider than the width once the report's own color codes are removed; the
// only escape sequences are those color codes (SGR, "ESC [ digits m") and
// no other control character from the input reaches the terminal; the
// output is valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>

#include "error.h"
#include "fuzz_support.h"
#include "render/display_width.h"
#include "render/term_report.h"

using namespace readoutdiff;

namespace {

constexpr size_t kWidth = 40;

// The line without the report's SGR codes; fails on any other control.
std::string strip_sgr(std::string_view line, bool color) {
    std::string out;
    for (size_t i = 0; i < line.size(); ++i) {
        auto c = static_cast<unsigned char>(line[i]);
        if (c == 0x1B) {
            FUZZ_CHECK(color, line);  // no escape at all without color
            size_t j = i + 1;
            FUZZ_CHECK(j < line.size() && line[j] == '[', line);
            ++j;
            while (j < line.size() && ((line[j] >= '0' && line[j] <= '9') || line[j] == ';')) ++j;
            FUZZ_CHECK(j < line.size() && line[j] == 'm', line);  // only SGR (colors)
            i = j;
            continue;
        }
        FUZZ_CHECK(c >= 0x20 && c != 0x7F, line);  // C0 controls and DEL from the input
        // C1 controls U+0080..U+009F (UTF-8 C2 80..C2 9F); U+009B is a CSI.
        FUZZ_CHECK(!(c == 0xC2 && i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) <= 0x9F), line);
        out += line[i];
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    try {
        std::optional<compare::Comparison> comparison = fuzz::compare_pair(fuzz::split_pair(data, size));
        if (!comparison) return 0;
        render::TerminalOptions options;
        options.width = kWidth;
        options.color = (size & 1) != 0;
        options.explain = (size & 2) != 0;
        std::ostringstream out;
        render::write_terminal(*comparison, options, out);
        std::string report = out.str();
        FUZZ_CHECK(fuzz::valid_utf8(report), report);
        for (std::string_view line : fuzz::lines(report)) {
            std::string plain = strip_sgr(line, options.color);
            FUZZ_CHECK(render::display_width(plain) <= kWidth, line);
        }
    } catch (const Error&) {
    }
    return 0;
}
