// POSIX calls rather than iostreams: they tell a pipe from a file before
// reading, and fsync + rename + fsync of the folder is what makes a write
// atomic and durable.
#include "io/file_io.h"

#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <streambuf>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

#include "error.h"
#include "io/system_error.h"
#include "io/temporary_files.h"

namespace readoutdiff::io {
namespace {

constexpr size_t kReadChunk = 64 * 1024;

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

// Reads fd to its end; expected is the size stat reported (0 for a pipe).
std::string read_all(int fd, const std::string& name, size_t expected, size_t max_bytes) {
    std::string bytes(expected, '\0');
    size_t filled = 0;
    while (true) {
        if (filled == bytes.size()) bytes.resize(bytes.size() + kReadChunk);  // a pipe, or the file grew
        ssize_t got = ::read(fd, bytes.data() + filled, bytes.size() - filled);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) throw Error(name, "cannot read: " + system_error_text(errno));
        if (got == 0) break;
        filled += static_cast<size_t>(got);
        if (filled > max_bytes) {
            throw Error(name, "file is over the limit of " + std::to_string(max_bytes) +
                                  " bytes (raise it with --max-bytes)");
        }
    }
    bytes.resize(filled);
    return bytes;
}

// fsync of a folder makes a rename inside it durable.
void sync_folder(const std::string& folder, const std::string& name) {
    FileDescriptor fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0 || ::fsync(fd.get()) != 0) throw Error(name, "cannot write: " + system_error_text(errno));
}

}  // namespace

std::string display_name(const std::string& path) { return path == kStandardInput ? "standard input" : path; }

std::string read_file(const std::string& path, size_t max_bytes) {
    if (path == kStandardInput) return read_all(STDIN_FILENO, display_name(path), 0, max_bytes);
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        if (errno == ENOENT) throw Error(path, "no such file");
        throw Error(path, "cannot read: " + system_error_text(errno));
    }
    if (S_ISDIR(info.st_mode)) throw Error(path, "is a directory, not a readout file");
    // A pipe (process substitution, a FIFO) or a terminal is read as a stream.
    bool stream = S_ISFIFO(info.st_mode) || S_ISCHR(info.st_mode);
    if (!S_ISREG(info.st_mode) && !stream) throw Error(path, "is not a regular file, a pipe or standard input");
    if (!stream && static_cast<size_t>(info.st_size) > max_bytes) {
        throw Error(path, "file is " + std::to_string(info.st_size) + " bytes, over the limit of " +
                              std::to_string(max_bytes) + " (raise it with --max-bytes)");
    }
    FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) throw Error(path, "cannot read: " + system_error_text(errno));
    return read_all(fd.get(), path, stream ? 0 : static_cast<size_t>(info.st_size), max_bytes);
}

std::optional<std::string> read_file_if_present(const std::string& path, size_t max_bytes) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0 && errno == ENOENT) return std::nullopt;
    return read_file(path, max_bytes);
}

bool exists(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0;
}

bool same_file(const std::string& a, const std::string& b) {
    struct stat first {};
    struct stat second {};
    if (a == kStandardInput || b == kStandardInput) return false;
    if (::stat(a.c_str(), &first) != 0 || ::stat(b.c_str(), &second) != 0) return false;
    return S_ISREG(first.st_mode) && first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

void make_folder(const std::string& folder) {
    struct stat info {};
    if (::stat(folder.c_str(), &info) == 0) {
        if (!S_ISDIR(info.st_mode)) throw Error(folder, "output exists and is not a folder");
        return;
    }
    if (::mkdir(folder.c_str(), 0777) != 0) {
        throw Error(folder, errno == ENOENT ? "cannot create the output folder: its parent does not exist"
                                            : "cannot create the output folder: " + system_error_text(errno));
    }
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
        Temporary temporary = create_temporary(directory_of(m_path));
        if (temporary.fd < 0) {
            int error_number = errno;
            if (error_number == ENOENT) throw Error(m_path, "cannot write: the directory does not exist");
            throw Error(m_path, "cannot write: " + system_error_text(error_number));
        }
        m_temp_path = std::move(temporary.path);
        m_fd = temporary.fd;
        if (exists) m_keep_mode = info.st_mode & 07777;
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
    if (m_keep_mode && ::fchmod(m_fd, *m_keep_mode) != 0) fail(errno);
    if (m_durable && ::fsync(m_fd) != 0) fail(errno);
    int fd = std::exchange(m_fd, -1);
    if (::close(fd) != 0) fail(errno);
    if (::rename(m_temp_path.c_str(), m_path.c_str()) != 0) fail(errno);
    m_committed = true;
    if (m_durable) sync_folder(directory_of(m_path), m_path);
}

void write_file_atomically(const std::string& path, std::string_view content, bool durable) {
    AtomicFile file(path, durable);
    file.stream().write(content.data(), static_cast<std::streamsize>(content.size()));
    file.commit();
}

}  // namespace readoutdiff::io
