// Sentence boundaries that survive the abbreviations of diplomatic prose:
// "Mr. Blinken", "Joseph R. Biden, Jr.", "U.S. Treasury Secretary", "3 p.m.".
#pragma once

#include <string_view>
#include <vector>

#include "segment/segment_words.h"
#include "segment/document.h"

namespace readoutdiff::segment {

// Splits one paragraph into sentence spans (offsets into paragraph, trimmed
// of surrounding spaces).
std::vector<Span> split_sentences(std::string_view paragraph, const SegmentWords& words);

}  // namespace readoutdiff::segment
