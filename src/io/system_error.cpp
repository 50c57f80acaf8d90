// glibc's strerror_r (the GNU variant, as g++ defines _GNU_SOURCE) returns
// either the buffer or a static string; both stay valid while we copy them.
#include "io/system_error.h"

#include <cstring>

namespace readoutdiff::io {

std::string system_error_text(int error_number) {
    char buffer[256];
    return ::strerror_r(error_number, buffer, sizeof buffer);
}

}  // namespace readoutdiff::io
