// Paths keep the folder as the user wrote it ("readouts/us/a.txt"), so
// reports and pairs.tsv show names the user recognizes.
#include "pair/readout_files.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "error.h"

namespace readoutdiff::pair {
namespace {

namespace fs = std::filesystem;

bool is_readout_name(const fs::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return extension == ".txt" || extension == ".md";
}

bool hidden(const fs::path& path) {
    std::string name = path.filename().string();
    return !name.empty() && name.front() == '.';
}

std::string absolute_path(const fs::path& path) { return fs::absolute(path).lexically_normal().generic_string(); }

void search(const std::string& folder, const std::string& skip, std::vector<std::string>& found) {
    std::error_code error;
    fs::recursive_directory_iterator it(folder, error), end;
    for (; !error && it != end; it.increment(error)) {
        const fs::directory_entry& entry = *it;
        bool skipped = !skip.empty() && entry.is_directory(error) && absolute_path(entry.path()) == skip;
        if (skipped) {
            it.disable_recursion_pending();
            continue;
        }
        if (hidden(entry.path())) {
            if (entry.is_directory(error)) it.disable_recursion_pending();
            continue;
        }
        if (entry.is_regular_file(error) && is_readout_name(entry.path()))
            found.push_back(entry.path().lexically_normal().generic_string());
    }
    if (error) throw Error(folder, "cannot be read: " + error.message());
}

}  // namespace

std::vector<std::string> find_readout_files(const std::vector<std::string>& paths, const std::string& skip) {
    std::vector<std::string> found;
    std::string skip_absolute = skip.empty() ? "" : absolute_path(skip);
    for (const std::string& path : paths) {
        std::error_code error;
        fs::file_status status = fs::status(path, error);
        if (!fs::exists(status)) throw Error(path, "no such folder");
        if (fs::is_directory(status))
            search(path, skip_absolute, found);
        else
            found.push_back(fs::path(path).lexically_normal().generic_string());
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    if (found.empty()) {
        std::string where = paths.size() == 1 ? paths.front() : std::to_string(paths.size()) + " folders";
        throw Error(where, "no readouts found (looked for .txt and .md files, in subfolders too)");
    }
    return found;
}

}  // namespace readoutdiff::pair
