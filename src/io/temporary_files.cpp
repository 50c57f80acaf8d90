// A pid alone names the owner; the counter and the random part keep two
// files of one process, or of two hosts sharing a folder, apart.
#include "io/temporary_files.h"

#include <atomic>
#include <cerrno>
#include <charconv>
#include <dirent.h>
#include <fcntl.h>
#include <random>
#include <signal.h>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace readoutdiff::io {
namespace {

constexpr std::string_view kPrefix = ".readoutdiff-";
constexpr std::string_view kSuffix = ".tmp";

// The pid in a temporary's name, or 0 when the name is not one of ours.
pid_t owner_of(std::string_view name) {
    if (name.substr(0, kPrefix.size()) != kPrefix || name.size() < kPrefix.size() + kSuffix.size() ||
        name.substr(name.size() - kSuffix.size()) != kSuffix) {
        return 0;
    }
    name.remove_prefix(kPrefix.size());
    pid_t pid = 0;
    auto [end, error] = std::from_chars(name.data(), name.data() + name.size(), pid);
    if (error != std::errc() || end == name.data() || *end != '-' || pid <= 0) return 0;
    return pid;
}

// kill(pid, 0) checks for a process without signalling it; EPERM means it
// exists under another user.
bool process_alive(pid_t pid) { return ::kill(pid, 0) == 0 || errno != ESRCH; }

}  // namespace

Temporary create_temporary(const std::string& directory) {
    static std::atomic<unsigned long> counter{0};
    thread_local std::mt19937_64 random{std::random_device{}()};
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string path = directory + "/" + std::string(kPrefix) + std::to_string(::getpid()) + "-" +
                           std::to_string(counter++) + "-" + std::to_string(random() % 1000000) + std::string(kSuffix);
        // Mode 0666: the kernel takes the umask off, as for any new file.
        int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) return {path, fd};
        if (errno != EEXIST) break;
    }
    return {};
}

size_t remove_stale_temporaries(const std::string& directory) {
    DIR* handle = ::opendir(directory.c_str());
    if (handle == nullptr) return 0;
    std::vector<std::string> stale;
    while (dirent* entry = ::readdir(handle)) {
        pid_t owner = owner_of(entry->d_name);
        if (owner > 0 && owner != ::getpid() && !process_alive(owner)) stale.push_back(directory + "/" + entry->d_name);
    }
    ::closedir(handle);
    size_t removed = 0;
    for (const std::string& path : stale) removed += ::unlink(path.c_str()) == 0;
    return removed;
}

}  // namespace readoutdiff::io
