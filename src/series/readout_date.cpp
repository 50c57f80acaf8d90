// The order is compare's (front matter, meta.tsv, the text: text/meta_date.h)
// and the fallbacks batch's (batch/pairs.h), so a readout gets the same date
// in a series as in its compare report and its pair in a batch summary.
#include "series/readout_date.h"

#include <filesystem>

#include "batch/pairs.h"
#include "text/meta_date.h"

namespace readoutdiff::series {

std::string readout_date(const text::Text& text, const std::string& path) {
    if (text.date_origin == text::DateOrigin::front_matter && !text.date.empty()) return text.date;
    if (std::string meta = text::meta_date_beside(path); !meta.empty()) return meta;
    if (!text.date.empty()) return text.date;
    std::filesystem::path file(path);
    std::string date = batch::date_at_start(file.filename().string());
    if (!date.empty()) return date;
    return batch::date_at_start(std::filesystem::absolute(file).parent_path().filename().string());
}

}  // namespace readoutdiff::series
