// What `readoutdiff version` prints: enough to name exactly what produced a
// report in a bug report or a CI log.
#pragma once

#include <string>

namespace readoutdiff::cli {

// Four lines: "readoutdiff X.Y.Z" (the version reports carry), "commit: " the
// git commit built from, "icu: " the ICU version linked in, and "lexicons: "
// the hash of the built-in lexicons that batch's reuse cache also keys on.
std::string version_text();

}  // namespace readoutdiff::cli
