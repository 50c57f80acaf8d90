// The whole comparison of two readout files, stage after stage; what the
// cli's `compare` and each pair of `batch` run.
#pragma once

#include <string>
#include <string_view>

#include "align/params.h"
#include "analyze/analyzer.h"
#include "compare/comparison.h"

namespace readoutdiff::pipeline {

struct Inputs {
    std::string left_path;   // "-" for standard input
    std::string right_path;
    size_t max_bytes;
    bool force = false;  // compare even one readout with itself, or one that is not English
};

// Reads each readout and the date of a meta.tsv beside it.
compare::Comparison compare_files(const Inputs& inputs, const analyze::Analyzer& analyzer,
                                  const align::AlignerParams& params = align::AlignerParams{});

// A readout's bytes, already read (batch hashes them first), its path, and
// the date of a meta.tsv beside it (text/meta_date.h), empty when none.
struct Input {
    std::string path;
    std::string_view bytes;
    std::string meta_date = {};
};

// The same from bytes: unless force, refuses one readout given twice (see
// input_checks.h) and a readout that is not English (text/language.h).
compare::Comparison compare_bytes(const Input& left, const Input& right, bool force, const analyze::Analyzer& analyzer,
                                  const align::AlignerParams& params = align::AlignerParams{});

// The same from text already read (tests, fuzzing); paths only name the sides.
compare::Comparison compare_texts(text::Text left, text::Text right, const analyze::Analyzer& analyzer,
                                  const align::AlignerParams& params = align::AlignerParams{});

}  // namespace readoutdiff::pipeline
