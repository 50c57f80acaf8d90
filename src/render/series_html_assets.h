// The stylesheet and script the series page adds to the compare report's
// (html_assets.h: themes, cards, facts, chips, skip link), inlined so the
// page is one file that opens offline.
#pragma once

#include <string_view>

namespace readoutdiff::render {

extern const std::string_view kSeriesCss;
extern const std::string_view kSeriesJs;

}  // namespace readoutdiff::render
