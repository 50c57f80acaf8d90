// Modification times decide whether a report is the one a summary describes;
// the input hash (XXH3) decides whether the inputs changed.
#include "batch/reuse_cache.h"

#include <algorithm>
#include <sys/stat.h>

#include "batch/hash.h"
#include "error.h"
#include "io/file_io.h"
#include "lexicon/builtin.h"
#include "lexicon/lexicons.h"
#include "version.h"

namespace readoutdiff::batch {
namespace {

// Modification time in nanoseconds, or -1 when the file is missing.
long long modified(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return -1;
    return static_cast<long long>(info.st_mtim.tv_sec) * 1000000000LL + info.st_mtim.tv_nsec;
}

}  // namespace

PreviousRun previous_run(const std::string& outdir) {
    PreviousRun previous;
    std::string path = outdir + "/" + std::string(kSummaryFile);
    previous.summary_time = modified(path);
    if (previous.summary_time < 0) return previous;
    try {
        for (SummaryRow& row : read_summary(path)) previous.rows[row.id] = std::move(row);
    } catch (const Error&) {
        previous.rows.clear();  // an unreadable old summary only means nothing is reused
    }
    return previous;
}

bool reusable(const PreviousRun& previous, const std::string& id, const std::string& hash,
              const std::vector<std::string>& reports) {
    auto old = previous.rows.find(id);
    if (old == previous.rows.end() || old->second.failed() || old->second.input_hash != hash) return false;
    return std::all_of(reports.begin(), reports.end(), [&](const std::string& path) {
        long long time = modified(path);
        return time >= 0 && time <= previous.summary_time;
    });
}

std::string input_hash(std::string_view lexicon_fingerprint, const pipeline::Input& left, const pipeline::Input& right,
                       bool force) {
    Hasher hasher;
    hasher.add(kVersion).add(lexicon_fingerprint).add(left.path).add(right.path).add(left.bytes).add(right.bytes);
    hasher.add(left.meta_date).add(right.meta_date);
    hasher.add(force ? "force" : "");
    return hasher.hex();
}

std::string lexicon_fingerprint(const std::string& lexicon_dir) {
    Hasher hasher;
    for (const std::string& name : lexicon::lexicon_file_names()) {
        std::optional<std::string> own;
        if (!lexicon_dir.empty()) own = io::read_file_if_present(lexicon_dir + "/" + name);
        hasher.add(name).add(own ? std::string_view(*own) : lexicon::builtin_lexicon_file(name));
    }
    return hasher.hex();
}

}  // namespace readoutdiff::batch
