// Which files are readouts: the .txt and .md files under the folders given,
// at any depth, as readouts are dropped into a folder by whoever collects them.
#pragma once

#include <string>
#include <vector>

namespace readoutdiff::pair {

// Every .txt and .md file (any case) under the folders, searched
// recursively; a path given that is a file is taken as it is. Files and
// folders whose names start with '.' are skipped (.git, editors'
// temporaries), and so is the folder skip (batch's OUTDIR, whose summary.md
// is no readout) where it lies under them. Sorted, each path once. Throws
// Error for a path that does not exist or a folder that cannot be read, and
// when no readout is found.
std::vector<std::string> find_readout_files(const std::vector<std::string>& paths, const std::string& skip = "");

}  // namespace readoutdiff::pair
