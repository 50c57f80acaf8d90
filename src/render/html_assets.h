// The stylesheet and script inlined into every HTML report, so the page is
// one self-contained file that opens offline.
#pragma once

#include <string_view>

namespace readoutdiff::render {

extern const std::string_view kReportCss;
extern const std::string_view kReportJs;

}  // namespace readoutdiff::render
