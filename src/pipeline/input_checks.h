// Checks on a pair of inputs that no single file shows: the same readout
// given twice, and two readouts of one side. --force skips them.
#pragma once

#include <string>
#include <string_view>

#include "compare/comparison.h"

namespace readoutdiff::pipeline {

// Throws Error when left and right name one file, or two files with the same
// bytes: the report would compare a readout with itself.
void check_two_readouts(const std::string& left_path, std::string_view left_bytes, const std::string& right_path,
                        std::string_view right_bytes);

// One line (without the program name) when both readouts read as the same
// side, both US or both PRC: the report is still meaningful, so it is a
// warning. Empty otherwise.
std::string same_side_warning(const compare::Comparison& comparison);

}  // namespace readoutdiff::pipeline
