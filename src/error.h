// The two error types of the library, split as ccache splits them: an Error
// is the user's (a bad input or usage: exit status 2, or one failed pair in a
// batch); anything else that escapes a stage, Fatal included, is a bug or the
// machine running out (exit status 3). Only cli/ turns them into messages.
#pragma once

#include <exception>
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

// A failure that no input explains (a library that cannot start, a broken
// invariant): thrown where the code knows it is one.
class Fatal : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The one-line text of an internal error, without the program name:
// "internal error (a bug, please report it): ..." or, for std::bad_alloc,
// "internal error: out of memory".
std::string internal_error_message(const std::exception& error);

}  // namespace readoutdiff
