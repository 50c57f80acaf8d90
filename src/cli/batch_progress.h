// Progress of a batch run on standard error: a bar that redraws itself on a
// terminal, plain lines now and then otherwise (CI logs).
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

#include "batch/summary.h"

namespace readoutdiff::cli {

class BatchProgress {
public:
    BatchProgress();
    void update(size_t done, size_t total, const batch::SummaryRow& row);
    void finish();

private:
    bool m_terminal;
    bool m_drawn = false;
    size_t m_last_reported = 0;
    std::chrono::steady_clock::time_point m_last_line;
};

}  // namespace readoutdiff::cli
