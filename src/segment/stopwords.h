// Function words, which carry no point of a readout: IDF alone cannot tell
// them apart in a few short readouts where "the" and "China" are equally
// common. The aligner and the pair stage both leave them out.
#pragma once

#include <string_view>

namespace readoutdiff::segment {

// Whether a folded token (Token::folded) is a function word.
bool is_stopword(std::string_view folded);

}  // namespace readoutdiff::segment
