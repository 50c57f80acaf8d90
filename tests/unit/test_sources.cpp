// Tests for series/sources: files, folders walked in name order (hidden
// ones skipped, each file once), batch OUTDIRs, and the errors.
#include <doctest/doctest.h>

#include "error.h"
#include "series/sources.h"
#include "temp_dir.h"

using readoutdiff::Error;
using readoutdiff::series::find_sources;

TEST_CASE("a folder's readouts in name order, a batch OUTDIR inside it, each file once") {
    test_support::TempDir dir;
    dir.write("b/us.txt", "x");
    dir.write("b/meta.tsv", "date\t2031-01-01\n");
    dir.write("a/prc.md", "x");
    dir.write("a/page.html", "x");
    dir.write("a/.hidden.txt", "x");
    dir.write("c/summary.jsonl", "");
    dir.write("c/pair.html", "x");
    auto sources = find_sources({dir.path(), dir.file("a/prc.md")});
    CHECK(sources.readout_files ==
          std::vector<std::string>{dir.file("a/page.html"), dir.file("a/prc.md"), dir.file("b/us.txt")});
    CHECK(sources.batch_outdirs == std::vector<std::string>{dir.file("c")});
}

TEST_CASE("a file is a readout whatever its name; missing paths and empty folders are errors") {
    test_support::TempDir dir;
    std::string notes = dir.write("notes.rst", "x");
    CHECK(find_sources({notes}).readout_files == std::vector<std::string>{notes});
    auto message = [](const std::string& path) {
        try {
            find_sources({path});
        } catch (const Error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(message(dir.file("missing")) == dir.file("missing") + ": no such file or folder");
    dir.write("empty/meta.tsv", "x");
    CHECK(
        message(dir.file("empty")) ==
        dir.file("empty") +
            ": no readouts found: looked for .txt, .md, .htm and .html files, and for a batch OUTDIR's summary.jsonl");
}
