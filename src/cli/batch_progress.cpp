// Errors of single pairs are printed as they happen, so a long run shows
// them without waiting for the summary.
#include "cli/batch_progress.h"

#include <iostream>
#include <unistd.h>

#include "render/format.h"

namespace readoutdiff::cli {
namespace {

constexpr size_t kBarWidth = 30;
constexpr auto kLineInterval = std::chrono::seconds(10);

}  // namespace

BatchProgress::BatchProgress()
    : m_terminal(::isatty(STDERR_FILENO) == 1), m_last_line(std::chrono::steady_clock::now()) {}

void BatchProgress::update(size_t done, size_t total, const batch::SummaryRow& row) {
    if (row.failed()) {
        if (m_drawn) std::cerr << '\n';
        m_drawn = false;
        std::cerr << "readoutdiff: pair " << row.id << ": " << row.error << '\n';
    }
    if (m_terminal) {
        size_t filled = total ? done * kBarWidth / total : kBarWidth;
        std::cerr << "\r[" << std::string(filled, '#') << std::string(kBarWidth - filled, ' ') << "] " << done << "/"
                  << render::count_of(total, "pair") << std::flush;
        m_drawn = true;
        return;
    }
    auto now = std::chrono::steady_clock::now();
    bool tenth = total > 0 && done * 10 / total > m_last_reported * 10 / total;
    if (tenth || now - m_last_line >= kLineInterval) {
        std::cerr << "batch: " << done << "/" << render::count_of(total, "pair") << " done\n";
        m_last_reported = done;
        m_last_line = now;
    }
}

void BatchProgress::finish() {
    if (m_drawn) std::cerr << '\n';
    m_drawn = false;
}

}  // namespace readoutdiff::cli
