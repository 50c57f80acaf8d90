#include "cli/report_output.h"

#include <iostream>

#include "error.h"

namespace readoutdiff::cli {

ReportOutput::ReportOutput(const std::string& path) {
    if (!path.empty() && path != "-") m_file.emplace(path);
}

std::ostream& ReportOutput::stream() { return m_file ? m_file->stream() : std::cout; }

void ReportOutput::finish() {
    if (m_file) {
        m_file->commit();
        return;
    }
    std::cout.flush();
    if (!std::cout) throw Error("standard output", "cannot write");
}

void write_output(const std::string& path, const std::string& content) {
    ReportOutput output(path);
    output.stream() << content;
    output.finish();
}

}  // namespace readoutdiff::cli
