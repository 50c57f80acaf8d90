// The library's only contact with the file system: reading an input file whole,
// with the checks a user needs named, and writing an output file atomically.
#pragma once

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace readoutdiff::io {

// Default cap on one input file; readouts are a few kilobytes.
inline constexpr size_t kDefaultMaxBytes = 16u * 1024u * 1024u;

// Reads a regular file whole. Throws Error naming the path for a missing file,
// a directory or other non-regular file, an unreadable file, or one larger
// than max_bytes.
std::string read_file(const std::string& path, size_t max_bytes = kDefaultMaxBytes);

// An output file written through a temporary file beside it, flushed to disk
// and renamed over it by commit(), so readers see the old file or the new
// one, never a partial one; destroyed without commit, it leaves nothing
// behind. A device or FIFO (/dev/null, a pipe) is written directly instead.
class AtomicFile {
public:
    // durable: also flush the data to disk before the rename, so a power
    // failure cannot leave an empty file; a killed process cannot anyway.
    explicit AtomicFile(std::string path, bool durable = true);  // throws Error (a folder, a missing directory)
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    std::ostream& stream() { return *m_stream; }
    void commit();  // throws Error naming the path (disk full, ...)

private:
    class Buffer;
    std::string m_path;
    std::string m_temp_path;  // empty when writing to a device
    int m_fd = -1;
    std::unique_ptr<Buffer> m_buffer;
    std::unique_ptr<std::ostream> m_stream;
    bool m_durable;
    bool m_committed = false;
};

// Writes content through an AtomicFile.
void write_file_atomically(const std::string& path, std::string_view content, bool durable = true);

}  // namespace readoutdiff::io
