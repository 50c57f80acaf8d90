// Ids become report file names, so they are checked to be plain names; a
// folder missing one of its readouts becomes a pair with an error rather
// than vanishing, so a CI run reports it.
#include "batch/pairs.h"

#include <algorithm>
#include <dirent.h>
#include <set>
#include <sys/stat.h>

#include "batch/hash.h"
#include "error.h"
#include "io/file_io.h"
#include "text/lines.h"
#include "text/meta_date.h"

namespace readoutdiff::batch {
namespace {

bool is_directory(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

std::vector<std::string> list_directory(const std::string& path) {
    DIR* handle = ::opendir(path.c_str());
    if (handle == nullptr) throw Error(path, "corpus folder cannot be opened");
    std::vector<std::string> names;
    while (dirent* entry = ::readdir(handle)) {
        std::string name = entry->d_name;
        if (name != "." && name != "..") names.push_back(name);
    }
    ::closedir(handle);
    std::sort(names.begin(), names.end());
    return names;
}

bool is_readout_name(const std::string& name) {
    return name.rfind("us.", 0) == 0 || name.rfind("prc.", 0) == 0;
}

bool valid_id(const std::string& id) {
    if (id.empty() || id.front() == '.' || id.size() > 200) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    });
}

// yyyy-mm-dd at the start of s, with a real month and day.
bool starts_with_date(const std::string& s) {
    if (s.size() < 10) return false;
    for (size_t i = 0; i < 10; ++i) {
        bool ok = (i == 4 || i == 7) ? s[i] == '-' : (s[i] >= '0' && s[i] <= '9');
        if (!ok) return false;
    }
    int month = std::stoi(s.substr(5, 2)), day = std::stoi(s.substr(8, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool is_date(const std::string& s) { return s.size() == 10 && starts_with_date(s); }

std::string resolve(const std::string& corpus, const std::string& path) {
    return !path.empty() && path.front() == '/' ? path : corpus + "/" + path;
}

std::vector<PairSpec> from_manifest(const std::string& corpus, const std::string& manifest) {
    std::string content = io::read_file(manifest);
    std::vector<PairSpec> pairs;
    std::set<std::string> ids;
    std::vector<std::string_view> lines = text::split_lines(content);
    for (size_t index = 0; index < lines.size(); ++index) {
        std::string line(lines[index]);
        size_t line_number = index + 1;
        if (line.empty() || line.front() == '#') continue;
        std::vector<std::string> fields;
        size_t start = 0;
        while (true) {
            size_t tab = line.find('\t', start);
            fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        // A fifth column, the reason readoutdiff pair gives for a pair, is for readers.
        if (fields.size() < 3 || fields.size() > 5) {
            throw Error(manifest, "expected id<TAB>left<TAB>right<TAB>date[<TAB>reason], found " + std::to_string(fields.size()) +
                                      " column" + (fields.size() == 1 ? "" : "s"), line_number, 1);
        }
        if (!valid_id(fields[0])) {
            throw Error(manifest, "id '" + fields[0] + "' must be letters, digits, '.', '_' or '-', not starting with '.'",
                        line_number, 1);
        }
        if (!ids.insert(fields[0]).second) throw Error(manifest, "duplicate id '" + fields[0] + "'", line_number, 1);
        if (fields[1].empty() || fields[2].empty()) throw Error(manifest, "empty readout path", line_number, 1);
        std::string date = fields.size() >= 4 ? fields[3] : "";
        if (!date.empty() && !is_date(date)) {
            throw Error(manifest, "date '" + date + "' is not yyyy-mm-dd", line_number, fields[0].size() + fields[1].size() + fields[2].size() + 4);
        }
        PairSpec pair{fields[0], resolve(corpus, fields[1]), resolve(corpus, fields[2]), date, ""};
        for (const std::string* path : {&pair.left, &pair.right}) {
            if (pair.error.empty() && !io::exists(*path)) pair.error = *path + ": no such file";
        }
        pairs.push_back(std::move(pair));
    }
    return pairs;
}

// The one readout of a folder whose name starts with prefix and ends in .txt or .md.
std::string readout_in(const std::string& folder, const std::vector<std::string>& names, const std::string& prefix,
                       std::string& error) {
    std::vector<std::string> found;
    for (const std::string& name : names) {
        bool text = name.size() > 4 && (name.substr(name.size() - 4) == ".txt" || name.substr(name.size() - 3) == ".md");
        if (name.rfind(prefix + ".", 0) == 0 && text) found.push_back(name);
    }
    if (found.size() == 1) return folder + "/" + found.front();
    if (error.empty()) {
        error = folder + ": " + (found.empty() ? "no " + prefix + ".txt or " + prefix + ".md readout"
                                               : "more than one " + prefix + ".* readout");
    }
    return found.empty() ? "" : folder + "/" + found.front();
}

std::vector<PairSpec> from_folders(const std::string& corpus) {
    std::vector<PairSpec> pairs;
    for (const std::string& name : list_directory(corpus)) {
        std::string folder = corpus + "/" + name;
        if (!is_directory(folder) || !valid_id(name)) continue;
        std::vector<std::string> names = list_directory(folder);
        bool has_readout = std::any_of(names.begin(), names.end(), is_readout_name);
        if (!has_readout) continue;  // not a pair folder (lexicons, notes)
        PairSpec pair;
        pair.id = name;
        pair.left = readout_in(folder, names, "us", pair.error);
        pair.right = readout_in(folder, names, "prc", pair.error);
        pair.date = folder_date(folder, name);
        pairs.push_back(std::move(pair));
    }
    return pairs;
}

// Where no pair was found: the layouts looked for, and a hint when corpus is
// itself one pair's folder.
std::string no_pairs_message(const std::string& corpus) {
    std::vector<std::string> names = list_directory(corpus);
    bool is_pair_folder = std::any_of(names.begin(), names.end(), is_readout_name);
    return std::string("no readout pairs found: looked for pairs.tsv, and for subfolders each holding one us.* and "
                       "one prc.* readout") +
           (is_pair_folder ? " (this folder holds them itself: give its parent folder)" : "");
}

}  // namespace

std::string date_at_start(const std::string& name) { return starts_with_date(name) ? name.substr(0, 10) : ""; }

std::string folder_date(const std::string& folder, const std::string& name) {
    try {
        std::string date = text::meta_tsv_date(io::read_file(folder + "/meta.tsv"));
        if (!date.empty()) return date;
    } catch (const Error&) {
        // no meta.tsv: fall back to the name
    }
    return date_at_start(name);
}

std::vector<PairSpec> discover_pairs(const std::string& corpus) {
    if (!is_directory(corpus)) throw Error(corpus, io::exists(corpus) ? "is not a folder" : "no such corpus folder");
    std::string manifest = corpus + "/pairs.tsv";
    std::vector<PairSpec> pairs = io::exists(manifest) ? from_manifest(corpus, manifest) : from_folders(corpus);
    if (pairs.empty()) throw Error(corpus, no_pairs_message(corpus));
    std::sort(pairs.begin(), pairs.end(), [](const PairSpec& a, const PairSpec& b) { return a.id < b.id; });
    return pairs;
}

std::vector<PairSpec> select_shard(std::vector<PairSpec> pairs, size_t k, size_t n) {
    std::erase_if(pairs, [&](const PairSpec& p) { return hash_of(p.id) % n != k - 1; });
    return pairs;
}

}  // namespace readoutdiff::batch
