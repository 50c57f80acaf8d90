// Formats errors as "file:line:col: message", the shape compilers use, so
// editors and CI logs can jump to the place.
#include "error.h"

#include <new>

namespace readoutdiff {
namespace {

std::string format(const std::string& file, const std::string& message, size_t line, size_t column) {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line);
    if (line > 0 && column > 0) out += ":" + std::to_string(column);
    if (!out.empty()) out += ": ";
    return out + message;
}

}  // namespace

Error::Error(std::string file, std::string message, size_t line, size_t column)
    : std::runtime_error(format(file, message, line, column)),
      m_file(std::move(file)),
      m_message(std::move(message)),
      m_line(line),
      m_column(column) {}

std::string internal_error_message(const std::exception& error) {
    // Out of memory is not a bug, but no input check could have caught it either.
    if (dynamic_cast<const std::bad_alloc*>(&error) != nullptr) return "internal error: out of memory";
    return std::string("internal error (a bug, please report it): ") + error.what();
}

}  // namespace readoutdiff
