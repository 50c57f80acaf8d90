// Readouts arrive as web-page conversions (front matter, hard wrapping,
// Markdown escapes, a closing "###") or as pasted plain text; both become
// the same clean paragraphs so every later stage sees one shape.
#include "text/text.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "error.h"
#include "text/dates.h"
#include "text/front_matter.h"
#include "text/html_text.h"
#include "text/inline_markup.h"
#include "text/input_format.h"
#include "text/lines.h"
#include "text/unicode.h"

namespace readoutdiff::text {
namespace {

constexpr size_t kMostHeaderWords = 6;     // "Office of the Spokesperson", "Media Note"
constexpr size_t kLongestHeaderDate = 32;  // "Wednesday, September 17, 2023"

bool is_space_at(std::string_view s, size_t i, size_t* width) {
    if (s[i] == ' ' || s[i] == '\t') {
        *width = 1;
        return true;
    }
    if (s.substr(i, 2) == kNoBreakSpace) {
        *width = 2;
        return true;
    }
    return false;
}

std::string_view trim_spaces(std::string_view s) {
    size_t width = 0;
    while (!s.empty() && is_space_at(s, 0, &width)) s.remove_prefix(width);
    while (!s.empty()) {
        if (s.back() == ' ' || s.back() == '\t') s.remove_suffix(1);
        else if (s.size() >= 2 && s.substr(s.size() - 2) == kNoBreakSpace) s.remove_suffix(2);
        else break;
    }
    return s;
}

std::string unify_line_ends(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size());
    for (size_t i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\r') {
            out += '\n';
            if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
        } else {
            out += bytes[i];
        }
    }
    return out;
}

bool is_rule_or_end_mark(std::string_view line) {
    if (line.size() < 3) return false;
    for (char c : line) {
        if (c != '#' && c != '*' && c != '-' && c != '_' && c != ' ') return false;
    }
    return true;
}

// "... bilateral ties. \###": the closing mark glued to the last line of
// text, after a space; what stands before it is the line.
std::string_view before_trailing_end_mark(std::string_view line) {
    size_t marks = line.size() - std::min(line.size(), line.find_last_not_of('#') + 1);
    if (marks < 3) return line;
    std::string_view rest = line.substr(0, line.size() - marks);
    if (!rest.empty() && rest.back() == '\\') rest.remove_suffix(1);
    if (rest.empty() || rest.back() != ' ') return line;
    return trim_spaces(rest);
}

struct Paragraph {
    std::string text;
    size_t line_count = 0;
    bool heading = false;
    bool list_item = false;
    // The first paragraph's lines, as written: a web page's header copied as text
    // keeps its title, kind, office and date on lines of their own.
    std::vector<std::string> lines;
};

// The width of an ordered list's marker at the line's start ("1.  ", "12) ",
// "2\. " as a conversion escapes it), or 0: one to three digits, a dot or
// bracket, then a space (a no-break one too).
size_t ordered_marker_width(std::string_view line) {
    size_t digits = 0;
    while (digits < line.size() && digits < 4 && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
    size_t mark = digits < line.size() && line[digits] == '\\' ? digits + 1 : digits;
    if (digits == 0 || digits > 3 || mark + 2 > line.size() || (line[mark] != '.' && line[mark] != ')')) return 0;
    size_t space = 0;
    return is_space_at(line, mark + 1, &space) ? mark + 1 + space : 0;
}

void append_collapsing_spaces(std::string& out, std::string_view piece) {
    for (char c : piece) {
        if ((c == ' ' || c == '\t') && (out.empty() || out.back() == ' ')) continue;
        out += c == '\t' ? ' ' : c;
    }
}

std::vector<Paragraph> split_paragraphs(std::string_view body) {
    std::vector<Paragraph> paragraphs;
    Paragraph current;
    // Markup comes off the joined paragraph: a hard-wrapped link's text and
    // target may stand on different lines ("on [April\n29](https://...)").
    auto flush = [&] {
        current.text = strip_inline_markup(current.text);
        if (!current.text.empty()) paragraphs.push_back(std::move(current));
        current = Paragraph{};
    };
    for (std::string_view raw_line : split_lines(body)) {
        std::string_view line = trim_spaces(raw_line);
        if (line.empty() || is_rule_or_end_mark(strip_inline_markup(line))) {
            flush();
            continue;
        }
        std::string_view text_before_mark = before_trailing_end_mark(line);
        bool ends_at_mark = text_before_mark.size() != line.size();
        line = text_before_mark;
        bool heading = line.front() == '#';
        bool bullet = line.size() > 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ';
        // "1.  Agriculture Secretary ...": an ordered list's item, where a list
        // can start (a new paragraph, after a colon, after another item); a
        // hard-wrapped line that opens with a day ("...on September\n16. Both")
        // stays in its sentence.
        bool list_can_start = current.text.empty() || current.text.back() == ':' || current.list_item;
        size_t ordered = list_can_start ? ordered_marker_width(line) : 0;
        if (heading || bullet || ordered > 0) flush();
        // An empty heading ("#", "##") has no text after its marks.
        if (heading) line = trim_spaces(line.substr(std::min(line.find_first_not_of('#'), line.size())));
        if (bullet) line = trim_spaces(line.substr(2));
        if (ordered > 0) line = trim_spaces(line.substr(ordered));
        if (!current.text.empty()) current.text += ' ';
        append_collapsing_spaces(current.text, line);
        if (paragraphs.empty()) current.lines.emplace_back(line);
        current.line_count++;
        current.heading = current.heading || heading;
        current.list_item = current.list_item || bullet || ordered > 0;
        if (heading || ends_at_mark) flush();
    }
    flush();
    return paragraphs;
}

bool ends_like_sentence(std::string_view s) {
    while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')')) s.remove_suffix(1);
    if (s.size() >= 3 && (s.substr(s.size() - 3) == "\u201D" || s.substr(s.size() - 3) == "\u2019")) {
        s.remove_suffix(3);
    }
    return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?' || s.back() == ':');
}

// A first paragraph that is a heading, or one short line without a sentence
// end, followed by more text, is the readout's title.
bool is_title(const Paragraph& first, size_t paragraph_count) {
    if (paragraph_count < 2) return false;
    if (first.heading) return true;
    return first.line_count == 1 && first.text.size() <= 240 && !ends_like_sentence(first.text);
}

// A line of a web page's header, above the body: the kind or the office in
// capitals ("READOUT", "OFFICE OF THE SPOKESPERSON"), a few words in Title
// Case ("Office of the Spokesperson", "Media Note"), or a date alone.
bool is_header_line(std::string_view line) {
    line = trim_spaces(line);
    if (line.empty() || ends_like_sentence(line)) return false;
    if (line.size() <= kLongestHeaderDate && find_full_date(line)) return true;
    bool has_letter = false, has_lower = false;
    size_t words = 0;
    bool title_case = true;
    for (size_t i = 0; i < line.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(line[i]);
        has_letter = has_letter || std::isalpha(c);
        has_lower = has_lower || std::islower(c);
        bool word_start = std::isalpha(c) && (i == 0 || line[i - 1] == ' ');
        if (!word_start) continue;
        ++words;
        std::string_view word = line.substr(i, line.find(' ', i) - i);
        bool joiner = word == "of" || word == "the" || word == "and" || word == "for" || word == "on";
        title_case = title_case && (std::isupper(c) || joiner);
    }
    return has_letter && (!has_lower || (title_case && words <= kMostHeaderWords));
}

// A first paragraph of a title line and header lines after it, none ending a
// sentence: a web page's header pasted as text ("Secretary Rubio's Call with
// ...", "READOUT", "OFFICE OF THE SPOKESPERSON", "MARCH 3, 2025").
bool is_header_block(const Paragraph& first, size_t paragraph_count) {
    if (paragraph_count < 2 || first.lines.size() < 2 || ends_like_sentence(first.lines.front())) return false;
    return std::all_of(first.lines.begin() + 1, first.lines.end(), [](const std::string& line) { return is_header_line(line); });
}

// The words of a text, folded for matching and one space apart.
std::string spaced_words(std::string_view s) {
    std::string folded = fold_for_matching(s);
    std::replace(folded.begin(), folded.end(), '\n', ' ');
    std::string words;
    append_collapsing_spaces(words, folded);
    return std::string(trim_spaces(words));
}

// A web copy often shows the title again, in bold, above the body: a first
// paragraph with the title's words is the title, no sentence of the readout.
bool repeats_title(const Paragraph& first, std::string_view title, size_t paragraph_count) {
    return paragraph_count >= 2 && !title.empty() && spaced_words(first.text) == spaced_words(title);
}

// The readout's date, by the precedence text.h gives.
void find_date(Text& text, std::string_view front_matter_date, std::string_view header, std::string_view first_paragraph) {
    auto set = [&](std::optional<CalendarDate> date, DateOrigin origin) {
        if (!date) return false;
        (date->has_year() ? text.date : text.month_day) = to_iso(*date);
        text.date_origin = origin;
        return true;
    };
    if (!front_matter_date.empty() && set(find_full_date(front_matter_date), DateOrigin::front_matter)) return;
    std::optional<CalendarDate> file_date = date_in_file_name(text.path);
    std::optional<CalendarDate> full_date = find_full_date(text.title + " " + std::string(header) + " " + std::string(first_paragraph));
    if (std::optional<CalendarDate> lead = leading_date(first_paragraph)) {
        // A dateline without its year takes the year of the same day written
        // in full, else the one that puts it nearest the file name's date.
        if (!lead->has_year() && full_date && full_date->month == lead->month && full_date->day == lead->day) {
            lead = full_date;
        } else if (!lead->has_year() && file_date) {
            if (std::optional<long> day = nearest_day(lead->month, lead->day, *day_number(*file_date))) {
                lead = date_of_day(*day);
            }
        }
        set(lead, DateOrigin::dateline);
        return;
    }
    if (set(full_date, DateOrigin::text)) return;
    set(file_date, DateOrigin::file_name);
}

// 1-based line and byte column of a byte offset, for editors to jump to.
std::pair<size_t, size_t> line_and_column(std::string_view bytes, size_t offset) {
    size_t line = 1, line_start = 0;
    for (size_t i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') ++line, line_start = i + 1;
    }
    return {line, offset - line_start + 1};
}

// The fields every format fills the same way: the title (unless given), the
// date from the title and first paragraph, and the body.
Text assemble(const std::string& path, std::string title, const std::string& date_field, std::string source,
              const std::vector<Paragraph>& paragraphs) {
    Text text;
    text.path = path;
    text.title = std::move(title);
    text.source = std::move(source);
    size_t first_body = 0;
    std::string header;  // the header's lines below the title: no sentences, but they may date it
    const Paragraph& first = paragraphs.front();
    if (text.title.empty() && is_title(first, paragraphs.size())) {
        text.title = first.text;
        first_body = 1;
    } else if (text.title.empty() && is_header_block(first, paragraphs.size())) {
        text.title = strip_inline_markup(first.lines.front());
        for (auto line = first.lines.begin() + 1; line != first.lines.end(); ++line) header += strip_inline_markup(*line) + " ";
        first_body = 1;
    } else if (repeats_title(first, text.title, paragraphs.size())) {
        first_body = 1;
    }
    // "Office of the Spokesperson", "November 16, 2023" as paragraphs of their own.
    while (first_body + 1 < paragraphs.size() && paragraphs[first_body].line_count == 1 &&
           !paragraphs[first_body].list_item && is_header_line(paragraphs[first_body].text)) {
        header += paragraphs[first_body++].text + " ";
    }
    find_date(text, date_field, header, paragraphs[first_body].text);
    for (size_t i = first_body; i < paragraphs.size(); ++i) {
        if (!text.body.empty()) text.body += "\n\n";
        text.body += paragraphs[i].text;
    }
    return text;
}

Text parse_plain(std::string_view bytes, const std::string& path) {
    std::string normalized = to_nfc(unify_line_ends(bytes));
    std::string_view after_front_matter;
    FrontMatter front = parse_front_matter(normalized, path, &after_front_matter);
    std::vector<Paragraph> paragraphs = split_paragraphs(without_html_comments(after_front_matter));
    if (paragraphs.empty()) {
        throw Error(path, front.fields.empty() ? "contains only whitespace" : "has no text after its front matter");
    }
    std::string title = front.fields.count("title") ? std::string(trim_spaces(front.fields["title"])) : "";
    std::string source;
    for (const char* key : {"source_url", "source", "url"}) {
        if (source.empty() && front.fields.count(key)) source = front.fields[key];
    }
    std::string date = front.fields.count("date") ? front.fields["date"] : "";
    return assemble(path, std::move(title), date, std::move(source), paragraphs);
}

// A web page: its first <h1> is the title (else its <title>), its blocks the
// paragraphs, quoted as the page shows them (no Markdown is stripped).
Text parse_html(std::string_view bytes, const std::string& path) {
    HtmlText page = html_to_text(bytes);
    std::vector<Paragraph> paragraphs;
    std::string title;
    for (HtmlBlock& block : page.blocks) {
        std::string text = to_nfc(block.text);
        if (title.empty() && block.heading == 1) {
            title = std::move(text);
            continue;
        }
        paragraphs.push_back(Paragraph{std::move(text), 1, block.heading != 0, false, {}});
    }
    if (paragraphs.empty()) throw Error(path, "is an HTML page without text");
    if (title.empty()) title = to_nfc(page.title);
    return assemble(path, std::move(title), "", "", paragraphs);
}

}  // namespace

Text parse_text(std::string_view bytes, const std::string& path) {
    if (bytes.empty()) throw Error(path, "is empty");
    InputFormat format = sniff_format(bytes, path);
    if (format == InputFormat::pdf) {
        throw Error(path, "is a PDF, not text (convert it first, e.g. pdftotext " + path + ")");
    }
    if (auto problem = find_encoding_problem(bytes)) {
        if (problem->whole_file) throw Error(path, problem->message);
        auto [line, column] = line_and_column(bytes, problem->offset);
        throw Error(path, problem->message, line, column);
    }
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    return format == InputFormat::html ? parse_html(bytes, path) : parse_plain(bytes, path);
}

Text read_text(const std::string& path, size_t max_bytes) {
    return parse_text(io::read_file(path, max_bytes), io::display_name(path));
}

}  // namespace readoutdiff::text
