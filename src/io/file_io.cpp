// POSIX calls rather than iostreams: they tell a FIFO from a file before any
// read blocks, and fsync + rename is what makes a write atomic.
#include "io/file_io.h"

#include <cerrno>
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

void write_all(int fd, std::string_view content, const std::string& path) {
    while (!content.empty()) {
        ssize_t written = ::write(fd, content.data(), content.size());
        if (written < 0 && errno == EINTR) continue;
        if (written < 0) throw Error(path, "cannot write: " + system_error_text(errno));
        content.remove_prefix(static_cast<size_t>(written));
    }
}

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

void write_file_atomically(const std::string& path, std::string_view content) {
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
        throw Error(path, "is a directory; give a file name for the output");
    }
    if (::stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode)) {
        // A device or FIFO (/dev/null, /dev/full, a pipe) cannot be replaced by
        // a rename, and must not be: write to it directly.
        FileDescriptor fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC));
        if (fd.get() < 0) throw Error(path, "cannot write: " + system_error_text(errno));
        write_all(fd.get(), content, path);
        return;
    }
    std::string temp_path = directory_of(path) + "/.readoutdiff-XXXXXX";
    FileDescriptor fd(::mkstemp(temp_path.data()));
    if (fd.get() < 0) {
        int error_number = errno;
        if (error_number == ENOENT) throw Error(path, "cannot write: the directory does not exist");
        throw Error(path, "cannot write: " + system_error_text(error_number));
    }
    try {
        write_all(fd.get(), content, path);
        if (::fsync(fd.get()) != 0) throw Error(path, "cannot write: " + system_error_text(errno));
        ::fchmod(fd.get(), 0644);
        if (::close(fd.release()) != 0) throw Error(path, "cannot write: " + system_error_text(errno));
        if (::rename(temp_path.c_str(), path.c_str()) != 0) {
            throw Error(path, "cannot write: " + system_error_text(errno));
        }
    } catch (...) {
        ::unlink(temp_path.c_str());
        throw;
    }
}

}  // namespace readoutdiff::io
