// Terminal capabilities, decided once: whether to color and how wide to be.
#pragma once

#include <cstddef>
#include <optional>

#include "cli/options.h"

namespace readoutdiff::cli {

struct TerminalCapabilities {
    bool color;
    size_t width;
};

// Color: --color always/never win; with auto, color only when standard output
// is a terminal, TERM is not "dumb" and NO_COLOR is unset (CLICOLOR_FORCE
// forces it on). Width: --width, else the terminal's, else 100. Writing to a
// file (-o) never colors unless --color always.
TerminalCapabilities detect_terminal(ColorMode mode, std::optional<size_t> width, bool to_file);

}  // namespace readoutdiff::cli
