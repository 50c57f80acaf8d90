// Tests for the stopwords of segment_words.tsv: segmentation marks each
// token, and the aligner and the pair stage read the mark.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lexicon/lexicons.h"
#include "segment/segment.h"

namespace {

std::vector<std::string> marked(const readoutdiff::segment::SegmentWords& words, const std::string& body) {
    readoutdiff::text::Text text;
    text.body = body;
    std::vector<std::string> out;
    for (const auto& sentence : readoutdiff::segment::segment(text, words).sentences) {
        for (const auto& token : sentence.tokens) {
            if (token.stopword) out.push_back(token.folded);
        }
    }
    return out;
}

}  // namespace

TEST_CASE("the built-in stopwords are function words and readout filler, not content words") {
    const auto& words = readoutdiff::lexicon::builtin_lexicons().segmenting;
    CHECK(marked(words, "The two sides noted that Taiwan is the core issue.") ==
          std::vector<std::string>{"the", "two", "sides", "noted", "that", "is", "the"});
}

TEST_CASE("a token is a stopword only by the list it was segmented with") {
    readoutdiff::segment::SegmentWords words;
    CHECK(marked(words, "The sides met.").empty());
    words.stopwords.insert("the");
    CHECK(marked(words, "The sides met.") == std::vector<std::string>{"the"});  // tokens are folded before the lookup
}
