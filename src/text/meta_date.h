// A pair folder's meta.tsv names its meeting's date in a line
// `date<TAB>yyyy-mm-dd`. It ranks below a readout's own front matter (the
// readout's author said so) and above any date read from its text (a
// dateline or a date in the first paragraph may be the day of another event).
#pragma once

#include <string>
#include <string_view>

#include "text/text.h"

namespace readoutdiff::text {

// The date of meta.tsv content: its `date<TAB>yyyy-mm-dd` line (a real
// calendar date), else empty.
std::string meta_tsv_date(std::string_view content);

// The date of the meta.tsv in the folder of the readout at path; empty when
// there is none or it gives none (standard input, "-", has no folder).
std::string meta_date_beside(const std::string& path);

// Makes date (yyyy-mm-dd, from a meta.tsv) the text's date unless its front
// matter gives one; an empty date changes nothing.
void take_meta_date(Text& text, const std::string& date);

}  // namespace readoutdiff::text
