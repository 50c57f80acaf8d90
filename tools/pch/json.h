// Precompiled for the files of src/ that include nlohmann/json (the Makefile
// finds them by that include): the standard headers and the JSON library,
// 1.7 s of parsing a file.
#ifndef READOUTDIFF_PCH_JSON_H
#define READOUTDIFF_PCH_JSON_H

#include "std.h"

#include <nlohmann/json.hpp>

#endif  // READOUTDIFF_PCH_JSON_H
