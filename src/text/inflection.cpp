// English inflection only: plural and third person -s/-es, -ed, -ing, with the
// spelling rules that change the base (drop a final e, y to i, doubled final
// consonant), and the possessive 's. Derivations ("provocative" from
// "provocation") are different words and are listed separately in lexicons.
#include "text/inflection.h"

#include <array>
#include <string>

namespace readoutdiff::text {
namespace {

constexpr std::array<std::string_view, 6> kSuffixes = {"s", "es", "ed", "d", "ing", "'s"};

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool stem_plus_suffix(std::string_view word, std::string_view stem) {
    if (word.size() <= stem.size() || word.substr(0, stem.size()) != stem) return false;
    std::string_view rest = word.substr(stem.size());
    for (std::string_view suffix : kSuffixes) {
        if (rest == suffix) return true;
    }
    return false;
}

}  // namespace

bool is_inflection_of(std::string_view word, std::string_view base) {
    if (word == base) return true;
    if (base.empty() || word.size() <= base.size() - 1) return false;
    if (stem_plus_suffix(word, base)) return true;
    char last = base.back();
    std::string_view without_last = base.substr(0, base.size() - 1);
    // "stabilize" -> "stabilizing" ("agree" -> "agreed" is base + "d" above)
    if (last == 'e' && word == std::string(without_last) + "ing") return true;
    // "ally" -> "allies", "allied"
    if (last == 'y' && base.size() > 1 && !is_vowel(base[base.size() - 2]) &&
        (word == std::string(without_last) + "ies" || word == std::string(without_last) + "ied")) {
        return true;
    }
    // "stop" -> "stopped", "commit" -> "committing"
    if (base.size() >= 3 && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
        is_vowel(base[base.size() - 2]) && !is_vowel(base[base.size() - 3])) {
        std::string doubled = std::string(base) + last;
        if (word == doubled + "ed" || word == doubled + "ing") return true;
    }
    return false;
}

bool ing_form(std::string_view word, size_t min_length) {
    return word.size() >= min_length && word.ends_with("ing");
}

bool ed_form(std::string_view word, size_t min_length) {
    return word.size() >= min_length && word.ends_with("ed");
}

bool be_form(std::string_view word) {
    return word == "is" || word == "are" || word == "was" || word == "were" || word == "been" || word == "be";
}

bool possessive(std::string_view word) { return word.ends_with("'s") || word.ends_with("\u2019s"); }

}  // namespace readoutdiff::text
