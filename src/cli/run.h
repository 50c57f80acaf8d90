// The program: parses the command line, runs the command, prints errors and
// chooses the exit status (0 done, 1 a gate tripped, 2 usage or input error).
#pragma once

namespace readoutdiff::cli {

int run(int argc, const char* const* argv);

}  // namespace readoutdiff::cli
