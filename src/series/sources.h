// What `series FILES|DIRS...` names: readout files, folders of readouts
// (walked recursively) and batch OUTDIRs (told by their summary.jsonl).
#pragma once

#include <string>
#include <vector>

namespace readoutdiff::series {

struct Sources {
    std::vector<std::string> readout_files;  // each file once, folders' files in name order
    std::vector<std::string> batch_outdirs;  // folders holding a batch summary.jsonl
};

// A file is a readout whatever its name; in a folder, files ending in .txt,
// .md, .htm or .html are (hidden files and folders are skipped), and a
// subfolder holding summary.jsonl is a batch OUTDIR. Throws Error naming the
// path for one that does not exist, a folder that cannot be read, and a
// folder with no readout and no OUTDIR in it.
Sources find_sources(const std::vector<std::string>& arguments);

}  // namespace readoutdiff::series
