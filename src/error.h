// The one error type of the library: every stage throws it with the file and
// position it concerns; only cli/ turns it into a message and an exit status.
#pragma once

#include <stdexcept>
#include <string>

namespace readoutdiff {

class Error : public std::runtime_error {
public:
    // line and column are 1-based; 0 means "not known" and is left out of the message.
    Error(std::string file, std::string message, size_t line = 0, size_t column = 0);

    const std::string& file() const { return m_file; }
    const std::string& message() const { return m_message; }
    size_t line() const { return m_line; }
    size_t column() const { return m_column; }

private:
    std::string m_file;
    std::string m_message;
    size_t m_line;
    size_t m_column;
};

}  // namespace readoutdiff
