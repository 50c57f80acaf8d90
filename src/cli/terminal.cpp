// The conventions followed: no-color.org (NO_COLOR), CLICOLOR_FORCE, and
// TERM=dumb for terminals that cannot show escape codes.
#include "cli/terminal.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <sys/ioctl.h>
#include <unistd.h>

namespace readoutdiff::cli {
namespace {

constexpr size_t kDefaultWidth = 100;
constexpr size_t kMinimumWidth = 40;

bool env_set(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && value[0] != '\0';
}

}  // namespace

TerminalCapabilities detect_terminal(ColorMode mode, std::optional<size_t> width, bool to_file) {
    bool tty = !to_file && ::isatty(STDOUT_FILENO) == 1;
    TerminalCapabilities caps{false, kDefaultWidth};
    if (mode == ColorMode::always) {
        caps.color = true;
    } else if (mode == ColorMode::automatic) {
        const char* term = std::getenv("TERM");
        bool dumb = term != nullptr && std::strcmp(term, "dumb") == 0;
        caps.color = !env_set("NO_COLOR") && ((tty && !dumb) || (env_set("CLICOLOR_FORCE") && !to_file));
    }
    if (width) {
        caps.width = *width;
    } else if (tty) {
        winsize size{};
        if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
            caps.width = std::max<size_t>(kMinimumWidth, size.ws_col);
        }
    }
    return caps;
}

}  // namespace readoutdiff::cli
