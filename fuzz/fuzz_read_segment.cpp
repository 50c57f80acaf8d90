// Harness (a): read + segment. Any bytes go through text::parse_text and,
// when accepted, segment::segment with the built-in word lists; the
// Document must keep its contract (spans inside the body, valid UTF-8, ids
// in order, no sentence across paragraphs).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "error.h"
#include "fuzz_support.h"
#include "lexicon/lexicons.h"
#include "segment/segment.h"
#include "text/text.h"

using namespace readoutdiff;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        text::Text text = text::parse_text(bytes, "fuzz.txt");
        segment::Document document = segment::segment(std::move(text), lexicon::builtin_lexicons().segmenting);
        fuzz::check_document(document);
    } catch (const Error&) {
        // Rejected input (binary, UTF-16, invalid UTF-8, no text): expected.
    }
    return 0;
}
