// The report goes straight to its destination: a file through a temporary
// renamed at the end (no partial file on an error), else standard output.
#include "cli/series_command.h"

#include <algorithm>
#include <iostream>
#include <optional>
#include <thread>

#include "cli/report_output.h"
#include "cli/terminal.h"
#include "render/series_html.h"
#include "render/series_json.h"
#include "render/series_md.h"
#include "render/series_term.h"
#include "render/series_wording.h"
#include "series/series.h"

namespace readoutdiff::cli {
namespace {

std::optional<lexicon::Side> side_of(SeriesCommandOptions::Side side) {
    switch (side) {
        case SeriesCommandOptions::Side::us: return lexicon::Side::us;
        case SeriesCommandOptions::Side::prc: return lexicon::Side::prc;
        case SeriesCommandOptions::Side::both: break;
    }
    return std::nullopt;
}

void check_topic(const std::string& topic, const lexicon::Lexicons& lexicons) {
    const lexicon::Topic* known = lexicons.find_topic(topic);
    if (topic.empty() || (known != nullptr && !known->subject_only())) return;
    std::string ids;
    for (const lexicon::Topic& t : lexicons.topics) {
        if (!t.subject_only()) ids += (ids.empty() ? "" : ", ") + t.id;
    }
    throw UsageError("--topic must be a topic id of the lexicons (" + ids + "), not '" + topic + "'");
}

}  // namespace

int run_series(const Invocation& invocation, const lexicon::Lexicons& lexicons) {
    const SeriesCommandOptions& options = invocation.series;
    check_topic(options.topic, lexicons);
    analyze::Analyzer analyzer(lexicons);
    series::SeriesInputs inputs;
    inputs.paths = options.paths;
    inputs.max_bytes = invocation.max_bytes;
    inputs.force = options.force;
    inputs.jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    inputs.options = {side_of(options.side), options.topic};
    series::Timeline timeline = series::run_series(inputs, analyzer);
    for (const series::LeftOut& left_out : timeline.left_out) {
        std::cerr << "readoutdiff: warning: " << render::left_out_text(left_out) << ": left out of the series\n";
    }

    ReportOutput output(options.output);
    std::ostream& report = output.stream();
    switch (options.format) {
        case Format::json: render::write_series_json(timeline, report); break;
        case Format::md: render::write_series_markdown(timeline, report); break;
        case Format::html: render::write_series_html(timeline, report); break;
        case Format::term: {
            TerminalCapabilities caps = detect_terminal(options.color, options.width, output.to_file());
            render::write_series_terminal(timeline, {caps.width, caps.color}, report);
            break;
        }
    }
    output.finish();
    return 0;
}

}  // namespace readoutdiff::cli
