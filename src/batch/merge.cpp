// Rows keep the order of ids, as a single run sorts them, so merged
// summaries are byte-identical to those of one run over the whole corpus.
#include "batch/merge.h"

#include <algorithm>
#include <map>

#include "batch/reuse_cache.h"
#include "batch/summary_files.h"
#include "error.h"
#include "io/file_io.h"

namespace readoutdiff::batch {
namespace {

constexpr size_t kLargestReportBytes = size_t{1} << 30;

}  // namespace

Summary merge_outputs(const std::vector<std::string>& shard_dirs, const std::string& outdir) {
    Summary merged;
    std::vector<SummaryRow>& rows = merged.rows;
    std::map<std::string, std::string> origin, unpaired_origin;
    for (const std::string& dir : shard_dirs) {
        std::string path = dir + "/" + std::string(kSummaryFile);
        if (!io::exists(path)) throw Error(dir, "has no summary.jsonl (not a batch output folder)");
        Summary shard = read_summary_file(path);
        for (SummaryRow& row : shard.rows) {
            auto [it, inserted] = origin.emplace(row.id, dir);
            if (!inserted) throw Error(path, "pair '" + row.id + "' is also in " + it->second);
            rows.push_back(std::move(row));
        }
        for (UnpairedRow& u : shard.unpaired) {
            auto [it, inserted] = unpaired_origin.emplace(u.path, dir);
            if (!inserted) throw Error(path, "readout '" + u.path + "' is also in " + it->second);
            merged.unpaired.push_back(std::move(u));
        }
    }
    io::make_folder(outdir);
    for (const SummaryRow& row : rows) {
        if (row.failed() || origin[row.id] == outdir) continue;
        for (const char* extension : {".html", ".json"}) {
            std::string name = row.id + extension;
            io::write_file_atomically(outdir + "/" + name,
                                      io::read_file(origin[row.id] + "/" + name, kLargestReportBytes));
        }
    }
    std::sort(rows.begin(), rows.end(), [](const SummaryRow& a, const SummaryRow& b) { return a.id < b.id; });
    std::sort(merged.unpaired.begin(), merged.unpaired.end(),
              [](const UnpairedRow& a, const UnpairedRow& b) { return a.path < b.path; });
    write_summaries(outdir, merged);
    return merged;
}

}  // namespace readoutdiff::batch
