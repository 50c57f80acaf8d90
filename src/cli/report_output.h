// Where a command's report goes: standard output, or a file written through a
// temporary file renamed when the report is complete, so a failure never
// leaves a partial report. Reports stream to it rather than being built in memory.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "io/file_io.h"

namespace readoutdiff::cli {

class ReportOutput {
public:
    // "" and "-" mean standard output.
    explicit ReportOutput(const std::string& path);

    std::ostream& stream();
    bool to_file() const { return m_file.has_value(); }
    // Renames the file into place, or flushes standard output; Error when it cannot be written.
    void finish();

private:
    std::optional<io::AtomicFile> m_file;
};

// The whole of `content` to `path` ("" or "-": standard output), as ReportOutput writes.
void write_output(const std::string& path, const std::string& content);

}  // namespace readoutdiff::cli
