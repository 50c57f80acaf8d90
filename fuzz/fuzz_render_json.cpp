// Harness (d), JSON report. The input is a pair (LEFT \0 RIGHT). Checks: the
// report is valid UTF-8 and parses as JSON (nlohmann), with the contract's
// schema_version, one sentence entry per sentence and one alignment entry
// per link; and the whole pipeline run again on the same input gives
// byte-identical JSON (the determinism the README promises).
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>

#include "error.h"
#include "fuzz_support.h"
#include "render/json_report.h"

using namespace readoutdiff;

namespace {

std::optional<std::string> report_for(const fuzz::Pair& pair) {
    std::optional<compare::Comparison> comparison = fuzz::compare_pair(pair);
    if (!comparison) return std::nullopt;
    std::ostringstream out;
    render::write_json(*comparison, out);
    std::string report = out.str();
    FUZZ_CHECK(fuzz::valid_utf8(report), report);
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(report);
    } catch (const nlohmann::json::exception& e) {
        fuzz::fail("JSON report parses", std::string(e.what()) + "\n" + report);
    }
    FUZZ_CHECK(json.is_object() && json.value("schema_version", "") == "1", report);
    FUZZ_CHECK(json["left"]["sentences"].size() == comparison->left.sentences.size(), report);
    FUZZ_CHECK(json["right"]["sentences"].size() == comparison->right.sentences.size(), report);
    FUZZ_CHECK(json["alignment"].size() == comparison->alignment.links.size(), report);
    return report;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    try {
        fuzz::Pair pair = fuzz::split_pair(data, size);
        std::optional<std::string> first = report_for(pair);
        if (!first) return 0;
        std::optional<std::string> second = report_for(pair);
        FUZZ_CHECK(second && *second == *first, "the same input gave different JSON");
    } catch (const Error&) {
    }
    return 0;
}
