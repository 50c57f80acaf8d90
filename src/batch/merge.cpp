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

std::vector<SummaryRow> merge_outputs(const std::vector<std::string>& shard_dirs, const std::string& outdir) {
    std::vector<SummaryRow> rows;
    std::map<std::string, std::string> origin;
    for (const std::string& dir : shard_dirs) {
        std::string path = dir + "/" + std::string(kSummaryFile);
        if (!io::exists(path)) throw Error(dir, "has no summary.jsonl (not a batch output folder)");
        for (SummaryRow& row : read_summary(path)) {
            auto [it, inserted] = origin.emplace(row.id, dir);
            if (!inserted) throw Error(path, "pair '" + row.id + "' is also in " + it->second);
            rows.push_back(std::move(row));
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
    write_summaries(outdir, rows);
    return rows;
}

}  // namespace readoutdiff::batch
