// The library's only contact with the file system: reading an input file whole,
// with the checks a user needs named, and writing an output file atomically.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace readoutdiff::io {

// Default cap on one input file; readouts are a few kilobytes.
inline constexpr size_t kDefaultMaxBytes = 16u * 1024u * 1024u;

// Reads a regular file whole. Throws Error naming the path for a missing file,
// a directory or other non-regular file, an unreadable file, or one larger
// than max_bytes.
std::string read_file(const std::string& path, size_t max_bytes = kDefaultMaxBytes);

// Writes content to a temporary file beside path, flushes it to disk and
// renames it over path, so readers see the old file or the new one, never a
// partial one. Throws Error naming the path on failure and leaves nothing behind.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace readoutdiff::io
