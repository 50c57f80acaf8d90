// Workers take pairs from a shared counter and store each row at the pair's
// index, so the output is the same whatever the number of jobs; every file
// is written atomically, so a run killed at any moment leaves old or new
// files, never half of one.
#include "batch/runner.h"

#include <algorithm>
#include <exception>
#include <mutex>
#include <sstream>
#include <thread>

#include "batch/auto_pairs.h"
#include "batch/reuse_cache.h"
#include "batch/summary_files.h"
#include "error.h"
#include "io/file_io.h"
#include "io/temporary_files.h"
#include "pipeline/pipeline.h"
#include "render/html_report.h"
#include "render/json_report.h"
#include "text/meta_date.h"

namespace readoutdiff::batch {
namespace {

SummaryRow run_pair(const PairSpec& pair, const BatchOptions& options, const analyze::Analyzer& analyzer,
                    const PreviousRun& previous) {
    pipeline::Input left{pair.left, {}, text::meta_date_beside(pair.left)};
    pipeline::Input right{pair.right, {}, text::meta_date_beside(pair.right)};
    std::string left_bytes = io::read_file(pair.left, options.max_bytes);
    std::string right_bytes = io::read_file(pair.right, options.max_bytes);
    left.bytes = left_bytes;
    right.bytes = right_bytes;
    std::string hash = input_hash(options.lexicon_fingerprint, left, right, options.force);
    std::string html_path = options.outdir + "/" + pair.id + ".html";
    std::string json_path = options.outdir + "/" + pair.id + ".json";
    if (reusable(previous, pair.id, hash, {html_path, json_path})) {
        SummaryRow row = previous.rows.at(pair.id);
        row.date = pair.date.empty() ? row.date : pair.date;
        row.reused = true;
        return row;
    }
    compare::Comparison comparison = pipeline::compare_bytes(left, right, options.force, analyzer);
    std::ostringstream html, json;
    render::write_html(comparison, html);
    render::write_json(comparison, json);
    // Per-pair reports skip fsync (a batch writes thousands; a killed run
    // still leaves whole files); the summaries written last are durable.
    io::write_file_atomically(html_path, html.str(), false);
    io::write_file_atomically(json_path, json.str(), false);
    SummaryRow row = summarize(pair.id, pair.date, comparison);
    row.input_hash = hash;
    return row;
}

void apply_checks(SummaryRow& row, const BatchOptions& options) {
    row.gates.clear();
    row.gate_details.clear();
    row.outliers.clear();
    if (options.baseline) row.outliers = outliers(*options.baseline, row);
    for (const Gate& gate : options.gates) {
        if (!trips(gate, row)) continue;
        row.gates.push_back(gate.text);
        row.gate_details.push_back(trip_detail(gate, row));
    }
}

}  // namespace

SummaryRow row_or_error(const PairSpec& pair, const std::function<SummaryRow()>& compare) {
    if (!pair.error.empty()) return failed_row(pair.id, pair.date, ErrorKind::input, pair.error);
    try {
        return compare();
    } catch (const Error& error) {
        return failed_row(pair.id, pair.date, ErrorKind::input, error.what());
    } catch (const std::exception& error) {
        return failed_row(pair.id, pair.date, ErrorKind::internal, internal_error_message(error));
    }
}

BatchResult run_batch(const BatchOptions& options, const analyze::Analyzer& analyzer, const ProgressCallback& progress,
                      const std::atomic<bool>& stop) {
    BatchResult result;
    std::vector<PairSpec> pairs;
    std::string pairs_tsv;
    if (options.pair_auto) {
        AutoPairs found = auto_pairs(options.corpus, options.outdir, options.window, options.jobs, options.max_bytes, analyzer);
        pairs = select_shard(std::move(found.pairs), options.shard, options.shards);
        result.unpaired = select_shard(std::move(found.unpaired), options.shard, options.shards);
        result.changes = std::move(found.changes);
        pairs_tsv = std::move(found.pairs_tsv);
        for (UnpairedRow& u : result.unpaired) {
            for (const Gate& gate : options.gates) {
                if (trips(gate, u)) u.gates.push_back(gate.text);
            }
        }
    } else {
        pairs = select_shard(discover_pairs(options.corpus), options.shard, options.shards);
    }
    io::make_folder(options.outdir);
    io::remove_stale_temporaries(options.outdir);
    PreviousRun previous = previous_run(options.outdir);

    result.rows.resize(pairs.size());
    std::atomic<size_t> next{0};
    size_t done = 0;
    std::mutex mutex;            // guards done, the rows, progress and failure
    std::exception_ptr failure;  // from the progress callback: rethrown on the main thread
    std::atomic<bool> failed{false};
    auto work = [&] {
        for (size_t i = next++; i < pairs.size() && !stop && !failed; i = next++) {
            SummaryRow row = row_or_error(pairs[i], [&] { return run_pair(pairs[i], options, analyzer, previous); });
            apply_checks(row, options);
            std::lock_guard<std::mutex> lock(mutex);
            result.rows[i] = std::move(row);
            ++done;
            try {
                if (progress) progress(done, pairs.size(), result.rows[i]);
            } catch (...) {
                if (!failure) failure = std::current_exception();
                failed = true;
            }
        }
    };
    size_t jobs = std::max<size_t>(1, std::min(options.jobs, pairs.size()));
    std::vector<std::thread> workers;
    for (size_t k = 1; k < jobs; ++k) workers.emplace_back(work);
    work();
    for (std::thread& worker : workers) worker.join();
    if (failure) std::rethrow_exception(failure);

    if (stop) {
        result.interrupted = true;
        return result;
    }
    for (const SummaryRow& row : result.rows) result.reused += row.reused;
    // The pairing the next run keeps, before the summaries (summary.jsonl last).
    if (options.pair_auto) io::write_file_atomically(options.outdir + "/" + std::string(kPairsFile), pairs_tsv);
    write_summaries(options.outdir, {result.rows, result.unpaired});
    return result;
}

int exit_status(const Summary& summary) {
    const std::vector<SummaryRow>& rows = summary.rows;
    auto any = [&](auto predicate) { return std::any_of(rows.begin(), rows.end(), predicate); };
    if (any([](const SummaryRow& r) { return r.error_kind == ErrorKind::internal; })) return 3;
    if (any([](const SummaryRow& r) { return r.failed(); })) return 2;
    if (any([](const SummaryRow& r) { return !r.gates.empty(); })) return 1;
    for (const UnpairedRow& u : summary.unpaired) {
        if (!u.gates.empty()) return 1;
    }
    return 0;
}

}  // namespace readoutdiff::batch
