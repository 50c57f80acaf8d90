// When a readout was issued, told the way batch tells a pair's date.
#pragma once

#include <string>

#include "text/text.h"

namespace readoutdiff::series {

// yyyy-mm-dd: the date of the text's front matter, else the `date` line of
// a meta.tsv beside the file, else a date in its first lines (text/text.h),
// else a date at the start of the file's name, else at the start of its
// folder's name (corpus/pairs/2023-11-15-biden-xi-woodside/us.txt); empty
// when none of them has one.
std::string readout_date(const text::Text& text, const std::string& path);

}  // namespace readoutdiff::series
