// Which readout pairs a corpus holds: from CORPUS/pairs.tsv when present,
// else one pair per subfolder holding a us.* and a prc.* readout.
#pragma once

#include <string>
#include <vector>

namespace readoutdiff::batch {

struct PairSpec {
    std::string id;     // also the file name of its reports: [A-Za-z0-9._-], not starting with '.'
    std::string left;   // path of the left (US) readout
    std::string right;  // path of the right (PRC) readout
    std::string date;   // yyyy-mm-dd from the manifest, meta.tsv or the folder name; may be empty
    std::string error;  // why the pair cannot run (a readout missing), else empty
};

// The date of a pair folder: the `date<TAB>yyyy-mm-dd` line of
// folder/meta.tsv, else a date at the start of name (the folder's or the
// file's name); empty when neither has one.
std::string folder_date(const std::string& folder, const std::string& name);

// A yyyy-mm-dd (with a real month and day) at the start of a name, else empty.
std::string date_at_start(const std::string& name);

// Pairs sorted by id. Throws Error for an unreadable corpus folder, a
// malformed manifest (file:line: wrong column count, bad or duplicate id), or
// a corpus without any pair (naming the layouts looked for).
std::vector<PairSpec> discover_pairs(const std::string& corpus);

// Keeps the pairs of shard k (1-based) of n: a stable split by a hash of the
// id (XXH3), so a pair stays in its shard as the corpus grows.
std::vector<PairSpec> select_shard(std::vector<PairSpec> pairs, size_t k, size_t n);

}  // namespace readoutdiff::batch
