// A saved web page of a readout as text: the paragraphs a reader sees, in
// order, and the page's title; libgumbo (an HTML5 parser) is used only here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace readoutdiff::text {

struct HtmlBlock {
    std::string text;  // whitespace collapsed to single spaces, trimmed
    int heading = 0;   // 1..6 for <h1>..<h6>, else 0
};

struct HtmlText {
    std::string title;  // of <title>, whitespace collapsed; empty when none
    std::vector<HtmlBlock> blocks;
};

// The text of the page's block elements (paragraphs, headings, list items,
// table cells, ...), each a block. Script, style, navigation, forms and
// asides are dropped; when the page has a <main> (else an <article>), only
// its blocks are taken, so menus and footers stay out. utf8 must be valid UTF-8.
HtmlText html_to_text(std::string_view utf8);

}  // namespace readoutdiff::text
