// A group is compared as a whole: the variants it is used in and its terms.
// "one China policy" becoming "one-China principle" is a variant change (us
// to prc); the same variant in other terms ("manage competition responsibly"
// beside "veer into conflict") is a rewording. Each change points at the
// sentence that carries it on each side, the first one using what changed.
#include "series/formula_changes.h"

#include <algorithm>
#include <map>

namespace readoutdiff::series {
namespace {

struct GroupUse {
    std::vector<lexicon::Variant> variants;  // each once, in the order used
    std::vector<std::string> terms;          // each once, in the order used
    std::vector<int> term_sentences;         // parallel to terms: first sentence using each
    std::vector<int> variant_sentences;      // parallel to variants
};

template <typename T>
bool contains(const std::vector<T>& items, const T& item) {
    return std::find(items.begin(), items.end(), item) != items.end();
}

std::map<std::string, GroupUse> groups_of(const Readout& readout) {
    std::map<std::string, GroupUse> groups;
    for (const FormulaUse& use : readout.formulas) {
        GroupUse& group = groups[use.group];
        if (!contains(group.terms, use.term)) {
            group.terms.push_back(use.term);
            group.term_sentences.push_back(use.sentence);
        }
        if (!contains(group.variants, use.variant)) {
            group.variants.push_back(use.variant);
            group.variant_sentences.push_back(use.sentence);
        }
    }
    return groups;
}

// The first sentence using a term (or variant) of mine the other use lacks, else my first sentence.
template <typename T>
int first_differing(const std::vector<T>& mine, const std::vector<int>& sentences, const std::vector<T>& other) {
    for (size_t k = 0; k < mine.size(); ++k) {
        if (!contains(other, mine[k])) return sentences[k];
    }
    return *std::min_element(sentences.begin(), sentences.end());
}

int first_sentence(const GroupUse& use) {
    return *std::min_element(use.term_sentences.begin(), use.term_sentences.end());
}

bool same_set(std::vector<std::string> a, std::vector<std::string> b) {
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

bool same_set(std::vector<lexicon::Variant> a, std::vector<lexicon::Variant> b) {
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

}  // namespace

std::string formula_key(const std::string& group, const std::string& term) { return group + '\x1f' + term; }

std::vector<FormulaChange> formula_changes(const Readout& before, size_t previous, const Readout& after, size_t current,
                                           const Occurrences& groups, const Occurrences& formulas) {
    std::map<std::string, GroupUse> was = groups_of(before), now = groups_of(after);
    std::vector<std::pair<int, FormulaChange>> present;  // by this readout's sentence
    for (const auto& [group, use] : now) {
        auto old = was.find(group);
        FormulaChange change{FormulaChangeKind::added,
                             group,
                             {},
                             use.variants,
                             {},
                             use.terms,
                             {},
                             std::nullopt,
                             {previous, 0},
                             {current, 0}};
        if (old == was.end()) {
            change.after.sentence = first_sentence(use);
        } else {
            const GroupUse& prior = old->second;
            change.variants_before = prior.variants;
            change.terms_before = prior.terms;
            if (!same_set(prior.variants, use.variants)) {
                change.kind = FormulaChangeKind::variant_changed;
                change.before.sentence = first_differing(prior.variants, prior.variant_sentences, use.variants);
                change.after.sentence = first_differing(use.variants, use.variant_sentences, prior.variants);
            } else if (!same_set(prior.terms, use.terms)) {
                change.kind = FormulaChangeKind::reworded;
                change.before.sentence = first_differing(prior.terms, prior.term_sentences, use.terms);
                change.after.sentence = first_differing(use.terms, use.term_sentences, prior.terms);
            } else {
                continue;
            }
        }
        for (const std::string& term : use.terms) {
            if (formulas.first_at(formula_key(group, term), current)) change.first_in_series.push_back(term);
        }
        present.emplace_back(change.after.sentence, std::move(change));
    }
    std::stable_sort(present.begin(), present.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

    std::vector<std::pair<int, FormulaChange>> gone;  // by the previous readout's sentence
    for (const auto& [group, use] : was) {
        if (now.count(group)) continue;
        FormulaChange change{FormulaChangeKind::dropped,
                             group,
                             use.variants,
                             {},
                             use.terms,
                             {},
                             {},
                             groups.next_after(group, current),
                             {previous, first_sentence(use)},
                             {current, 0}};
        gone.emplace_back(change.before.sentence, std::move(change));
    }
    std::stable_sort(gone.begin(), gone.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

    std::vector<FormulaChange> out;
    for (auto& [sentence, change] : present) out.push_back(std::move(change));
    for (auto& [sentence, change] : gone) out.push_back(std::move(change));
    return out;
}

}  // namespace readoutdiff::series
