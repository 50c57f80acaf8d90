// Stage 1, read: a readout file becomes a Text, validated and normalized,
// with its title, date and source pulled from front matter or the first lines.
#pragma once

#include <string>
#include <string_view>

#include "io/file_io.h"

namespace readoutdiff::text {

// Where a readout's date was found.
enum class DateOrigin { none, front_matter, meta_tsv, dateline, text, file_name };

struct Text {
    std::string path;
    std::string title;   // empty when the file has none
    // yyyy-mm-dd when found: front matter's date, else (text/meta_date.h, for
    // the callers that read files) a meta.tsv's beside the file, else the date the first
    // paragraph opens with (a dateline "BEIJING, July 8 (Xinhua) --" or "On
    // March 18,"; its year, when it gives none, from a date in the file name),
    // else the first full date of the title and first paragraph, else a date
    // in the file name. Empty when none is found.
    std::string date;
    // "mm-dd" when the only date found gives no year (a dateline), else empty.
    std::string month_day;
    DateOrigin date_origin = DateOrigin::none;  // of date, or of month_day
    std::string source;  // a URL or publisher from front matter, else empty
    // NFC-normalized body; paragraphs separated by exactly "\n\n", the lines of
    // a hard-wrapped paragraph joined by one space, Markdown markup removed.
    std::string body;
};

// Parses the bytes of a plain-text, Markdown or HTML readout (HTML told by
// its content, see input_format.h). path names the file in errors, and a
// date in its file name is the date of last resort. Throws Error for a PDF, binary data, UTF-16, invalid UTF-8 (with
// the byte offset), malformed front matter, or no text at all.
Text parse_text(std::string_view bytes, const std::string& path);

// Reads and parses a file (see io::read_file for the file-level errors).
Text read_text(const std::string& path, size_t max_bytes = io::kDefaultMaxBytes);

}  // namespace readoutdiff::text
