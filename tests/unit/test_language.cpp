// Tests for text/language: a Chinese-language readout is refused, an
// English one naming 习近平 passes, short texts are not judged.
#include <doctest/doctest.h>

#include "error.h"
#include "text/language.h"

using readoutdiff::text::check_english;
using readoutdiff::text::Text;

namespace {

Text text_of(const std::string& title, const std::string& body) {
    Text text;
    text.path = "prc.txt";
    text.title = title;
    text.body = body;
    return text;
}

}  // namespace

TEST_CASE("check_english refuses a text whose letters are mostly not A-Z") {
    Text chinese = text_of("习近平同美国总统拜登举行会晤", "当地时间11月15日，国家主席习近平在美国旧金山斐洛里庄园同美国总统拜登举行中美元首会晤。"
                                                  "两国元首就事关中美关系的战略性、全局性、方向性问题以及事关世界和平和发展的重大问题坦诚深入地交换了意见。");
    CHECK_THROWS_WITH_AS(check_english(chinese),
                         "prc.txt: does not look like English: 0% of its letters are A-Z (the lexicons are English; "
                         "add --force to compare it anyway)",
                         readoutdiff::Error);
}

TEST_CASE("check_english passes an English text with a few Chinese names") {
    Text english = text_of("President Xi Jinping (习近平) Meets President Biden",
                           "On November 15, President Xi Jinping (习近平) met with President Joe Biden in Woodside. "
                           "The two presidents had an in-depth and candid exchange of views on strategic issues.");
    CHECK_NOTHROW(check_english(english));
}

TEST_CASE("check_english does not judge a text with few letters") {
    CHECK_NOTHROW(check_english(text_of("", "会晤。")));
}
