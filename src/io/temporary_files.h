// The temporary files of atomic writes: named after the process that writes
// them (".readoutdiff-<pid>-<n>-<random>.tmp"), so a later run can tell the
// leftovers of a killed process from the files of one still running.
#pragma once

#include <string>

namespace readoutdiff::io {

struct Temporary {
    std::string path;
    int fd = -1;  // open for writing
};

// Creates a new temporary file in directory, with the mode a new file gets
// (0666 less the umask). Returns fd -1 and sets errno when it cannot.
Temporary create_temporary(const std::string& directory);

// Removes the temporaries in directory whose process is gone (killed with
// SIGKILL, which no handler can catch); those of live processes stay.
// Returns how many were removed.
size_t remove_stale_temporaries(const std::string& directory);

}  // namespace readoutdiff::io
