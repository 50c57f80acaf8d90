// The stylesheet and the sorting script inlined into the batch index page,
// so it is one file that opens offline.
#pragma once

#include <string_view>

namespace readoutdiff::batch {

extern const std::string_view kIndexCss;
extern const std::string_view kIndexJs;

}  // namespace readoutdiff::batch
