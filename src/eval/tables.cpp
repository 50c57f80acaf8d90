// Tallies print as k/n so that a reader sees how few cases a ratio rests on.
#include "eval/tables.h"

#include <cstdio>
#include <map>

namespace readoutdiff::eval {
namespace {

std::string format(const char* pattern, double a, double b) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, pattern, a, b);
    return buffer;
}

std::string format(const char* pattern, double a, double b, double c) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, pattern, a, b, c);
    return buffer;
}

void row(std::ostream& out, const std::string& name, const std::string& split, const Agreement& a) {
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%-34s %-8s %7s %7s %7s %7s %9s %9s %9s %9s %17s", name.c_str(), split.c_str(),
                  cell(a.harsher).c_str(), cell(a.asked).c_str(), cell(a.sides).c_str(), cell(a.meeting_words_exact).c_str(),
                  cell(a.meeting_words).c_str(), cell(a.topics_only).c_str(), cell(a.agreements).c_str(),
                  a.speakers.total ? format("%.2f", static_cast<double>(a.speakers.right) / a.speakers.total, 0).c_str() : "-",
                  a.has_counterparts ? f1_cell(a.counterparts).c_str() : "-");
    out << buffer << '\n';
}

}  // namespace

std::string cell(const Tally& tally) {
    if (tally.total == 0) return "-";
    return std::to_string(tally.right) + "/" + std::to_string(tally.total);
}

std::string cell(const SetCounts& counts) { return format("%.2f/%.2f", counts.precision(), counts.recall()); }

std::string f1_cell(const SetCounts& counts) {
    return format("%.2f (%.2f/%.2f)", counts.f1(), counts.precision(), counts.recall());
}

std::string f1_cell(const Counts& counts) {
    return format("%.2f (%.2f/%.2f)", counts.f1(), counts.precision(), counts.recall());
}

void write_signal_table(const std::vector<Agreement>& scores, std::ostream& out) {
    char header[400];
    std::snprintf(header, sizeof header, "%-34s %-8s %7s %7s %7s %7s %9s %9s %9s %9s %17s", "pair", "split", "harsher",
                  "asked", "sides", "words=", "words", "omit", "agree", "speakers", "sections F1 (P/R)");
    out << header << '\n';
    std::vector<std::string> splits;
    std::map<std::string, Agreement> by_split;
    Agreement all;
    for (const Agreement& a : scores) {
        row(out, a.pair, a.split, a);
        if (!by_split.count(a.split)) splits.push_back(a.split);
        by_split[a.split] += a;
        all += a;
    }
    out << '\n';
    for (const std::string& split : splits) row(out, "total (" + split + ")", split, by_split[split]);
    row(out, "total (all)", "all", all);
    out << "harsher: the more confrontational side; asked: who asked for the meeting; sides: readouts whose side "
           "(us, prc) is right; words=: sides whose meeting words are exactly gold's; words, omit, agree: "
           "precision/recall of the meeting words, the topics only one side raises, the sentences claiming "
           "agreement; speakers: share of sentences whose speaker side is gold's; sections: the sentence pairs "
           "placed side by side as counterpart passages.\n";
}

}  // namespace readoutdiff::eval
