// What a binary was built from, embedded at build time by tools/build_info.sh
// (the version itself is in version.h, which reports also carry).
#pragma once

#include <string_view>

namespace readoutdiff {

// The git commit of the source tree the binary was built from: 40 hex
// digits, or "unknown" when it was built outside a git checkout.
std::string_view build_commit();

}  // namespace readoutdiff
