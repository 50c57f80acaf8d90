// Characterization words are compared by stems ("exchanged views" in gold is
// the lexicon's "exchange views"); topics and sentences by id.
#include "eval/signals.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "segment/tokenizer.h"

namespace readoutdiff::eval {
namespace {

std::string stems_of(const std::string& phrase) {
    std::string key;
    for (const auto& token : segment::phrase_tokens(phrase)) key += (key.empty() ? "" : " ") + token.stem;
    return key;
}

template <typename T>
SetCounts compare_sets(const std::set<T>& predicted, const std::set<T>& gold) {
    SetCounts c;
    c.predicted = predicted.size();
    c.gold = gold.size();
    for (const T& item : predicted) c.agreed += gold.count(item);
    return c;
}

std::set<std::string> characterization_keys(const analyze::Analysis& a) {
    std::set<std::string> keys;
    for (const auto& w : a.characterization) keys.insert(stems_of(w.word));
    return keys;
}

std::set<std::string> gold_keys(const std::vector<std::string>& words) {
    std::set<std::string> keys;
    for (const auto& w : words) keys.insert(stems_of(w));
    return keys;
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

SignalScore score_signals(const Gold& gold, const compare::Comparison& c) {
    SignalScore s;
    s.pair = gold.pair;
    s.split = gold.split;
    s.predicted_confrontational = c.more_confrontational;
    s.gold_confrontational = gold.more_confrontational;
    for (const auto* a : {&c.left, &c.right}) {
        if (a->request_sentence == 0 || !s.predicted_request.empty()) continue;
        s.predicted_request = a->requested_by == c.left.side ? "left" : a->requested_by == c.right.side ? "right" : "";
    }
    s.gold_request = gold.requested_by;
    s.sides_right = c.left.side == lexicon::Side::us && c.right.side == lexicon::Side::prc;

    s.characterization = compare_sets(characterization_keys(c.left), gold_keys(gold.characterization_left));
    s.characterization += compare_sets(characterization_keys(c.right), gold_keys(gold.characterization_right));

    std::set<std::string> predicted_omitted;
    for (const auto& id : c.omitted_by_right()) predicted_omitted.insert("left:" + id);
    for (const auto& id : c.omitted_by_left()) predicted_omitted.insert("right:" + id);
    std::set<std::string> gold_omitted;
    for (const auto& id : gold.topics_only_left) gold_omitted.insert("left:" + id);
    for (const auto& id : gold.topics_only_right) gold_omitted.insert("right:" + id);
    s.topics_only = compare_sets(predicted_omitted, gold_omitted);

    s.agreements = compare_sets(std::set<int>(c.left.agreements.begin(), c.left.agreements.end()),
                                std::set<int>(gold.agreements_left.begin(), gold.agreements_left.end()));
    s.agreements += compare_sets(std::set<int>(c.right.agreements.begin(), c.right.agreements.end()),
                                 std::set<int>(gold.agreements_right.begin(), gold.agreements_right.end()));
    return s;
}

namespace {

std::string pr(const SetCounts& c) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f/%.2f", c.precision(), c.recall());
    return buffer;
}

void write_summary(const std::vector<SignalScore>& scores, const std::string& split, std::ostream& out) {
    size_t n = 0, harsher = 0, asked = 0, sides = 0;
    SetCounts characterization, topics, agreements;
    for (const SignalScore& s : scores) {
        if (split != "all" && s.split != split) continue;
        ++n;
        harsher += s.predicted_confrontational == s.gold_confrontational;
        asked += s.predicted_request == s.gold_request;
        sides += s.sides_right;
        characterization += s.characterization;
        topics += s.topics_only;
        agreements += s.agreements;
    }
    if (n == 0) return;
    char line[256];
    std::snprintf(line, sizeof line, "%-9s %3zu %9s %9s %9s %11s %11s %11s", split.c_str(), n,
                  (std::to_string(harsher) + "/" + std::to_string(n)).c_str(),
                  (std::to_string(asked) + "/" + std::to_string(n)).c_str(),
                  (std::to_string(sides) + "/" + std::to_string(n)).c_str(), pr(characterization).c_str(),
                  pr(topics).c_str(), pr(agreements).c_str());
    out << line << '\n';
}

}  // namespace

void write_signal_table(const std::vector<SignalScore>& scores, std::ostream& out) {
    char line[256];
    std::snprintf(line, sizeof line, "%-34s %-16s %-14s %5s %11s %11s %11s", "pair", "harsher got/gold",
                  "asked got/gold", "sides", "char P/R", "omit P/R", "agree P/R");
    out << line << '\n';
    for (const SignalScore& s : scores) {
        std::string h = s.predicted_confrontational + "/" + s.gold_confrontational;
        std::string a = (s.predicted_request.empty() ? "-" : s.predicted_request) + "/" +
                        (s.gold_request.empty() ? "-" : s.gold_request);
        std::snprintf(line, sizeof line, "%-34s %-16s %-14s %5s %11s %11s %11s", s.pair.c_str(), h.c_str(), a.c_str(),
                      s.sides_right ? "ok" : "WRONG", pr(s.characterization).c_str(), pr(s.topics_only).c_str(),
                      pr(s.agreements).c_str());
        out << line << '\n';
    }
    std::snprintf(line, sizeof line, "\n%-9s %3s %9s %9s %9s %11s %11s %11s", "split", "n", "harsher", "asked", "sides",
                  "char P/R", "omit P/R", "agree P/R");
    out << line << '\n';
    for (const char* split : {"tune", "heldout", "external", "all"}) write_summary(scores, split, out);
    out << "harsher: more confrontational side; asked: who requested the meeting; sides: us/prc detected; char: "
           "characterization words; omit: topics on one side only; agree: sentences claiming agreement.\n";
}

}  // namespace readoutdiff::eval
