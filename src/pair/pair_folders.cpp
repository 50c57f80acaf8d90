// Profiling (read, segment, analyze) is nearly all of the time, so it runs
// on every job; pairing itself is near-linear and runs on one thread.
#include "pair/pair_folders.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

#include "pair/pairs_file.h"
#include "pair/readout_files.h"
#include "pair/years.h"

namespace readoutdiff::pair {
namespace {

// Workers take readouts from a shared counter and store each at its index,
// so the result is the same for any number of jobs.
std::vector<Readout> profile_all(const std::vector<std::string>& paths, const Profiler& profiler, size_t jobs,
                                 size_t max_bytes) {
    std::vector<Readout> readouts(paths.size());
    std::atomic<size_t> next{0};
    std::mutex mutex;
    std::exception_ptr failure;  // a bug or out of memory: rethrown on the calling thread
    auto work = [&] {
        for (size_t i = next++; i < paths.size(); i = next++) {
            try {
                readouts[i] = profiler.profile(paths[i], max_bytes);
            } catch (...) {
                std::lock_guard<std::mutex> lock(mutex);
                if (!failure) failure = std::current_exception();
                next = paths.size();
            }
        }
    };
    std::vector<std::thread> workers;
    for (size_t k = 1; k < std::min(jobs, paths.size()); ++k) workers.emplace_back(work);
    work();
    for (std::thread& worker : workers) worker.join();
    if (failure) std::rethrow_exception(failure);
    return readouts;
}

}  // namespace

FolderPairing pair_folders(const PairOptions& options, const analyze::Analyzer& analyzer) {
    FolderPairing result;
    // Every .txt and .md file under the folders, sorted.
    std::vector<std::string> paths = find_readout_files(options.folders, options.skip);
    // Side, date, principals and content of each, on every job.
    result.readouts = profile_all(paths, Profiler(analyzer), std::max<size_t>(1, options.jobs), options.max_bytes);
    // The year of a date given without one, from the readouts of the same officials.
    resolve_years(result.readouts, options.window);
    // What an earlier run paired, to keep.
    PreviousPairing previous =
        options.previous.empty() ? PreviousPairing{} : read_previous_pairing(options.previous, result.readouts);
    // The pairs, and the reason for every readout in none.
    result.pairing = pair_readouts(result.readouts, previous, options.window);
    return result;
}

}  // namespace readoutdiff::pair
