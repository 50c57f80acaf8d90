// Tests for io/temporary_files: temporaries are named after their process;
// only those of processes that are gone are removed.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "io/temporary_files.h"
#include "temp_dir.h"

using namespace readoutdiff::io;

namespace {

// The pid of a process that has exited (reaped, so the pid names no process).
pid_t gone_pid() {
    pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    ::waitpid(child, nullptr, 0);
    return child;
}

}  // namespace

TEST_CASE("create_temporary names the file after this process and applies the umask") {
    test_support::TempDir dir;
    mode_t old = ::umask(027);
    Temporary temporary = create_temporary(dir.path());
    ::umask(old);
    REQUIRE(temporary.fd >= 0);
    ::close(temporary.fd);
    std::string expected = dir.path() + "/.readoutdiff-" + std::to_string(::getpid()) + "-";
    CHECK(temporary.path.rfind(expected, 0) == 0);
    struct stat info {};
    REQUIRE(::stat(temporary.path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0640);
}

TEST_CASE("remove_stale_temporaries removes those of gone processes only") {
    test_support::TempDir dir;
    std::string gone = dir.write(".readoutdiff-" + std::to_string(gone_pid()) + "-0-12.tmp", "x");
    std::string live = dir.write(".readoutdiff-" + std::to_string(::getppid()) + "-0-12.tmp", "x");
    std::string mine = dir.write(".readoutdiff-" + std::to_string(::getpid()) + "-3-4.tmp", "x");
    std::string other = dir.write(".readoutdiff-AbC123", "x");  // not one of ours by name
    CHECK(remove_stale_temporaries(dir.path()) == 1);
    std::vector<std::string> kept = {mine.substr(dir.path().size() + 1), live.substr(dir.path().size() + 1),
                                     other.substr(dir.path().size() + 1)};
    std::sort(kept.begin(), kept.end());
    CHECK(dir.entries() == kept);
    CHECK(::access(gone.c_str(), F_OK) != 0);
}
