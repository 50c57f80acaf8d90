// The benchmark's floor: stages 1 and 2 of readoutdiff (read, segment) on two
// files and nothing else, so the table shows how far the full pipeline is from
// reading and tokenizing the bytes. Links libreadoutdiff.a like the CLI does.
//
//   tokenize_only LEFT RIGHT               read + segment both files, print nothing
//   tokenize_only --timing LEFT RIGHT      the same, then the time of each step on stderr
//   tokenize_only --sentences FILE         one sentence per line (title first), for the
//                                          line-based peers (diff, difflib, git)
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "error.h"
#include "lexicon/lexicons.h"
#include "segment/segment.h"
#include "text/text.h"

namespace {

using namespace readoutdiff;
using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Sentences are written as in the text, with any line break inside one made a space.
int print_sentences(const std::string& path) {
    segment::Document document = segment::segment(text::read_text(path), lexicon::builtin_lexicons().segmenting);
    std::string out;
    if (!document.text.title.empty()) out += document.text.title + '\n';
    for (const segment::Sentence& sentence : document.sentences) {
        std::string line(document.sentence_text(sentence));
        for (char& c : line) {
            if (c == '\n' || c == '\r') c = ' ';
        }
        out += line;
        out += '\n';
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

int tokenize(const std::string& left, const std::string& right, bool timing) {
    Clock::time_point start = Clock::now();
    const segment::SegmentWords& words = lexicon::builtin_lexicons().segmenting;
    double lexicons_ms = ms_since(start);

    Clock::time_point step = Clock::now();
    text::Text left_text = text::read_text(left);
    text::Text right_text = text::read_text(right);
    double read_ms = ms_since(step);

    step = Clock::now();
    segment::Document left_document = segment::segment(std::move(left_text), words);
    segment::Document right_document = segment::segment(std::move(right_text), words);
    double segment_ms = ms_since(step);

    size_t sentences = left_document.sentences.size() + right_document.sentences.size();
    size_t tokens = 0;
    for (const auto* document : {&left_document, &right_document}) {
        for (const segment::Sentence& sentence : document->sentences) tokens += sentence.tokens.size();
    }
    if (timing) {
        std::fprintf(stderr, "lexicons_ms=%.3f read_ms=%.3f segment_ms=%.3f sentences=%zu tokens=%zu\n", lexicons_ms,
                     read_ms, segment_ms, sentences, tokens);
    }
    // The counts are used, so no stage can be optimized away.
    return sentences == 0 ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        if (argc == 3 && std::strcmp(argv[1], "--sentences") == 0) return print_sentences(argv[2]);
        if (argc == 4 && std::strcmp(argv[1], "--timing") == 0) return tokenize(argv[2], argv[3], true);
        if (argc == 3) return tokenize(argv[1], argv[2], false);
    } catch (const readoutdiff::Error& e) {
        std::cerr << "tokenize_only: " << e.what() << '\n';
        return 2;
    }
    std::cerr << "usage: tokenize_only [--timing] LEFT RIGHT | tokenize_only --sentences FILE\n";
    return 2;
}
