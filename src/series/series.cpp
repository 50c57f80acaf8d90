// find -> read, date and analyze -> timeline; then the one check that needs
// the whole timeline: some side must have two readouts to set side by side.
#include "series/series.h"

#include <algorithm>

#include "error.h"
#include "series/collect.h"
#include "series/sources.h"
#include "series/timeline_builder.h"

namespace readoutdiff::series {
namespace {

std::string side_name(lexicon::Side side) { return side == lexicon::Side::us ? "US" : "PRC"; }

// Why no side has two readouts, naming the file that shows it.
[[noreturn]] void refuse(const Timeline& timeline, const SeriesInputs& inputs) {
    const std::string need = "a series needs at least two readouts of one side";
    if (timeline.found == 0) throw Error(inputs.paths.front(), "holds no readout that could be read: " + need);
    if (timeline.found == 1) {
        const std::string& path = !timeline.lanes.empty()      ? timeline.lanes.front().entries.front().readout.path
                                  : !timeline.left_out.empty() ? timeline.left_out.front().path
                                                               : inputs.paths.front();
        throw Error(path, "is the only readout given: " + need);
    }
    // Readouts dated and with a side, whatever --side asks for.
    size_t usable = timeline.found - timeline.left_out.size();
    if (!timeline.left_out.empty() && usable < 2) {
        const LeftOut& first = timeline.left_out.front();
        throw Error(first.path, left_out_reason(first.reason) + ", so it is left out, and " + need + " (" +
                                    std::to_string(usable) + " of " + std::to_string(timeline.found) + " readouts " +
                                    (usable == 1 ? "is" : "are") + " left)");
    }
    const std::optional<lexicon::Side>& only = timeline.options.side;
    std::string option = only ? " (--side " + std::string(lexicon::to_string(*only)) + ")" : "";
    if (timeline.lanes.empty()) {
        throw Error(inputs.paths.front(), "holds no " + side_name(*only) + " readout" + option + ": " + need);
    }
    std::string message;
    for (const Lane& lane : timeline.lanes) {
        message += (message.empty() ? "is the only " : ", and " + lane.entries.front().readout.path + " the only ") +
                   side_name(lane.side) + " readout";
    }
    throw Error(timeline.lanes.front().entries.front().readout.path, message + option + ": " + need);
}

}  // namespace

std::string left_out_reason(LeftOutReason reason) {
    switch (reason) {
        case LeftOutReason::undated:
            return "has no date (looked in its front matter, its first lines, a meta.tsv beside it and its file and "
                   "folder names)";
        case LeftOutReason::side_unknown: return "its side (US or PRC) cannot be told from its text";
    }
    return "";
}

Timeline run_series(const SeriesInputs& inputs, const analyze::Analyzer& analyzer) {
    // Which files are readouts and which folders are batch OUTDIRs.
    Sources sources = find_sources(inputs.paths);
    // Read, validate, date and analyze each readout; read back each OUTDIR's reports.
    Collection collection = collect_readouts(sources, analyzer, {inputs.max_bytes, inputs.force, inputs.jobs});
    // Each side's readouts in date order, each against the previous one and the series.
    Timeline timeline = build_timeline(std::move(collection), inputs.options);
    bool comparable = std::any_of(timeline.lanes.begin(), timeline.lanes.end(),
                                  [](const Lane& lane) { return lane.entries.size() >= 2; });
    if (!comparable) refuse(timeline, inputs);
    return timeline;
}

}  // namespace readoutdiff::series
