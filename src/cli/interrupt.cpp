// A signal handler may only touch a lock-free atomic; everything else
// happens when the workers see the flag.
#include "cli/interrupt.h"

#include <csignal>

namespace readoutdiff::cli {
namespace {

std::atomic<bool> g_stop{false};

extern "C" void on_signal(int) { g_stop = true; }

}  // namespace

const std::atomic<bool>& stop_on_interrupt() {
    static_assert(std::atomic<bool>::is_always_lock_free);
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    return g_stop;
}

}  // namespace readoutdiff::cli
