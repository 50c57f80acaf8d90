// read -> segment -> analyze -> align -> compare; rendering is the caller's.
#include "pipeline/pipeline.h"

#include <future>

#include "align/aligner.h"
#include "compare/compare.h"
#include "segment/segment.h"
#include "text/text.h"

namespace readoutdiff::pipeline {
namespace {

constexpr size_t kParallelBytes = 32 * 1024;

}  // namespace

compare::Comparison compare_texts(text::Text left_text, text::Text right_text, const analyze::Analyzer& analyzer,
                                  const align::AlignerParams& params) {
    const lexicon::Lexicons& lexicons = analyzer.lexicons();
    // Cut each readout into paragraphs, sentences and tokens, and find topics,
    // actors, speakers, tone and framing in it; the right one on a second thread.
    auto read_side = [&](text::Text text) {
        return analyzer.analyze(segment::segment(std::move(text), lexicons.abbreviations));
    };
    // A thread costs more than it saves on a typical readout of a few kilobytes.
    bool parallel = left_text.body.size() + right_text.body.size() > kParallelBytes;
    std::future<analyze::Analysis> right_future =
        std::async(parallel ? std::launch::async : std::launch::deferred, read_side, std::move(right_text));
    analyze::Analysis left = read_side(std::move(left_text));
    analyze::Analysis right = right_future.get();
    // Pair the passages that make the same point.
    align::Alignment alignment = align::align(left, right, params);
    // Diff the pairs and set the two sides' signals against each other.
    return compare::compare(std::move(left), std::move(right), std::move(alignment), lexicons);
}

compare::Comparison compare_files(const Inputs& inputs, const analyze::Analyzer& analyzer,
                                  const align::AlignerParams& params) {
    // Read, validate and normalize both files.
    text::Text left = text::read_text(inputs.left_path, inputs.max_bytes);
    text::Text right = text::read_text(inputs.right_path, inputs.max_bytes);
    return compare_texts(std::move(left), std::move(right), analyzer, params);
}

}  // namespace readoutdiff::pipeline
