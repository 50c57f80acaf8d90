// A hand-written scanner: the grammar is three shapes, and the user needs
// the column of the mistake, which a regex cannot give. Names are parsed
// into enums once; checking a row compares types, never text.
#include "batch/gates.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "batch/side_names.h"
#include "error.h"
#include "render/format.h"
#include "render/rounding.h"

namespace readoutdiff::batch {
namespace {

struct NumericField {
    const char* name;
    GateField field;
    double (*get)(const SummaryRow&);
    int side;  // 0: both sides; 1: the left readout; 2: the right one
};

const NumericField kNumericFields[] = {
    {"tone_gap", GateField::tone_gap, [](const SummaryRow& r) { return r.tone_gap; }, 0},
    {"coverage", GateField::coverage, [](const SummaryRow& r) { return r.coverage; }, 0},
    {"confrontation_gap", GateField::confrontation_gap,
     [](const SummaryRow& r) { return std::fabs(r.left.confrontation - r.right.confrontation); }, 0},
    {"left_tone", GateField::left_tone, [](const SummaryRow& r) { return r.left.tone; }, 1},
    {"right_tone", GateField::right_tone, [](const SummaryRow& r) { return r.right.tone; }, 2},
    {"left_confrontation", GateField::left_confrontation, [](const SummaryRow& r) { return r.left.confrontation; }, 1},
    {"right_confrontation", GateField::right_confrontation, [](const SummaryRow& r) { return r.right.confrontation; },
     2},
    {"left_assertiveness", GateField::left_assertiveness, [](const SummaryRow& r) { return r.left.assertiveness; }, 1},
    {"right_assertiveness", GateField::right_assertiveness, [](const SummaryRow& r) { return r.right.assertiveness; },
     2},
};

struct Flag {
    const char* name;
    GateFlag flag;
};

const Flag kFlags[] = {{"characterization_changed", GateFlag::characterization_changed},
                       {"outlier", GateFlag::outlier},
                       {"unpaired", GateFlag::unpaired}};

struct Operator {
    const char* text;
    GateOp op;
};

const Operator kOperators[] = {{">", GateOp::greater},     {">=", GateOp::greater_equal}, {"<", GateOp::less},
                               {"<=", GateOp::less_equal}, {"==", GateOp::equal},         {"!=", GateOp::not_equal}};

[[noreturn]] void syntax_error(const std::string& text, size_t column, const std::string& message) {
    throw Error("--fail-on '" + text + "'", "column " + std::to_string(column) + ": " + message);
}

bool is_name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

std::string join(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

const NumericField& numeric_field(GateField field) {
    return *std::find_if(std::begin(kNumericFields), std::end(kNumericFields),
                         [&](const NumericField& f) { return f.field == field; });
}

const char* operator_text(GateOp op) {
    return std::find_if(std::begin(kOperators), std::end(kOperators), [&](const Operator& o) { return o.op == op; })
        ->text;
}

bool compare(double x, GateOp op, double value) {
    switch (op) {
        case GateOp::greater: return x > value;
        case GateOp::greater_equal: return x >= value;
        case GateOp::less: return x < value;
        case GateOp::less_equal: return x <= value;
        case GateOp::equal: return x == value;
        case GateOp::not_equal: return x != value;
    }
    return false;
}

// The topics of `topics` that an omitted: gate is about.
std::vector<std::string> matching(const Gate& gate, const std::vector<std::string>& topics) {
    if (gate.topic == "any") return topics;
    if (std::find(topics.begin(), topics.end(), gate.topic) != topics.end()) return {gate.topic};
    return {};
}

// The value a compare gate tests: rounded, as the summary shows it.
double shown_value(const Gate& gate, const SummaryRow& row) {
    return render::round_to_4_decimals(numeric_field(gate.field).get(row));
}

}  // namespace

std::vector<std::string> gate_numeric_fields() {
    std::vector<std::string> names;
    for (const auto& f : kNumericFields) names.emplace_back(f.name);
    return names;
}

std::vector<std::string> gate_flags() {
    std::vector<std::string> names;
    for (const auto& f : kFlags) names.emplace_back(f.name);
    return names;
}

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
        if (i >= text.size() || text[i] != ':')
            syntax_error(text, i + 1, "expected ':' and a topic id after 'omitted'");
        size_t topic_start = ++i;
        while (i < text.size() && is_name_char(text[i])) ++i;
        gate.topic = text.substr(topic_start, i - topic_start);
        if (gate.topic.empty()) syntax_error(text, i + 1, "expected a topic id (or 'any') after 'omitted:'");
        while (i < text.size() && text[i] == ' ') ++i;
        if (i != text.size()) syntax_error(text, i + 1, "unexpected '" + text.substr(i) + "'");
        gate.kind = Gate::Kind::omitted;
        return gate;
    }
    auto flag = std::find_if(std::begin(kFlags), std::end(kFlags), [&](const Flag& f) { return name == f.name; });
    if (flag != std::end(kFlags)) {
        if (i != text.size()) syntax_error(text, i + 1, "a flag takes no comparison");
        gate.kind = Gate::Kind::flag;
        gate.flag = flag->flag;
        return gate;
    }
    auto field = std::find_if(std::begin(kNumericFields), std::end(kNumericFields),
                              [&](const NumericField& f) { return name == f.name; });
    if (field == std::end(kNumericFields)) {
        syntax_error(text, name_start + 1,
                     "unknown field '" + name + "' (fields: " + join(gate_numeric_fields()) +
                         "; flags: " + join(gate_flags()) + "; or omitted:TOPIC)");
    }
    size_t op_start = i;
    while (i < text.size() && (text[i] == '<' || text[i] == '>' || text[i] == '=' || text[i] == '!')) ++i;
    std::string op = text.substr(op_start, i - op_start);
    auto known_op =
        std::find_if(std::begin(kOperators), std::end(kOperators), [&](const Operator& o) { return op == o.text; });
    if (known_op == std::end(kOperators)) {
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
    gate.field = field->field;
    gate.op = known_op->op;
    return gate;
}

void check_gate_topic(const Gate& gate, const std::vector<std::string>& topic_ids) {
    if (gate.kind != Gate::Kind::omitted || gate.topic == "any") return;
    if (std::find(topic_ids.begin(), topic_ids.end(), gate.topic) != topic_ids.end()) return;
    syntax_error(gate.text, gate.text.find(':') + 2,
                 "unknown topic '" + gate.topic + "' (topics: " + join(topic_ids) + ", or any)");
}

bool needs_baseline(const Gate& gate) { return gate.kind == Gate::Kind::flag && gate.flag == GateFlag::outlier; }

bool needs_pair_auto(const Gate& gate) { return gate.kind == Gate::Kind::flag && gate.flag == GateFlag::unpaired; }

bool trips(const Gate& gate, const UnpairedRow& row) { return needs_pair_auto(gate) && !row.alternative(); }

bool trips(const Gate& gate, const SummaryRow& row) {
    if (row.failed()) return false;  // an unreadable pair is an error, not a gate
    switch (gate.kind) {
        case Gate::Kind::omitted:
            return !matching(gate, row.left.omits).empty() || !matching(gate, row.right.omits).empty();
        case Gate::Kind::flag:
            switch (gate.flag) {
                case GateFlag::outlier: return !row.outliers.empty();
                case GateFlag::characterization_changed: return row.characterization_changed;
                case GateFlag::unpaired: return false;  // a pair is never unpaired
            }
            return false;
        case Gate::Kind::compare: return compare(shown_value(gate, row), gate.op, gate.value);
    }
    return false;
}

std::string trip_detail(const Gate& gate, const SummaryRow& row) {
    switch (gate.kind) {
        case Gate::Kind::omitted: {
            std::string detail;
            for (bool left : {true, false}) {
                std::vector<std::string> omitted = matching(gate, left ? row.left.omits : row.right.omits);
                if (omitted.empty()) continue;
                detail += (detail.empty() ? "" : "; ") + side_name(row, left) + " omits " + join(omitted) +
                          " (raised by " + side_name(row, !left) + ")";
            }
            return detail;
        }
        case Gate::Kind::flag:
            switch (gate.flag) {
                case GateFlag::outlier: return "outlier: " + join(row.outliers);
                case GateFlag::characterization_changed:
                    return side_name(row, true) + " and " + side_name(row, false) + " put the meeting on different rungs";
                case GateFlag::unpaired: break;
            }
            return gate.text;
        case Gate::Kind::compare: {
            const NumericField& field = numeric_field(gate.field);
            std::string name = field.name;
            if (field.side != 0) name += " (" + side_name(row, field.side == 1) + ")";
            return name + " " + render::fixed(shown_value(gate, row), 4) + " " + operator_text(gate.op) + " " +
                   render::fixed(gate.value, 4);
        }
    }
    return gate.text;
}

}  // namespace readoutdiff::batch
