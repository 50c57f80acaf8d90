// A walk over gumbo's tree: text nodes append to the current block, and
// every block element starts and ends one, so inline markup (links,
// emphasis) stays inside its sentence. Entities are decoded by gumbo.
#include "text/html_text.h"

#include <gumbo.h>
#include <memory>

#include "error.h"

namespace readoutdiff::text {
namespace {

bool is_dropped(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_NAV:
        case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_HEAD:
        case GUMBO_TAG_FORM:
        case GUMBO_TAG_BUTTON:
        case GUMBO_TAG_SELECT:
        case GUMBO_TAG_SVG:
        case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_FOOTER: return true;
        default: return false;
    }
}

bool is_block(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_P:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_LI:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_DD:
        case GUMBO_TAG_DT:
        case GUMBO_TAG_DL:
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
        case GUMBO_TAG_TR:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_CAPTION:
        case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_MAIN:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_ADDRESS:
        case GUMBO_TAG_HR:
        case GUMBO_TAG_BODY:
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6: return true;
        default: return false;
    }
}

int heading_level(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_H1: return 1;
        case GUMBO_TAG_H2: return 2;
        case GUMBO_TAG_H3: return 3;
        case GUMBO_TAG_H4: return 4;
        case GUMBO_TAG_H5: return 5;
        case GUMBO_TAG_H6: return 6;
        default: return 0;
    }
}

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Appends text with runs of HTML whitespace as one space.
void append_collapsed(std::string& out, std::string_view text) {
    for (char c : text) {
        if (is_html_space(c)) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
}

std::string trimmed(std::string text) {
    while (!text.empty() && text.back() == ' ') text.pop_back();
    size_t start = text.find_first_not_of(' ');
    return start == std::string::npos ? "" : text.substr(start);
}

class Walker {
public:
    explicit Walker(std::vector<HtmlBlock>& blocks) : m_blocks(blocks) {}

    void walk(const GumboNode* node) {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
            append_collapsed(m_current, node->v.text.text);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT) return;  // comments, templates
        GumboTag tag = node->v.element.tag;
        if (is_dropped(tag)) return;
        if (tag == GUMBO_TAG_BR) {
            append_collapsed(m_current, " ");
            return;
        }
        bool block = is_block(tag);
        if (block) flush();
        int outer_heading = m_heading;
        if (heading_level(tag) != 0) m_heading = heading_level(tag);
        const GumboVector& children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) walk(static_cast<const GumboNode*>(children.data[i]));
        if (block) flush();
        m_heading = outer_heading;
    }

    void flush() {
        std::string text = trimmed(std::move(m_current));
        m_current.clear();
        if (!text.empty()) m_blocks.push_back({std::move(text), m_heading});
    }

private:
    std::vector<HtmlBlock>& m_blocks;
    std::string m_current;
    int m_heading = 0;
};

// The first element with tag under node, depth first, or null.
const GumboNode* find_first(const GumboNode* node, GumboTag tag) {
    if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
    if (node->v.element.tag == tag) return node;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        if (const GumboNode* found = find_first(static_cast<const GumboNode*>(children.data[i]), tag)) return found;
    }
    return nullptr;
}

std::string text_of(const GumboNode* node) {
    std::string out;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
            append_collapsed(out, child->v.text.text);
    }
    return trimmed(std::move(out));
}

}  // namespace

HtmlText html_to_text(std::string_view utf8) {
    using Output = std::unique_ptr<GumboOutput, void (*)(GumboOutput*)>;
    Output output(gumbo_parse_with_options(&kGumboDefaultOptions, utf8.data(), utf8.size()),
                  [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    if (!output) throw Fatal("the HTML parser failed");
    HtmlText page;
    if (const GumboNode* title = find_first(output->root, GUMBO_TAG_TITLE)) page.title = text_of(title);
    const GumboNode* content = find_first(output->root, GUMBO_TAG_MAIN);
    if (content == nullptr) content = find_first(output->root, GUMBO_TAG_ARTICLE);
    if (content == nullptr) content = output->root;
    Walker walker(page.blocks);
    walker.walk(content);
    walker.flush();
    return page;
}

}  // namespace readoutdiff::text
