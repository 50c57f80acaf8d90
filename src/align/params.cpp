// Parameters by name, so that `eval --set` can explore them without a rebuild
// and a tuning run is reproducible from its command line.
#include "align/params.h"

#include <charconv>
#include <cmath>
#include <string>

#include "error.h"

namespace readoutdiff::align {
namespace {

struct Field {
    const char* name;
    double AlignerParams::*real;
    size_t AlignerParams::*count;
};

// Counts above this are no limit at all for a readout, and it keeps the
// conversion to size_t defined (1e30 or inf would not be).
constexpr double kMaxCount = 1e9;

constexpr Field kFields[] = {
    {"stem_weight", &AlignerParams::stem_weight, nullptr},
    {"char_weight", &AlignerParams::char_weight, nullptr},
    {"topic_weight", &AlignerParams::topic_weight, nullptr},
    {"role_weight", &AlignerParams::role_weight, nullptr},
    {"topic_conflict_penalty", &AlignerParams::topic_conflict_penalty, nullptr},
    {"entity_weight", &AlignerParams::entity_weight, nullptr},
    {"official_weight", &AlignerParams::official_weight, nullptr},
    {"position_weight", &AlignerParams::position_weight, nullptr},
    {"link_threshold", &AlignerParams::link_threshold, nullptr},
    {"relative_floor", &AlignerParams::relative_floor, nullptr},
    {"merge_margin", &AlignerParams::merge_margin, nullptr},
    {"merge_floor", &AlignerParams::merge_floor, nullptr},
    {"description_evidence", &AlignerParams::description_evidence, nullptr},
    {"candidates_per_sentence", nullptr, &AlignerParams::candidates_per_sentence},
    {"posting_cap", nullptr, &AlignerParams::posting_cap},
    {"exact_matching_limit", nullptr, &AlignerParams::exact_matching_limit},
};

}  // namespace

std::vector<std::string> parameter_names() {
    std::vector<std::string> names;
    for (const Field& f : kFields) names.emplace_back(f.name);
    return names;
}

void set_parameter(AlignerParams& params, std::string_view assignment) {
    size_t equals = assignment.find('=');
    std::string name(assignment.substr(0, equals));
    std::string value = equals == std::string_view::npos ? "" : std::string(assignment.substr(equals + 1));
    for (const Field& f : kFields) {
        if (name != f.name) continue;
        double number = 0;
        auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
        // from_chars reads "nan" and "inf" too: a score compared with NaN is
        // never above a threshold, so it would quietly link nothing.
        if (value.empty() || error != std::errc() || end != value.data() + value.size() || !std::isfinite(number) ||
            number < 0) {
            throw Error("--set", "'" + std::string(assignment) + "': the value must be a finite non-negative number");
        }
        if (f.real) {
            params.*f.real = number;
        } else {
            if (number != std::floor(number) || number > kMaxCount) {
                throw Error("--set", "'" + std::string(assignment) + "': the value must be a whole number from 0 to 1000000000");
            }
            params.*f.count = static_cast<size_t>(number);
        }
        return;
    }
    std::string known;
    for (const Field& f : kFields) known += (known.empty() ? "" : ", ") + std::string(f.name);
    throw Error("--set", "unknown parameter '" + name + "' (known: " + known + ")");
}

}  // namespace readoutdiff::align
