#include "text/meta_date.h"

#include <filesystem>

#include "error.h"
#include "io/file_io.h"
#include "text/dates.h"
#include "text/lines.h"

namespace readoutdiff::text {

std::string meta_tsv_date(std::string_view content) {
    for (std::string_view line : split_lines(content)) {
        if (line.substr(0, 5) != "date\t") continue;
        std::string_view value = line.substr(5);
        if (value.size() < 10) return "";
        std::optional<CalendarDate> date = parse_iso_date(value.substr(0, 10));
        return date && date->has_year() ? to_iso(*date) : "";
    }
    return "";
}

std::string meta_date_beside(const std::string& path) {
    if (path == "-") return "";
    std::filesystem::path folder = std::filesystem::path(path).parent_path();
    std::string meta = (folder.empty() ? std::filesystem::path(".") : folder).string() + "/meta.tsv";
    try {
        std::optional<std::string> content = io::read_file_if_present(meta);
        return content ? meta_tsv_date(*content) : "";
    } catch (const Error&) {
        return "";  // an unreadable meta.tsv gives no date; the readout's own text still may
    }
}

void take_meta_date(Text& text, const std::string& date) {
    if (date.empty() || text.date_origin == DateOrigin::front_matter) return;
    text.date = date;
    text.month_day.clear();
    text.date_origin = DateOrigin::meta_tsv;
}

}  // namespace readoutdiff::text
