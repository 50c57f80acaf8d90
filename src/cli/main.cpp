// readoutdiff's entry point; everything else is in the library.
#include "cli/run.h"

int main(int argc, char** argv) { return readoutdiff::cli::run(argc, argv); }
