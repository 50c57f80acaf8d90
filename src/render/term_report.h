// The terminal report: a summary of both sides' signals, the topic emphasis
// table, and the aligned passages side by side with word differences marked.
#pragma once

#include <cstddef>
#include <ostream>

#include "compare/comparison.h"

namespace readoutdiff::render {

struct TerminalOptions {
    size_t width = 100;    // no output line is wider (at least 40)
    bool color = false;    // ANSI colors; without them differences are marked [-like this-] {+and this+}
    bool explain = false;  // under each passage, the tone terms that scored it
};

void write_terminal(const compare::Comparison& comparison, const TerminalOptions& options, std::ostream& out);

}  // namespace readoutdiff::render
