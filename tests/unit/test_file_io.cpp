// Tests for io/file_io: reading refuses what is not a regular file of a sane
// size, with the path in the message; writing is atomic and leaves no debris.
#include <doctest/doctest.h>

#include <dirent.h>
#include <csignal>
#include <optional>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <fstream>
#include <sstream>
#include <stdlib.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include "error.h"
#include "io/file_io.h"
#include "temp_dir.h"

namespace {

using readoutdiff::Error;
using readoutdiff::io::read_file;
using readoutdiff::io::write_file_atomically;
using test_support::TempDir;

// The items separated by " | ", so that a failure prints readable values.
template <typename T>
std::string joined(const std::vector<T>& items) {
    std::ostringstream out;
    for (size_t i = 0; i < items.size(); ++i) out << (i ? " | " : "") << items[i];
    return out.str();
}

void write_plain(const std::string& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
}

std::string read_plain(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

template <typename F>
std::string error_of(F&& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("read_file returns the bytes of a regular file") {
    TempDir dir;
    std::string content("line one\r\nline two\0with NUL\n", 28);
    write_plain(dir.file("us.txt"), content);
    CHECK(read_file(dir.file("us.txt")) == content);
}

TEST_CASE("read_file reads an empty file as empty") {
    TempDir dir;
    write_plain(dir.file("empty.txt"), "");
    CHECK(read_file(dir.file("empty.txt")).empty());
}

TEST_CASE("read_file refuses what it cannot read as a readout") {
    TempDir dir;
    SUBCASE("a missing file") {
        std::string path = dir.file("missing.txt");
        CHECK(error_of([&] { read_file(path); }) == path + ": no such file");
    }
    SUBCASE("a directory") {
        CHECK(error_of([&] { read_file(dir.path()); }) == dir.path() + ": is a directory, not a readout file");
    }
    SUBCASE("a socket") {
        std::string path = dir.file("socket");
        int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        path.copy(address.sun_path, sizeof address.sun_path - 1);
        REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        CHECK(error_of([&] { read_file(path); }) == path + ": is not a regular file, a pipe or standard input");
        ::close(fd);
    }
    SUBCASE("a file over max_bytes names --max-bytes") {
        std::string path = dir.file("big.txt");
        write_plain(path, std::string(101, 'x'));
        CHECK(error_of([&] { read_file(path, 100); }) ==
              path + ": file is 101 bytes, over the limit of 100 (raise it with --max-bytes)");
    }
    SUBCASE("a file of exactly max_bytes is read") {
        std::string path = dir.file("exact.txt");
        write_plain(path, std::string(100, 'x'));
        CHECK(read_file(path, 100) == std::string(100, 'x'));
    }
}

TEST_CASE("read_file reads a pipe (process substitution, a FIFO) to its end, bounded by max_bytes") {
    TempDir dir;
    std::string path = dir.file("pipe");
    REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
    SUBCASE("within the limit") {
        std::thread writer([&] { write_plain(path, std::string(200000, 'p')); });
        CHECK(read_file(path, 300000) == std::string(200000, 'p'));
        writer.join();
    }
    SUBCASE("over the limit") {
        auto old_handler = ::signal(SIGPIPE, SIG_IGN);  // the reader stops early
        std::thread writer([&] {
            std::ofstream out(path, std::ios::binary);
            out << std::string(5000, 'p');
        });
        CHECK(error_of([&] { read_file(path, 100); }) == path + ": file is over the limit of 100 bytes (raise it with --max-bytes)");
        writer.join();
        ::signal(SIGPIPE, old_handler);
    }
}

TEST_CASE("read_file_if_present is empty for a missing file only") {
    TempDir dir;
    CHECK_FALSE(readoutdiff::io::read_file_if_present(dir.file("missing.tsv")).has_value());
    write_plain(dir.file("tone.tsv"), "x");
    CHECK(readoutdiff::io::read_file_if_present(dir.file("tone.tsv")) == std::optional<std::string>("x"));
    CHECK(error_of([&] { readoutdiff::io::read_file_if_present(dir.path()); }) ==
          dir.path() + ": is a directory, not a readout file");
}

TEST_CASE("same_file tells two names of one file") {
    TempDir dir;
    write_plain(dir.file("a.txt"), "x");
    write_plain(dir.file("b.txt"), "x");
    CHECK(readoutdiff::io::same_file(dir.file("a.txt"), dir.path() + "/./a.txt"));
    CHECK_FALSE(readoutdiff::io::same_file(dir.file("a.txt"), dir.file("b.txt")));
    CHECK_FALSE(readoutdiff::io::same_file("-", "-"));
}

TEST_CASE("make_folder creates a folder once and refuses a file") {
    TempDir dir;
    CHECK_NOTHROW(readoutdiff::io::make_folder(dir.file("out")));
    CHECK_NOTHROW(readoutdiff::io::make_folder(dir.file("out")));
    write_plain(dir.file("file"), "x");
    CHECK(error_of([&] { readoutdiff::io::make_folder(dir.file("file")); }) == dir.file("file") + ": output exists and is not a folder");
}

TEST_CASE("read_file errors carry the path as the file of the Error") {
    TempDir dir;
    std::string path = dir.file("missing.txt");
    try {
        read_file(path);
        FAIL("no error thrown");
    } catch (const Error& e) {
        CHECK(e.file() == path);
        CHECK(e.message() == "no such file");
    }
}

TEST_CASE("write_file_atomically writes the content and leaves no temporary file") {
    TempDir dir;
    std::string path = dir.file("report.json");
    write_file_atomically(path, "{\"links\": []}\n");
    CHECK(read_plain(path) == "{\"links\": []}\n");
    CHECK(joined(dir.entries()) == "report.json");
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0644);
}

TEST_CASE("write_file_atomically gives a new file 0666 less the umask") {
    TempDir dir;
    std::string path = dir.file("report.json");
    mode_t old = ::umask(077);
    write_file_atomically(path, "x");
    ::umask(old);
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("write_file_atomically keeps the mode of the file it replaces") {
    TempDir dir;
    std::string path = dir.file("report.json");
    write_plain(path, "old");
    REQUIRE(::chmod(path.c_str(), 0640) == 0);
    write_file_atomically(path, "new");
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0640);
    CHECK(read_plain(path) == "new");
}

TEST_CASE("write_file_atomically replaces an existing file whole") {
    TempDir dir;
    std::string path = dir.file("report.md");
    write_plain(path, std::string(10000, 'o'));
    SUBCASE("with shorter content") {
        write_file_atomically(path, "new");
        CHECK(read_plain(path) == "new");
    }
    SUBCASE("with longer content") {
        std::string longer(20000, 'n');
        write_file_atomically(path, longer);
        CHECK(read_plain(path) == longer);
    }
    SUBCASE("with empty content") {
        write_file_atomically(path, "");
        CHECK(read_plain(path).empty());
    }
    CHECK(joined(dir.entries()) == "report.md");
}

TEST_CASE("write_file_atomically fails for a missing directory and leaves nothing") {
    TempDir dir;
    std::string path = dir.file("no-such-dir/report.md");
    CHECK(error_of([&] { write_file_atomically(path, "x"); }) == path + ": cannot write: the directory does not exist");
    CHECK(dir.entries().empty());
}

TEST_CASE("write_file_atomically refuses a directory as the output") {
    TempDir dir;
    CHECK(error_of([&] { write_file_atomically(dir.path(), "x"); }) ==
          dir.path() + ": is a directory; give a file name for the output");
    CHECK(dir.entries().empty());
}

TEST_CASE("write_file_atomically writes into /dev/null without replacing it") {
    CHECK_NOTHROW(write_file_atomically("/dev/null", "discarded"));
    struct stat info {};
    REQUIRE(::stat("/dev/null", &info) == 0);
    CHECK(S_ISCHR(info.st_mode));
}
