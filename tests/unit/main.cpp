// doctest's runner for the unit tests; the test cases live beside it, one
// file per source file.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
