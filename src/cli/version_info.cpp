// The lexicon hash is batch's fingerprint of the built-in files, so two
// binaries that print the same one analyze with the same lexicons.
#include "cli/version_info.h"

#include "batch/reuse_cache.h"
#include "build_info.h"
#include "text/unicode.h"
#include "version.h"

namespace readoutdiff::cli {

std::string version_text() {
    std::string text = "readoutdiff " + std::string(kVersion) + '\n';
    text += "commit: " + std::string(build_commit()) + '\n';
    text += "icu: " + text::icu_version() + '\n';
    text += "lexicons: " + batch::lexicon_fingerprint("") + '\n';
    return text;
}

}  // namespace readoutdiff::cli
