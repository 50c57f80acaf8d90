// Workers take pairs from a shared counter and store each row at the pair's
// index, so the output is the same whatever the number of jobs; every file
// is written atomically, so a run killed at any moment leaves old or new
// files, never half of one.
#include "batch/runner.h"

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <cstdio>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <thread>

#include "batch/summary_reports.h"
#include "error.h"
#include "io/file_io.h"
#include "lexicon/builtin.h"
#include "lexicon/lexicons.h"
#include "pipeline/pipeline.h"
#include "render/html_report.h"
#include "render/json_report.h"
#include "text/text.h"
#include "version.h"

namespace readoutdiff::batch {
namespace {

constexpr const char* kSummaryFile = "summary.jsonl";

uint64_t fnv1a(uint64_t h, std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return (h ^ 0xFF) * 1099511628211ull;  // a separator, so "ab"+"c" differs from "a"+"bc"
}

std::string hex(uint64_t h) {
    char buffer[20];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(h));
    return buffer;
}

bool exists(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0;
}

// Modification time in nanoseconds, or -1 when the file is missing.
long long modified(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return -1;
    return static_cast<long long>(info.st_mtim.tv_sec) * 1000000000LL + info.st_mtim.tv_nsec;
}

// Temporary files of a run killed with SIGKILL (which no handler can catch).
void remove_stale_temporaries(const std::string& outdir) {
    DIR* handle = ::opendir(outdir.c_str());
    if (handle == nullptr) return;
    std::vector<std::string> stale;
    while (dirent* entry = ::readdir(handle)) {
        std::string name = entry->d_name;
        if (name.rfind(".readoutdiff-", 0) == 0) stale.push_back(outdir + "/" + name);
    }
    ::closedir(handle);
    for (const std::string& path : stale) ::unlink(path.c_str());
}

void prepare_outdir(const std::string& outdir) {
    struct stat info {};
    if (::stat(outdir.c_str(), &info) == 0) {
        if (!S_ISDIR(info.st_mode)) throw Error(outdir, "output exists and is not a folder");
        return;
    }
    if (::mkdir(outdir.c_str(), 0755) != 0) {
        throw Error(outdir, errno == ENOENT ? "cannot create the output folder: its parent does not exist"
                                            : "cannot create the output folder");
    }
}

struct PreviousRun {
    std::map<std::string, SummaryRow> rows;  // by id
    long long summary_time = -1;             // when its summary.jsonl was written
};

// The previous complete run in outdir; no rows when there is no usable summary.
PreviousRun previous_run(const std::string& outdir) {
    PreviousRun previous;
    std::string path = outdir + "/" + kSummaryFile;
    previous.summary_time = modified(path);
    if (previous.summary_time < 0) return previous;
    auto& rows = previous.rows;
    try {
        for (SummaryRow& row : read_summary(path)) rows[row.id] = std::move(row);
    } catch (const Error&) {
        rows.clear();  // an unreadable old summary only means nothing is reused
    }
    return previous;
}

// A pair is reused when its inputs hash as before and its reports are the
// ones that run wrote: no newer than its summary (an interrupted later run
// may have rewritten them without updating the summary).
bool reusable(const PreviousRun& previous, const std::string& id, const std::string& hash,
              const std::vector<std::string>& reports) {
    auto old = previous.rows.find(id);
    if (old == previous.rows.end() || old->second.failed() || old->second.input_hash != hash) return false;
    return std::all_of(reports.begin(), reports.end(), [&](const std::string& path) {
        long long time = modified(path);
        return time >= 0 && time <= previous.summary_time;
    });
}

SummaryRow run_pair(const PairSpec& pair, const BatchOptions& options, const analyze::Analyzer& analyzer,
                    const PreviousRun& previous) {
    SummaryRow row;
    row.id = pair.id;
    row.date = pair.date;
    if (!pair.error.empty()) {
        row.error = pair.error;
        return row;
    }
    try {
        std::string left_bytes = io::read_file(pair.left, options.max_bytes);
        std::string right_bytes = io::read_file(pair.right, options.max_bytes);
        uint64_t h = 1469598103934665603ull;
        for (std::string_view part : {std::string_view(kVersion), std::string_view(options.lexicon_fingerprint),
                                      std::string_view(pair.left), std::string_view(pair.right), std::string_view(left_bytes),
                                      std::string_view(right_bytes)}) {
            h = fnv1a(h, part);
        }
        std::string hash = hex(h);
        std::string html_path = options.outdir + "/" + pair.id + ".html";
        std::string json_path = options.outdir + "/" + pair.id + ".json";
        if (reusable(previous, pair.id, hash, {html_path, json_path})) {
            row = previous.rows.at(pair.id);
            row.date = pair.date.empty() ? row.date : pair.date;
            row.reused = true;
            return row;
        }
        compare::Comparison comparison = pipeline::compare_texts(text::parse_text(left_bytes, pair.left),
                                                                 text::parse_text(right_bytes, pair.right), analyzer);
        std::ostringstream html, json;
        render::write_html(comparison, html);
        render::write_json(comparison, json);
        // Per-pair reports skip fsync (a batch writes thousands; a killed run
        // still leaves whole files); the summaries written last are durable.
        io::write_file_atomically(html_path, html.str(), false);
        io::write_file_atomically(json_path, json.str(), false);
        row = summarize(pair.id, pair.date, comparison);
        row.input_hash = hash;
    } catch (const Error& error) {
        row.error = error.what();
    }
    return row;
}

void apply_checks(SummaryRow& row, const BatchOptions& options) {
    row.gates.clear();
    row.outliers.clear();
    if (options.baseline) row.outliers = outliers(*options.baseline, row);
    for (const Gate& gate : options.gates) {
        if (trips(gate, row)) row.gates.push_back(gate.text);
    }
}

}  // namespace

BatchResult run_batch(const BatchOptions& options, const analyze::Analyzer& analyzer, const ProgressCallback& progress,
                      const std::atomic<bool>& stop) {
    std::vector<PairSpec> pairs = select_shard(discover_pairs(options.corpus), options.shard, options.shards);
    prepare_outdir(options.outdir);
    remove_stale_temporaries(options.outdir);
    PreviousRun previous = previous_run(options.outdir);

    BatchResult result;
    result.rows.resize(pairs.size());
    std::atomic<size_t> next{0};
    size_t done = 0;
    std::mutex progress_mutex;
    auto work = [&] {
        for (size_t i = next++; i < pairs.size() && !stop; i = next++) {
            SummaryRow row = run_pair(pairs[i], options, analyzer, previous);
            apply_checks(row, options);
            std::lock_guard<std::mutex> lock(progress_mutex);
            result.rows[i] = std::move(row);
            ++done;
            if (progress) progress(done, pairs.size(), result.rows[i]);
        }
    };
    size_t jobs = std::max<size_t>(1, std::min(options.jobs, pairs.size()));
    std::vector<std::thread> workers;
    for (size_t k = 1; k < jobs; ++k) workers.emplace_back(work);
    work();
    for (std::thread& worker : workers) worker.join();

    if (stop) {
        result.interrupted = true;
        return result;
    }
    for (const SummaryRow& row : result.rows) result.reused += row.reused;
    write_summaries(options.outdir, result.rows);
    return result;
}

std::vector<SummaryRow> merge_outputs(const std::vector<std::string>& shard_dirs, const std::string& outdir) {
    std::vector<SummaryRow> rows;
    std::map<std::string, std::string> origin;
    for (const std::string& dir : shard_dirs) {
        std::string path = dir + "/" + kSummaryFile;
        if (!exists(path)) throw Error(dir, "has no summary.jsonl (not a batch output folder)");
        for (SummaryRow& row : read_summary(path)) {
            auto [it, inserted] = origin.emplace(row.id, dir);
            if (!inserted) throw Error(path, "pair '" + row.id + "' is also in " + it->second);
            rows.push_back(std::move(row));
        }
    }
    prepare_outdir(outdir);
    for (const SummaryRow& row : rows) {
        if (row.failed() || origin[row.id] == outdir) continue;
        for (const char* extension : {".html", ".json"}) {
            std::string name = row.id + extension;
            io::write_file_atomically(outdir + "/" + name, io::read_file(origin[row.id] + "/" + name, 1u << 30));
        }
    }
    std::sort(rows.begin(), rows.end(), [](const SummaryRow& a, const SummaryRow& b) { return a.id < b.id; });
    write_summaries(outdir, rows);
    return rows;
}

void write_summaries(const std::string& outdir, const std::vector<SummaryRow>& rows) {
    io::write_file_atomically(outdir + "/summary.md", summary_markdown(rows));
    io::write_file_atomically(outdir + "/junit.xml", junit_xml(rows));
    io::write_file_atomically(outdir + "/index.html", index_html(rows));
    // Last: the cache of the next run is only updated once everything else is.
    io::write_file_atomically(outdir + "/" + kSummaryFile, summary_jsonl(rows));
}

int exit_status(const std::vector<SummaryRow>& rows) {
    bool failed = std::any_of(rows.begin(), rows.end(), [](const SummaryRow& r) { return r.failed(); });
    bool tripped = std::any_of(rows.begin(), rows.end(), [](const SummaryRow& r) { return !r.gates.empty(); });
    return failed ? 2 : tripped ? 1 : 0;
}

std::string lexicon_fingerprint(const std::string& lexicon_dir) {
    uint64_t h = 1469598103934665603ull;
    for (const std::string& name : lexicon::lexicon_file_names()) {
        std::string content;
        bool overridden = false;
        if (!lexicon_dir.empty() && exists(lexicon_dir + "/" + name)) {
            content = io::read_file(lexicon_dir + "/" + name);
            overridden = true;
        }
        h = fnv1a(h, name);
        h = fnv1a(h, overridden ? std::string_view(content) : lexicon::builtin_lexicon_file(name));
    }
    return hex(h);
}

}  // namespace readoutdiff::batch
