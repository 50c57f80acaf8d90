// Paths are compared as absolute, lexically normal paths, so "readouts/a.txt"
// found now and "../readouts/a.txt" written relative to reports/ are one file.
#include "pair/pairs_file.h"

#include <filesystem>
#include <map>

#include "error.h"
#include "io/file_io.h"
#include "text/lines.h"

namespace readoutdiff::pair {
namespace {

namespace fs = std::filesystem;

// Marks of the comment lines that list the readouts in no pair.
constexpr std::string_view kUnpairedMark = "# unpaired\t";
constexpr std::string_view kAlternativeMark = "# alternative\t";

std::string absolute_path(const fs::path& path) { return fs::absolute(path).lexically_normal().generic_string(); }

std::string written_path(const std::string& path, const std::string& base_folder) {
    if (base_folder.empty()) return path;
    fs::path relative = fs::path(absolute_path(path)).lexically_relative(absolute_path(base_folder));
    return relative.empty() ? absolute_path(path) : relative.generic_string();
}

// Tabs and line ends would break the line: a reason never holds one on purpose.
std::string one_field(std::string text) {
    for (char& c : text) {
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    }
    return text;
}

std::vector<std::string> split_tabs(std::string_view line) {
    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
        size_t tab = line.find('\t', start);
        fields.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos) return fields;
        start = tab + 1;
    }
}

}  // namespace

std::string pairs_tsv(const std::vector<Readout>& readouts, const Pairing& pairing, const std::string& base_folder) {
    std::string out =
        "# readoutdiff pair: id<TAB>us<TAB>prc<TAB>date<TAB>reason, paths relative to this file's folder;\n"
        "# the readouts in no pair follow as comments, so that the next run can tell new readouts from these.\n";
    for (const Pair& p : pairing.pairs) {
        out += p.id + '\t' + one_field(written_path(readouts[p.us].path, base_folder)) + '\t' +
               one_field(written_path(readouts[p.prc].path, base_folder)) + '\t' + p.date + '\t' + one_field(p.reason) +
               '\n';
    }
    for (const Unpaired& u : pairing.unpaired) {
        out += std::string(u.standing == Standing::alternative ? kAlternativeMark : kUnpairedMark) +
               one_field(written_path(readouts[u.readout].path, base_folder)) + '\t' + one_field(u.reason) + '\n';
    }
    return out;
}

PreviousPairing read_previous_pairing(const std::string& file, const std::vector<Readout>& readouts) {
    PreviousPairing previous;
    std::optional<std::string> content = io::read_file_if_present(file);
    if (!content) return previous;
    std::map<std::string, std::string> by_absolute;
    for (const Readout& r : readouts) by_absolute.emplace(absolute_path(r.path), r.path);
    fs::path folder = fs::path(file).parent_path();
    auto resolve = [&](const std::string& written) {
        std::string absolute = absolute_path(fs::path(written).is_absolute() ? fs::path(written) : folder / written);
        auto it = by_absolute.find(absolute);
        return it != by_absolute.end() ? it->second : written;
    };
    std::vector<std::string_view> lines = text::split_lines(*content);
    for (size_t n = 0; n < lines.size(); ++n) {
        std::string_view line = lines[n];
        for (std::string_view mark : {kUnpairedMark, kAlternativeMark}) {
            if (line.substr(0, mark.size()) == mark)
                previous.seen.insert(resolve(split_tabs(line.substr(mark.size())).front()));
        }
        if (line.empty() || line.front() == '#') continue;
        std::vector<std::string> fields = split_tabs(line);
        if (fields.size() < 3 || fields.size() > 5) {
            throw Error(file,
                        "expected id<TAB>us<TAB>prc[<TAB>date[<TAB>reason]], found " + std::to_string(fields.size()) +
                            " column" + (fields.size() == 1 ? "" : "s"),
                        n + 1, 1);
        }
        if (fields[0].empty() || fields[1].empty() || fields[2].empty())
            throw Error(file, "empty id or readout path", n + 1, 1);
        PreviousPair pair{fields[0], resolve(fields[1]), resolve(fields[2])};
        previous.seen.insert(pair.us);
        previous.seen.insert(pair.prc);
        previous.pairs.push_back(std::move(pair));
    }
    return previous;
}

}  // namespace readoutdiff::pair
