// Harness (b): analyze. The input is one readout, segmented and analyzed;
// the Analysis must keep its contract (scores in range, ids that index
// sentences). It is then aligned and compared with a fixed second readout
// (a corpus file, analyzed once), on the left or the right by input size,
// so the fuzzed analysis also feeds the stages that consume it.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "align/aligner.h"
#include "compare/compare.h"
#include "error.h"
#include "fuzz_support.h"
#include "segment/segment.h"
#include "text/text.h"

#ifndef FUZZ_FIXED_READOUT
#error "FUZZ_FIXED_READOUT must name the fixed second readout (see fuzz/fuzz.mk)"
#endif

using namespace readoutdiff;

namespace {

const analyze::Analysis& fixed_readout() {
    static const analyze::Analysis analysis = [] {
        const analyze::Analyzer& analyzer = fuzz::analyzer();
        text::Text text = text::read_text(FUZZ_FIXED_READOUT);
        return analyzer.analyze(segment::segment(std::move(text), analyzer.lexicons().segmenting));
    }();
    return analysis;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    try {
        fixed_readout();
    } catch (const Error& e) {
        std::fprintf(stderr, "fuzz_analyze: cannot read the fixed readout: %s\n", e.what());
        std::exit(1);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const analyze::Analyzer& analyzer = fuzz::analyzer();
    std::optional<analyze::Analysis> fuzzed;
    try {
        text::Text text = text::parse_text(bytes, "fuzz.txt");
        fuzzed = analyzer.analyze(segment::segment(std::move(text), analyzer.lexicons().segmenting));
    } catch (const Error&) {
        return 0;  // rejected input: expected
    }
    fuzz::check_document(fuzzed->document);
    fuzz::check_analysis(*fuzzed);

    bool fuzzed_left = size % 2 == 0;
    // The fuzzed side is moved in, the fixed one copied (compare takes both by value).
    analyze::Analysis fixed = fixed_readout();
    analyze::Analysis& left = fuzzed_left ? *fuzzed : fixed;
    analyze::Analysis& right = fuzzed_left ? fixed : *fuzzed;
    align::Alignment alignment = align::align(left, right);
    fuzz::check_alignment(alignment, left.sentences.size(), right.sentences.size());
    compare::Comparison comparison =
        compare::compare(std::move(left), std::move(right), std::move(alignment), analyzer.lexicons());
    fuzz::check_comparison(comparison);
    return 0;
}
