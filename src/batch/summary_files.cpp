// summary.jsonl is the next run's cache, so it is written last: a run killed
// before it leaves the previous cache, which still describes the reports.
#include "batch/summary_files.h"

#include "batch/index_page.h"
#include "batch/junit_report.h"
#include "batch/reuse_cache.h"
#include "batch/summary_markdown.h"
#include "io/file_io.h"

namespace readoutdiff::batch {

void write_summaries(const std::string& outdir, const Summary& summary) {
    io::write_file_atomically(outdir + "/summary.md", summary_markdown(summary));
    io::write_file_atomically(outdir + "/junit.xml", junit_xml(summary));
    io::write_file_atomically(outdir + "/index.html", index_html(summary));
    io::write_file_atomically(outdir + "/" + std::string(kSummaryFile), summary_jsonl(summary));
}

}  // namespace readoutdiff::batch
