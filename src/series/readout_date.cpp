// The fallbacks are batch's own (batch/pairs.h), so a readout gets the same
// date in a series as its pair gets in a batch summary.
#include "series/readout_date.h"

#include <filesystem>

#include "batch/pairs.h"

namespace readoutdiff::series {

std::string readout_date(const text::Text& text, const std::string& path) {
    if (!text.date.empty()) return text.date;
    std::filesystem::path file(path);
    std::string folder = file.parent_path().empty() ? "." : file.parent_path().string();
    std::string date = batch::folder_date(folder, file.filename().string());
    if (!date.empty()) return date;
    return batch::date_at_start(std::filesystem::absolute(file).parent_path().filename().string());
}

}  // namespace readoutdiff::series
