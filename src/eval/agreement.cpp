// Meeting words are compared by stems ("exchanged views" in gold is the
// lexicon's "exchange views"), the optional rung only where both list it;
// topics and sentences by id. Counterpart passages are compared as the
// sentence pairs they put side by side, so a section split in two or labelled
// in other words still agrees where it places the same sentences together.
#include "eval/agreement.h"

#include <set>

#include "segment/tokenizer.h"

namespace readoutdiff::eval {
namespace {

std::string stems_of(const std::string& phrase) {
    std::string key;
    for (const auto& token : segment::phrase_tokens(phrase)) key += (key.empty() ? "" : " ") + token.stem;
    return key;
}

std::set<std::string> stem_keys(const std::vector<std::string>& words) {
    std::set<std::string> keys;
    for (const auto& w : words) keys.insert(stems_of(w));
    return keys;
}

// ANNOTATION.md: "exchanged views" may be listed. Listed on one hand and not the
// other, it is neither a hit nor a miss; listed on both, it agrees.
void drop_optional_rung(std::set<std::string>& predicted, std::set<std::string>& gold) {
    static const std::string optional = stems_of("exchanged views");
    if (predicted.count(optional) != gold.count(optional)) {
        predicted.erase(optional);
        gold.erase(optional);
    }
}

template <typename T>
SetCounts compare_sets(const std::set<T>& predicted, const std::set<T>& gold) {
    SetCounts c;
    c.predicted = predicted.size();
    c.gold = gold.size();
    for (const T& item : predicted) c.agreed += gold.count(item);
    return c;
}

template <typename T>
std::set<T> as_set(const std::vector<T>& items) {
    return {items.begin(), items.end()};
}

std::set<std::pair<int, int>> section_pairs(const std::vector<Counterpart>& sections) {
    std::set<std::pair<int, int>> pairs;
    for (const Counterpart& section : sections) {
        for (int l : section.left) {
            for (int r : section.right) pairs.insert({l, r});
        }
    }
    return pairs;
}

void score_speakers(const std::vector<lexicon::Side>& predicted, const std::vector<lexicon::Side>& gold, Tally& tally) {
    for (size_t k = 0; k < gold.size(); ++k) tally.add(k < predicted.size() && predicted[k] == gold[k]);
}

}  // namespace

SetCounts& SetCounts::operator+=(const SetCounts& o) {
    predicted += o.predicted;
    gold += o.gold;
    agreed += o.agreed;
    return *this;
}
double SetCounts::precision() const { return ratio(agreed, predicted); }
double SetCounts::recall() const { return ratio(agreed, gold); }
double SetCounts::f1() const { return eval::f1(precision(), recall()); }

Tally& Tally::operator+=(const Tally& o) {
    right += o.right;
    total += o.total;
    return *this;
}
void Tally::add(bool is_right) {
    right += is_right;
    ++total;
}

Agreement& Agreement::operator+=(const Agreement& o) {
    harsher += o.harsher;
    harsher_clear += o.harsher_clear;
    harsher_unsure += o.harsher_unsure;
    meeting_words_exact += o.meeting_words_exact;
    meeting_words += o.meeting_words;
    topics_only += o.topics_only;
    agreements += o.agreements;
    asked += o.asked;
    speakers += o.speakers;
    sides += o.sides;
    links += o.links;
    counterparts += o.counterparts;
    has_counterparts = has_counterparts || o.has_counterparts;
    return *this;
}

Agreement agreement(const Annotation& predicted, const Annotation& gold, size_t left_sentences,
                    size_t right_sentences) {
    Agreement a;
    a.pair = gold.pair;
    a.split = gold.split;
    bool harsher_right = predicted.more_confrontational == gold.more_confrontational;
    a.harsher.add(harsher_right);
    if (gold.confidence == Confidence::clear) a.harsher_clear.add(harsher_right);
    if (gold.confidence && gold.confidence != Confidence::clear) {
        // A verdict given without a confidence is a confident one.
        bool not_called = predicted.more_confrontational == Column::neither ||
                          (predicted.confidence && *predicted.confidence != Confidence::clear);
        a.harsher_unsure.add(not_called);
    }
    auto left_words = stem_keys(predicted.characterization.left), right_words = stem_keys(predicted.characterization.right);
    auto gold_left = stem_keys(gold.characterization.left), gold_right = stem_keys(gold.characterization.right);
    drop_optional_rung(left_words, gold_left);
    drop_optional_rung(right_words, gold_right);
    a.meeting_words_exact.add(left_words == gold_left);
    a.meeting_words_exact.add(right_words == gold_right);
    a.meeting_words = compare_sets(left_words, gold_left);
    a.meeting_words += compare_sets(right_words, gold_right);
    a.topics_only = compare_sets(as_set(predicted.topics_only.left), as_set(gold.topics_only.left));
    a.topics_only += compare_sets(as_set(predicted.topics_only.right), as_set(gold.topics_only.right));
    a.agreements = compare_sets(as_set(predicted.agreements.left), as_set(gold.agreements.left));
    a.agreements += compare_sets(as_set(predicted.agreements.right), as_set(gold.agreements.right));
    if (gold.requested_by && predicted.requested_by) a.asked.add(*predicted.requested_by == *gold.requested_by);
    if (gold.speakers && predicted.speakers) {
        score_speakers(predicted.speakers->left, gold.speakers->left, a.speakers);
        score_speakers(predicted.speakers->right, gold.speakers->right, a.speakers);
    }
    a.sides.add(predicted.readout.left == gold.readout.left);
    a.sides.add(predicted.readout.right == gold.readout.right);
    a.links = score_links(gold, predicted, left_sentences, right_sentences).counts;
    if (gold.counterparts) {
        a.has_counterparts = true;
        a.counterparts = compare_sets(section_pairs(predicted.counterparts.value_or(std::vector<Counterpart>{})),
                                      section_pairs(*gold.counterparts));
    }
    return a;
}

}  // namespace readoutdiff::eval
