// Precompiled for the unit tests (tests/unit/*.cpp but main.cpp, which
// defines doctest's runner and so must include doctest itself).
#ifndef READOUTDIFF_PCH_UNIT_TESTS_H
#define READOUTDIFF_PCH_UNIT_TESTS_H

#include "std.h"

#include <doctest/doctest.h>

#endif  // READOUTDIFF_PCH_UNIT_TESTS_H
