// The library's only contact with the file system: reading an input file whole,
// with the checks a user needs named, and writing an output file atomically.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace readoutdiff::io {

// Default cap on one input file; readouts are a few kilobytes.
inline constexpr size_t kDefaultMaxBytes = 16u * 1024u * 1024u;

// The largest --max-bytes: spans into a text are 32-bit, and UTF-8 offsets signed 32-bit.
inline constexpr size_t kLargestMaxBytes = size_t{1} << 30;

// "-" names standard input.
inline constexpr std::string_view kStandardInput = "-";

// How a path is named in messages and reports: "standard input" for "-".
std::string display_name(const std::string& path);

// Reads an input whole: a regular file, standard input ("-"), or a pipe or
// terminal (`<(...)`, /dev/stdin), which can be read only once. Throws Error
// naming the path for a missing file, a directory or socket, an unreadable
// file, or one larger than max_bytes.
std::string read_file(const std::string& path, size_t max_bytes = kDefaultMaxBytes);

// The same, or nothing when the file does not exist (an optional file).
std::optional<std::string> read_file_if_present(const std::string& path, size_t max_bytes = kDefaultMaxBytes);

// Whether something exists at path (a file, a folder, ...).
bool exists(const std::string& path);

// True when both paths name one existing regular file (a link, "./a" and "a").
bool same_file(const std::string& a, const std::string& b);

// Creates folder unless it exists. Throws Error when it cannot, or when the
// path is something else than a folder.
void make_folder(const std::string& folder);

// An output file written through a temporary file beside it, flushed to disk
// and renamed over it by commit(), so readers see the old file or the new
// one, never a partial one; destroyed without commit, it leaves nothing
// behind. A new file gets mode 0666 less the umask; a replaced one keeps its
// mode. A device or FIFO (/dev/null, a pipe) is written directly instead.
class AtomicFile {
public:
    // durable: also flush the data to disk before the rename, and the folder
    // after it, so a power failure leaves the old file or the new one, never
    // an empty one or none; a killed process cannot anyway.
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
    std::optional<unsigned> m_keep_mode;  // the replaced file's permissions
    std::unique_ptr<Buffer> m_buffer;
    std::unique_ptr<std::ostream> m_stream;
    bool m_durable;
    bool m_committed = false;
};

// Writes content through an AtomicFile.
void write_file_atomically(const std::string& path, std::string_view content, bool durable = true);

}  // namespace readoutdiff::io
