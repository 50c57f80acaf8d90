// POSIX calls rather than iostreams: they tell a FIFO from a file before any
// read blocks, and fsync + rename is what makes a write atomic.
#include "io/file_io.h"

#include <cerrno>
#include <memory>
#include <streambuf>
#include <vector>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

#include "error.h"

namespace readoutdiff::io {
namespace {

std::string system_error_text(int error_number) { return std::strerror(error_number); }

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor() {
        if (m_fd >= 0) ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

std::string directory_of(const std::string& path) {
    size_t slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

std::string read_file(const std::string& path, size_t max_bytes) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        if (errno == ENOENT) throw Error(path, "no such file");
        throw Error(path, "cannot read: " + system_error_text(errno));
    }
    if (S_ISDIR(info.st_mode)) throw Error(path, "is a directory, not a readout file");
    if (!S_ISREG(info.st_mode)) throw Error(path, "is not a regular file");
    if (static_cast<size_t>(info.st_size) > max_bytes) {
        throw Error(path, "file is " + std::to_string(info.st_size) + " bytes, over the limit of " +
                              std::to_string(max_bytes) + " (raise it with --max-bytes)");
    }
    FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) throw Error(path, "cannot read: " + system_error_text(errno));

    std::string bytes;
    bytes.resize(static_cast<size_t>(info.st_size));
    size_t filled = 0;
    while (true) {
        if (filled == bytes.size()) bytes.resize(bytes.size() + 4096);  // the file grew
        ssize_t got = ::read(fd.get(), bytes.data() + filled, bytes.size() - filled);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) throw Error(path, "cannot read: " + system_error_text(errno));
        if (got == 0) break;
        filled += static_cast<size_t>(got);
        if (filled > max_bytes) {
            throw Error(path, "file is over the limit of " + std::to_string(max_bytes) +
                                  " bytes (raise it with --max-bytes)");
        }
    }
    bytes.resize(filled);
    return bytes;
}

// Buffered writes to a file descriptor, remembering the first error.
class AtomicFile::Buffer : public std::streambuf {
public:
    explicit Buffer(int fd) : m_fd(fd), m_data(1 << 16) { setp(m_data.data(), m_data.data() + m_data.size()); }
    int error() const { return m_error; }

protected:
    int overflow(int c) override {
        if (sync() != 0) return traits_type::eof();
        if (c != traits_type::eof()) {
            *pptr() = static_cast<char>(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    int sync() override {
        std::string_view pending(pbase(), static_cast<size_t>(pptr() - pbase()));
        while (!pending.empty() && m_error == 0) {
            ssize_t written = ::write(m_fd, pending.data(), pending.size());
            if (written < 0 && errno == EINTR) continue;
            if (written < 0) {
                m_error = errno;
                break;
            }
            pending.remove_prefix(static_cast<size_t>(written));
        }
        setp(m_data.data(), m_data.data() + m_data.size());
        return m_error == 0 ? 0 : -1;
    }

private:
    int m_fd;
    std::vector<char> m_data;
    int m_error = 0;
};

AtomicFile::AtomicFile(std::string path, bool durable) : m_path(std::move(path)), m_durable(durable) {
    struct stat info {};
    bool exists = ::stat(m_path.c_str(), &info) == 0;
    if (exists && S_ISDIR(info.st_mode)) throw Error(m_path, "is a directory; give a file name for the output");
    if (exists && !S_ISREG(info.st_mode)) {
        // A device or FIFO (/dev/null, /dev/full, a pipe) cannot be replaced by
        // a rename, and must not be: write to it directly.
        m_fd = ::open(m_path.c_str(), O_WRONLY | O_CLOEXEC);
        if (m_fd < 0) throw Error(m_path, "cannot write: " + system_error_text(errno));
    } else {
        m_temp_path = directory_of(m_path) + "/.readoutdiff-XXXXXX";
        m_fd = ::mkstemp(m_temp_path.data());
        if (m_fd < 0) {
            int error_number = errno;
            if (error_number == ENOENT) throw Error(m_path, "cannot write: the directory does not exist");
            throw Error(m_path, "cannot write: " + system_error_text(error_number));
        }
    }
    m_buffer = std::make_unique<Buffer>(m_fd);
    m_stream = std::make_unique<std::ostream>(m_buffer.get());
}

AtomicFile::~AtomicFile() {
    if (m_fd >= 0) ::close(m_fd);
    if (!m_committed && !m_temp_path.empty()) ::unlink(m_temp_path.c_str());
}

void AtomicFile::commit() {
    m_stream->flush();
    auto fail = [&](int error_number) { throw Error(m_path, "cannot write: " + system_error_text(error_number)); };
    if (m_buffer->error() != 0) fail(m_buffer->error());
    if (m_temp_path.empty()) {  // a device: nothing to rename
        m_committed = true;
        return;
    }
    if (m_durable && ::fsync(m_fd) != 0) fail(errno);
    ::fchmod(m_fd, 0644);
    int fd = std::exchange(m_fd, -1);
    if (::close(fd) != 0) fail(errno);
    if (::rename(m_temp_path.c_str(), m_path.c_str()) != 0) fail(errno);
    m_committed = true;
}

void write_file_atomically(const std::string& path, std::string_view content, bool durable) {
    AtomicFile file(path, durable);
    file.stream().write(content.data(), static_cast<std::streamsize>(content.size()));
    file.commit();
}

}  // namespace readoutdiff::io
