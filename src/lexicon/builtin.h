// The lexicon files of corpus/lexicons/, embedded at build time by
// tools/embed_lexicons.sh so the binary runs from any directory.
#pragma once

#include <string_view>

namespace readoutdiff::lexicon {

// The content of a built-in lexicon file by name ("tone.tsv"); empty when unknown.
std::string_view builtin_lexicon_file(std::string_view name);

}  // namespace readoutdiff::lexicon
