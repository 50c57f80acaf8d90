// Tests for cli/version_info: what `readoutdiff version` prints, and that its
// lexicon hash is the fingerprint of the lexicon files built in.
#include <doctest/doctest.h>

#include <string>

#include "batch/reuse_cache.h"
#include "build_info.h"
#include "cli/version_info.h"
#include "temp_dir.h"
#include "text/unicode.h"
#include "version.h"

namespace {

using readoutdiff::batch::lexicon_fingerprint;

const std::string kLexiconDir = std::string(READOUTDIFF_SOURCE_DIR) + "/corpus/lexicons";

}  // namespace

TEST_CASE("version_text: the version, the commit, the ICU version and the lexicon hash, one a line") {
    std::string expected = "readoutdiff " + std::string(readoutdiff::kVersion) + "\n" +
                           "commit: " + std::string(readoutdiff::build_commit()) + "\n" +
                           "icu: " + readoutdiff::text::icu_version() + "\n" + "lexicons: " + lexicon_fingerprint("") +
                           "\n";
    CHECK(readoutdiff::cli::version_text() == expected);
}

TEST_CASE("build_commit: 40 hex digits, or unknown") {
    std::string commit(readoutdiff::build_commit());
    CAPTURE(commit);
    bool hex = commit.size() == 40 && commit.find_first_not_of("0123456789abcdef") == std::string::npos;
    CHECK((hex || commit == "unknown"));
}

TEST_CASE("the lexicon hash is that of corpus/lexicons, the files built in") {
    // corpus/lexicons over the built-in files hashes alike only if every file is the one built in.
    CHECK(lexicon_fingerprint(kLexiconDir) == lexicon_fingerprint(""));
}

TEST_CASE("the lexicon hash changes with any lexicon file") {
    test_support::TempDir dir;
    dir.write("tone.tsv", "term\tcategory\tweight\tnote\nsaber-rattling\tconfrontational\t-0.7\t\n");
    CHECK(lexicon_fingerprint(dir.path()) != lexicon_fingerprint(""));
}
