// The whole comparison of two readout files, stage after stage; what the
// cli's `compare` and each pair of `batch` run.
#pragma once

#include <string>

#include "align/params.h"
#include "analyze/analyzer.h"
#include "compare/comparison.h"

namespace readoutdiff::pipeline {

struct Inputs {
    std::string left_path;
    std::string right_path;
    size_t max_bytes;
};

compare::Comparison compare_files(const Inputs& inputs, const analyze::Analyzer& analyzer,
                                  const align::AlignerParams& params = align::AlignerParams{});

// The same from text already read (tests, fuzzing); paths only name the sides.
compare::Comparison compare_texts(text::Text left, text::Text right, const analyze::Analyzer& analyzer,
                                  const align::AlignerParams& params = align::AlignerParams{});

}  // namespace readoutdiff::pipeline
