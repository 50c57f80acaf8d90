// The text of an errno value, for messages such as "cannot read: Permission denied".
#pragma once

#include <string>

namespace readoutdiff::io {

// Thread-safe (strerror_r): batch workers report errors concurrently.
std::string system_error_text(int error_number);

}  // namespace readoutdiff::io
