// read -> segment -> analyze -> align -> compare; rendering is the caller's.
#include "pipeline/pipeline.h"

#include <future>

#include "align/aligner.h"
#include "compare/compare.h"
#include "io/file_io.h"
#include "pipeline/input_checks.h"
#include "segment/segment.h"
#include "text/language.h"
#include "text/meta_date.h"
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
        return analyzer.analyze(segment::segment(std::move(text), lexicons.segmenting));
    };
    // A thread costs more than it saves on a typical readout of a few kilobytes.
    bool parallel = left_text.body.size() + right_text.body.size() > kParallelBytes;
    std::future<analyze::Analysis> right_future =
        std::async(parallel ? std::launch::async : std::launch::deferred, read_side, std::move(right_text));
    analyze::Analysis left = read_side(std::move(left_text));
    analyze::Analysis right = right_future.get();
    // Set each side's passage on a subject beside the other's, and pair the passages that make the same point.
    align::Alignment alignment = align::align(left, right, params);
    // Diff the pairs and set the two sides' signals against each other.
    return compare::compare(std::move(left), std::move(right), std::move(alignment), lexicons);
}

compare::Comparison compare_bytes(const Input& left, const Input& right, bool force, const analyze::Analyzer& analyzer,
                                  const align::AlignerParams& params) {
    // Refuse one readout given twice.
    if (!force) check_two_readouts(left.path, left.bytes, right.path, right.bytes);
    // Validate and normalize both texts, and refuse one the English lexicons cannot read.
    text::Text left_text = text::parse_text(left.bytes, io::display_name(left.path));
    text::Text right_text = text::parse_text(right.bytes, io::display_name(right.path));
    // A pair folder's meta.tsv dates the meeting, unless a readout's front matter does.
    text::take_meta_date(left_text, left.meta_date);
    text::take_meta_date(right_text, right.meta_date);
    if (!force) {
        text::check_english(left_text);
        text::check_english(right_text);
    }
    return compare_texts(std::move(left_text), std::move(right_text), analyzer, params);
}

compare::Comparison compare_files(const Inputs& inputs, const analyze::Analyzer& analyzer,
                                  const align::AlignerParams& params) {
    // Read both files (standard input or a pipe once).
    std::string left = io::read_file(inputs.left_path, inputs.max_bytes);
    std::string right = io::read_file(inputs.right_path, inputs.max_bytes);
    return compare_bytes({inputs.left_path, left, text::meta_date_beside(inputs.left_path)},
                         {inputs.right_path, right, text::meta_date_beside(inputs.right_path)}, inputs.force, analyzer,
                         params);
}

}  // namespace readoutdiff::pipeline
