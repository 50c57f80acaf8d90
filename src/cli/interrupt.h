// Ctrl-C (SIGINT) and SIGTERM during a batch: the first asks the run to stop
// after the pairs in progress; files are written atomically, so nothing is
// left half-written.
#pragma once

#include <atomic>

namespace readoutdiff::cli {

// Installs the handlers and returns the flag they set.
const std::atomic<bool>& stop_on_interrupt();

}  // namespace readoutdiff::cli
