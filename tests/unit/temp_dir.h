// A fresh directory under TMPDIR for one test, removed with its files (one
// level of subfolders too) at the end.
#pragma once

#include <algorithm>
#include <dirent.h>
#include <doctest/doctest.h>
#include <fstream>
#include <stdlib.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace test_support {

class TempDir {
public:
    TempDir() {
        const char* base = std::getenv("TMPDIR");
        std::string pattern = std::string(base && *base ? base : "/tmp") + "/readoutdiff-test-XXXXXX";
        char* made = ::mkdtemp(pattern.data());
        REQUIRE(made != nullptr);
        m_path = pattern;
    }
    ~TempDir() { remove_tree(m_path); }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::string& path() const { return m_path; }
    std::string file(const std::string& name) const { return m_path + "/" + name; }

    // Writes content to name (a path inside the directory), creating one level of folder.
    std::string write(const std::string& name, const std::string& content) const {
        size_t slash = name.find('/');
        if (slash != std::string::npos) ::mkdir(file(name.substr(0, slash)).c_str(), 0755);
        std::ofstream out(file(name), std::ios::binary);
        out << content;
        return file(name);
    }

    // Names in the directory, without "." and "..", sorted.
    std::vector<std::string> entries() const { return names_in(m_path); }

private:
    static std::vector<std::string> names_in(const std::string& folder) {
        std::vector<std::string> names;
        if (DIR* dir = ::opendir(folder.c_str())) {
            while (dirent* entry = ::readdir(dir)) {
                std::string name = entry->d_name;
                if (name != "." && name != "..") names.push_back(name);
            }
            ::closedir(dir);
        }
        std::sort(names.begin(), names.end());
        return names;
    }
    static void remove_tree(const std::string& folder) {
        for (const std::string& name : names_in(folder)) {
            std::string path = folder + "/" + name;
            struct stat info {};
            if (::lstat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
                remove_tree(path);
            } else {
                ::unlink(path.c_str());
            }
        }
        ::rmdir(folder.c_str());
    }

    std::string m_path;
};

}  // namespace test_support
