// The tool's version, printed by --version and written into every report.
#pragma once

namespace readoutdiff {

inline constexpr const char* kVersion = "0.1.0";

}  // namespace readoutdiff
