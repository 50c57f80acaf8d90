// Harness (c): align + compare. The input is two readouts, LEFT \0 RIGHT
// (the same text on both sides when there is no NUL byte), run through
// pipeline::compare_texts; the Alignment and Comparison must keep their
// contracts (every sentence in one link or unmatched, scores in range,
// rows that show every sentence once).
#include <cstddef>
#include <cstdint>

#include "error.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    try {
        fuzz::compare_pair(fuzz::split_pair(data, size));  // checks the Comparison
    } catch (const readoutdiff::Error&) {
        // A stage may reject input with the library's one error type.
    }
    return 0;
}
