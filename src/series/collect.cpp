// Files are independent, so they are analyzed on several threads (the
// Analyzer allows it); results keep their source order and the first error
// in that order is the one reported, so a run says the same thing however
// its threads were scheduled.
#include "series/collect.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <optional>
#include <set>
#include <thread>

#include "batch/summary.h"
#include "io/file_io.h"
#include "segment/segment.h"
#include "series/readout_date.h"
#include "series/readout_of_analysis.h"
#include "series/report_reader.h"
#include "text/language.h"

namespace readoutdiff::series {
namespace {

Readout read_readout(const std::string& path, const analyze::Analyzer& analyzer, const CollectOptions& options) {
    // Read and validate the text; refuse one the English lexicons cannot read.
    text::Text text = text::parse_text(io::read_file(path, options.max_bytes), io::display_name(path));
    if (!options.force) text::check_english(text);
    std::string date = readout_date(text, path);
    // Segment and analyze it as compare does, then keep what the series follows.
    analyze::Analysis analysis = analyzer.analyze(segment::segment(std::move(text), analyzer.lexicons().segmenting));
    return readout_of(analysis, std::move(date));
}

std::vector<Readout> read_files(const std::vector<std::string>& paths, const analyze::Analyzer& analyzer,
                                const CollectOptions& options) {
    std::vector<std::optional<Readout>> readouts(paths.size());
    std::vector<std::exception_ptr> errors(paths.size());
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t i = next++; i < paths.size(); i = next++) {
            try {
                readouts[i] = read_readout(paths[i], analyzer, options);
            } catch (...) {
                errors[i] = std::current_exception();
            }
        }
    };
    size_t jobs = std::clamp<size_t>(options.jobs, 1, std::max<size_t>(1, paths.size()));
    std::vector<std::thread> workers;
    for (size_t k = 1; k < jobs; ++k) workers.emplace_back(work);
    work();
    for (std::thread& worker : workers) worker.join();
    std::vector<Readout> out;
    out.reserve(paths.size());
    for (size_t i = 0; i < paths.size(); ++i) {
        if (errors[i]) std::rethrow_exception(errors[i]);
        out.push_back(std::move(*readouts[i]));
    }
    return out;
}

// The compared pairs of an OUTDIR, in its summary's order: each report's two readouts.
std::vector<Readout> read_outdir(const std::string& outdir, const CollectOptions& options,
                                 std::vector<lexicon::Topic>& topics) {
    std::vector<Readout> out;
    for (const batch::SummaryRow& row : batch::read_summary(outdir + "/summary.jsonl")) {
        if (row.failed()) continue;
        std::string path = outdir + "/" + row.id + ".json";
        ReportReadouts report = read_report(io::read_file(path, options.max_bytes), path, row.date);
        for (const lexicon::Topic& topic : report.topics) {
            bool known =
                std::any_of(topics.begin(), topics.end(), [&](const lexicon::Topic& t) { return t.id == topic.id; });
            if (!known) topics.push_back(topic);
        }
        out.push_back(std::move(report.left));
        out.push_back(std::move(report.right));
    }
    return out;
}

}  // namespace

Collection collect_readouts(const Sources& sources, const analyze::Analyzer& analyzer, const CollectOptions& options) {
    Collection collection;
    // The topics of emphasis; subjects of counterpart passages are not topics a series follows.
    for (const lexicon::Topic& topic : analyzer.lexicons().topics) {
        if (!topic.subject_only()) collection.topics.push_back(topic);
    }
    std::vector<Readout> all = read_files(sources.readout_files, analyzer, options);
    for (const std::string& outdir : sources.batch_outdirs) {
        std::vector<Readout> reported = read_outdir(outdir, options, collection.topics);
        std::move(reported.begin(), reported.end(), std::back_inserter(all));
    }
    // A readout in two pairs of a batch (or named as a file too) counts once.
    std::set<std::string> paths;
    for (Readout& readout : all) {
        if (!paths.insert(readout.path).second) continue;
        ++collection.found;
        if (readout.date.empty()) {
            collection.left_out.push_back({readout.path, LeftOutReason::undated});
        } else if (readout.side != lexicon::Side::us && readout.side != lexicon::Side::prc) {
            collection.left_out.push_back({readout.path, LeftOutReason::side_unknown});
        } else {
            collection.readouts.push_back(std::move(readout));
        }
    }
    return collection;
}

}  // namespace readoutdiff::series
