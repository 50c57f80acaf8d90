// Precompiled for every g++ build of src/ (the Makefile passes it with
// -include): the standard headers that most files include, parsed once
// instead of once a file. Files still include what they use: clang-tidy and
// the clang fuzz build compile them without it.
#ifndef READOUTDIFF_PCH_STD_H
#define READOUTDIFF_PCH_STD_H

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#endif  // READOUTDIFF_PCH_STD_H
