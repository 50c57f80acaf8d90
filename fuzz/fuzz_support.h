// Shared pieces of the libFuzzer harnesses: the one Analyzer over the built-in
// lexicons, the split of one fuzzer input into two readouts, and the checks of
// the stages' contracts (headers in src/) that every harness applies.
// A broken contract prints what broke and aborts, which libFuzzer reports as
// a crash and saves the input; readoutdiff::Error is the only expected exception.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/analyzer.h"
#include "compare/comparison.h"
#include "segment/document.h"

namespace fuzz {

// Prints "fuzz check failed: WHAT" and DETAIL (escaped), then aborts.
[[noreturn]] void fail(std::string_view what, std::string_view detail = {});
#define FUZZ_CHECK(condition, detail) \
    do { if (!(condition)) ::fuzz::fail(#condition, (detail)); } while (0)

// The Analyzer over the built-in lexicons, built once per process.
const readoutdiff::analyze::Analyzer& analyzer();

// Pair harnesses: the input is LEFT \0 RIGHT (first NUL byte); without a NUL
// byte both sides are the whole input (a readout compared with itself).
struct Pair {
    std::string_view left;
    std::string_view right;
};
Pair split_pair(const uint8_t* data, size_t size);

// read -> ... -> compare for a pair; nothing when either side is rejected
// with readoutdiff::Error (bad input is expected, not a bug). Checks the
// Comparison's contracts before returning it.
std::optional<readoutdiff::compare::Comparison> compare_pair(const Pair& pair);

bool valid_utf8(std::string_view bytes);

// The lines of a rendered report, without their '\n'; views into report.
std::vector<std::string_view> lines(std::string_view report);

// Contract checks (abort on violation).
void check_document(const readoutdiff::segment::Document& document);
void check_analysis(const readoutdiff::analyze::Analysis& analysis);
void check_alignment(const readoutdiff::align::Alignment& alignment, size_t left_count, size_t right_count);
void check_comparison(const readoutdiff::compare::Comparison& comparison);

}  // namespace fuzz
