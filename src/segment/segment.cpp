// Paragraphs first (the reader separated them with blank lines), then
// sentences inside each, so no sentence ever spans two paragraphs.
#include "segment/segment.h"

#include "segment/sentence_splitter.h"
#include "segment/tokenizer.h"

namespace readoutdiff::segment {
namespace {

// A word with the dot after it, which ICU's word breaks leave out ("Jr.").
std::string_view with_its_dot(std::string_view body, Span span) {
    uint32_t end = span.end < body.size() && body[span.end] == '.' ? span.end + 1 : span.end;
    return body.substr(span.begin, end - span.begin);
}

}  // namespace

Document segment(text::Text text, const SegmentWords& words) {
    Document document;
    document.text = std::move(text);
    std::string_view body = document.text.body;
    int paragraph = 0;
    size_t start = 0;
    while (start < body.size()) {
        size_t end = body.find("\n\n", start);
        if (end == std::string_view::npos) end = body.size();
        ++paragraph;
        for (Span local : split_sentences(body.substr(start, end - start), words)) {
            Sentence sentence;
            sentence.id = static_cast<int>(document.sentences.size()) + 1;
            sentence.paragraph = paragraph;
            sentence.span = Span{static_cast<uint32_t>(start + local.begin), static_cast<uint32_t>(start + local.end)};
            sentence.tokens = tokenize(body, sentence.span);
            for (Token& token : sentence.tokens) {
                token.stopword = SegmentWords::has(words.stopwords, token.folded);
                token.name_suffix = SegmentWords::has(words.name_suffixes, with_its_dot(body, token.span));
                token.honorific = SegmentWords::has(words.honorifics, with_its_dot(body, token.span));
            }
            document.sentences.push_back(std::move(sentence));
        }
        start = end + 2;
    }
    return document;
}

}  // namespace readoutdiff::segment
