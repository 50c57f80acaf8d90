// Harness (d), Markdown report. The input is a pair (LEFT \0 RIGHT). The
// renderer promises that a readout "cannot break the table or inject markup".
// Checks: valid UTF-8; every table line ("| ...") has exactly the four cell
// separators of a three-column row (a '|' counts unless an odd number of
// backslashes precede it); no unescaped '<' (HTML) anywhere.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>

#include "error.h"
#include "fuzz_support.h"
#include "render/md_report.h"

using namespace readoutdiff;

namespace {

bool escaped_at(std::string_view line, size_t i) {
    size_t backslashes = 0;
    while (i > backslashes && line[i - backslashes - 1] == '\\') ++backslashes;
    return backslashes % 2 == 1;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    try {
        std::optional<compare::Comparison> comparison = fuzz::compare_pair(fuzz::split_pair(data, size));
        if (!comparison) return 0;
        std::ostringstream out;
        render::write_markdown(*comparison, out);
        std::string report = out.str();
        FUZZ_CHECK(fuzz::valid_utf8(report), report);
        for (std::string_view line : fuzz::lines(report)) {
            size_t pipes = 0;
            for (size_t i = 0; i < line.size(); ++i) {
                if (line[i] == '|' && !escaped_at(line, i)) ++pipes;
                FUZZ_CHECK(line[i] != '<' || escaped_at(line, i), line);
            }
            if (!line.empty() && line[0] == '|') FUZZ_CHECK(pipes == 4, line);
        }
    } catch (const Error&) {
    }
    return 0;
}
