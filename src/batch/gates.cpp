// A hand-written scanner: the grammar is three shapes, and the user needs
// the column of the mistake, which a regex cannot give.
#include "batch/gates.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "error.h"

namespace readoutdiff::batch {
namespace {

struct NumericField {
    const char* name;
    double (*get)(const SummaryRow&);
};

const NumericField kNumericFields[] = {
    {"tone_gap", [](const SummaryRow& r) { return r.tone_gap; }},
    {"coverage", [](const SummaryRow& r) { return r.coverage; }},
    {"confrontation_gap", [](const SummaryRow& r) { return std::fabs(r.left.confrontation - r.right.confrontation); }},
    {"left_tone", [](const SummaryRow& r) { return r.left.tone; }},
    {"right_tone", [](const SummaryRow& r) { return r.right.tone; }},
    {"left_confrontation", [](const SummaryRow& r) { return r.left.confrontation; }},
    {"right_confrontation", [](const SummaryRow& r) { return r.right.confrontation; }},
    {"left_assertiveness", [](const SummaryRow& r) { return r.left.assertiveness; }},
    {"right_assertiveness", [](const SummaryRow& r) { return r.right.assertiveness; }},
};

const char* const kFlags[] = {"characterization_changed", "outlier"};

[[noreturn]] void syntax_error(const std::string& text, size_t column, const std::string& message) {
    throw Error("--fail-on '" + text + "'", "column " + std::to_string(column) + ": " + message);
}

bool is_name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

std::string join(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

}  // namespace

std::vector<std::string> gate_numeric_fields() {
    std::vector<std::string> names;
    for (const auto& f : kNumericFields) names.emplace_back(f.name);
    return names;
}

std::vector<std::string> gate_flags() { return {std::begin(kFlags), std::end(kFlags)}; }

Gate parse_gate(const std::string& text) {
    size_t i = 0;
    while (i < text.size() && text[i] == ' ') ++i;
    size_t name_start = i;
    while (i < text.size() && is_name_char(text[i])) ++i;
    std::string name = text.substr(name_start, i - name_start);
    if (name.empty()) syntax_error(text, i + 1, "expected a field name, 'omitted:TOPIC' or a flag");
    while (i < text.size() && text[i] == ' ') ++i;

    Gate gate;
    gate.text = text;
    if (name == "omitted") {
        if (i >= text.size() || text[i] != ':') syntax_error(text, i + 1, "expected ':' and a topic id after 'omitted'");
        size_t topic_start = ++i;
        while (i < text.size() && is_name_char(text[i])) ++i;
        gate.topic = text.substr(topic_start, i - topic_start);
        if (gate.topic.empty()) syntax_error(text, i + 1, "expected a topic id (or 'any') after 'omitted:'");
        while (i < text.size() && text[i] == ' ') ++i;
        if (i != text.size()) syntax_error(text, i + 1, "unexpected '" + text.substr(i) + "'");
        gate.kind = Gate::Kind::omitted;
        return gate;
    }
    auto flags = gate_flags();
    if (std::find(flags.begin(), flags.end(), name) != flags.end()) {
        if (i != text.size()) syntax_error(text, i + 1, "a flag takes no comparison");
        gate.kind = Gate::Kind::flag;
        gate.field = name;
        return gate;
    }
    auto fields = gate_numeric_fields();
    if (std::find(fields.begin(), fields.end(), name) == fields.end()) {
        syntax_error(text, name_start + 1, "unknown field '" + name + "' (fields: " + join(fields) + "; flags: " +
                                               join(flags) + "; or omitted:TOPIC)");
    }
    size_t op_start = i;
    while (i < text.size() && (text[i] == '<' || text[i] == '>' || text[i] == '=' || text[i] == '!')) ++i;
    gate.op = text.substr(op_start, i - op_start);
    static const std::vector<std::string> ops = {">", ">=", "<", "<=", "==", "!="};
    if (std::find(ops.begin(), ops.end(), gate.op) == ops.end()) {
        syntax_error(text, op_start + 1, "expected one of > >= < <= == != after '" + name + "'");
    }
    while (i < text.size() && text[i] == ' ') ++i;
    size_t number_start = i;
    auto [end, error] = std::from_chars(text.data() + i, text.data() + text.size(), gate.value);
    if (error != std::errc()) syntax_error(text, number_start + 1, "expected a number");
    i = static_cast<size_t>(end - text.data());
    while (i < text.size() && text[i] == ' ') ++i;
    if (i != text.size()) syntax_error(text, i + 1, "unexpected '" + text.substr(i) + "' after the number");
    gate.kind = Gate::Kind::compare;
    gate.field = name;
    return gate;
}

void check_gate_topic(const Gate& gate, const std::vector<std::string>& topic_ids) {
    if (gate.kind != Gate::Kind::omitted || gate.topic == "any") return;
    if (std::find(topic_ids.begin(), topic_ids.end(), gate.topic) != topic_ids.end()) return;
    syntax_error(gate.text, gate.text.find(':') + 2, "unknown topic '" + gate.topic + "' (topics: " + join(topic_ids) + ", or any)");
}

bool trips(const Gate& gate, const SummaryRow& row) {
    if (row.failed()) return false;  // an unreadable pair is an error, not a gate
    switch (gate.kind) {
        case Gate::Kind::omitted: {
            auto has = [&](const std::vector<std::string>& topics) {
                return gate.topic == "any" ? !topics.empty()
                                           : std::find(topics.begin(), topics.end(), gate.topic) != topics.end();
            };
            return has(row.left.omitted) || has(row.right.omitted);
        }
        case Gate::Kind::flag:
            return gate.field == "outlier" ? !row.outliers.empty() : row.characterization_changed;
        case Gate::Kind::compare: {
            double x = 0;
            for (const auto& f : kNumericFields) {
                if (gate.field == f.name) x = f.get(row);
            }
            x = std::round(x * 10000.0) / 10000.0;  // compare what the summary shows
            if (gate.op == ">") return x > gate.value;
            if (gate.op == ">=") return x >= gate.value;
            if (gate.op == "<") return x < gate.value;
            if (gate.op == "<=") return x <= gate.value;
            if (gate.op == "==") return x == gate.value;
            return x != gate.value;
        }
    }
    return false;
}

}  // namespace readoutdiff::batch
