// Break iterators are costly to create, so each thread creates its own
// sentence and word iterators once and reuses them; UText lets ICU walk the
// UTF-8 bytes without a UTF-16 copy.
#include "segment/icu_breaks.h"

#include <memory>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "error.h"

namespace readoutdiff::segment {
namespace {

enum class Kind { sentence, word };

icu::BreakIterator* thread_iterator(Kind kind) {
    auto create = [](Kind k) {
        UErrorCode status = U_ZERO_ERROR;
        icu::Locale english("en_US");
        std::unique_ptr<icu::BreakIterator> it(k == Kind::sentence
                                                   ? icu::BreakIterator::createSentenceInstance(english, status)
                                                   : icu::BreakIterator::createWordInstance(english, status));
        if (U_FAILURE(status) || !it) throw Fatal("ICU break iterator unavailable");
        return it;
    };
    thread_local std::unique_ptr<icu::BreakIterator> sentence = create(Kind::sentence);
    thread_local std::unique_ptr<icu::BreakIterator> word = create(Kind::word);
    return kind == Kind::sentence ? sentence.get() : word.get();
}

std::vector<Piece> pieces(std::string_view utf8, Kind kind) {
    std::vector<Piece> out;
    if (utf8.empty()) return out;
    UErrorCode status = U_ZERO_ERROR;
    UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
    if (U_FAILURE(status)) throw Fatal("ICU cannot open text");
    icu::BreakIterator* it = thread_iterator(kind);
    it->setText(text, status);
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        bool is_word = kind == Kind::word && it->getRuleStatus() >= UBRK_WORD_NONE_LIMIT;
        out.push_back(Piece{static_cast<uint32_t>(start), static_cast<uint32_t>(end), is_word});
    }
    utext_close(text);
    return out;
}

}  // namespace

std::vector<Piece> icu_sentences(std::string_view utf8) { return pieces(utf8, Kind::sentence); }

std::vector<Piece> icu_words(std::string_view utf8) { return pieces(utf8, Kind::word); }

}  // namespace readoutdiff::segment
