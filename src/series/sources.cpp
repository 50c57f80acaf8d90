// Folders are walked in sorted name order, so the same tree gives the same
// list (and the same output) on every file system; one file reached twice
// (named and inside a named folder, or through a link) counts once.
#include "series/sources.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "error.h"

namespace readoutdiff::series {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSummaryName = "summary.jsonl";

bool is_readout_name(const std::string& name) {
    for (const char* ending : {".txt", ".md", ".htm", ".html"}) {
        std::string_view e(ending);
        if (name.size() > e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0) return true;
    }
    return false;
}

bool is_batch_outdir(const fs::path& folder) {
    std::error_code error;
    return fs::is_regular_file(folder / kSummaryName, error);
}

std::vector<fs::path> sorted_entries(const fs::path& folder) {
    std::error_code error;
    fs::directory_iterator it(folder, error);
    if (error) throw Error(folder.string(), "folder cannot be read: " + error.message());
    std::vector<fs::path> entries;
    for (; it != fs::directory_iterator(); it.increment(error)) {
        if (error) throw Error(folder.string(), "folder cannot be read: " + error.message());
        entries.push_back(it->path());
    }
    std::sort(entries.begin(), entries.end());
    return entries;
}

class Finder {
public:
    void add_argument(const std::string& argument) {
        std::error_code error;
        fs::file_status status = fs::status(argument, error);
        if (error || !fs::exists(status)) throw Error(argument, "no such file or folder");
        if (!fs::is_directory(status)) {
            add_file(argument);
            return;
        }
        size_t before = found();
        add_folder(argument);
        if (found() == before) {
            throw Error(argument,
                        "no readouts found: looked for .txt, .md, .htm and .html files, and for a batch "
                        "OUTDIR's summary.jsonl");
        }
    }

    Sources take() { return std::move(m_sources); }

private:
    size_t found() const { return m_sources.readout_files.size() + m_sources.batch_outdirs.size(); }

    bool first_visit(const fs::path& path) {
        std::error_code error;
        fs::path canonical = fs::weakly_canonical(path, error);
        return m_seen.insert(error ? path.lexically_normal().string() : canonical.string()).second;
    }

    void add_file(const fs::path& path) {
        if (first_visit(path)) m_sources.readout_files.push_back(path.string());
    }

    // A folder reached twice (a link back up the tree) is walked once.
    void add_folder(const fs::path& folder) {
        if (!first_visit(folder)) return;
        if (is_batch_outdir(folder)) {
            m_sources.batch_outdirs.push_back(folder.string());
            return;
        }
        for (const fs::path& entry : sorted_entries(folder)) {
            std::string name = entry.filename().string();
            if (name.empty() || name.front() == '.') continue;
            std::error_code error;
            if (fs::is_directory(entry, error)) {
                add_folder(entry);
            } else if (fs::is_regular_file(entry, error) && is_readout_name(name)) {
                add_file(entry);
            }
        }
    }

    Sources m_sources;
    std::set<std::string> m_seen;
};

}  // namespace

Sources find_sources(const std::vector<std::string>& arguments) {
    Finder finder;
    for (const std::string& argument : arguments) finder.add_argument(argument);
    return finder.take();
}

}  // namespace readoutdiff::series
