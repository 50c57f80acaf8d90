// Stage 2, segment: Text -> Document (paragraphs, sentences, tokens).
#pragma once

#include "segment/segment_words.h"
#include "segment/document.h"
#include "text/text.h"

namespace readoutdiff::segment {

Document segment(text::Text text, const SegmentWords& words);

}  // namespace readoutdiff::segment
