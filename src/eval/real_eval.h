// The real block of `readoutdiff eval`: the tool on the real pairs (texts
// outside the repository), each run in both orders, against each blind
// annotator, beside the annotators' agreement with each other (the
// ceiling) and the analyst's answers (a third opinion).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "align/params.h"
#include "analyze/analyzer.h"
#include "eval/agreement.h"

namespace readoutdiff::eval {

struct RealPairEvaluation {
    std::string pair;
    std::string split;
    Agreement tool_vs_a;     // both orders of the files, each counted
    Agreement tool_vs_b;
    Agreement b_vs_a;        // annotator B read as a prediction against A
    Agreement analyst_vs_a;  // only the signals the analyst answers
    Agreement analyst_vs_b;
};

struct RealEvaluation {
    std::vector<RealPairEvaluation> pairs;
};

// texts_dir holds <pair>/{us.txt,prc.txt,analyst.json}; gold_dir holds
// splits.tsv and <pair>/{A,B}.json. Throws Error for a missing text or a
// malformed annotation.
RealEvaluation evaluate_real(const std::string& texts_dir, const std::string& gold_dir,
                             const analyze::Analyzer& analyzer, const align::AlignerParams& params);

void write_real_evaluation(const RealEvaluation& evaluation, std::ostream& out);

}  // namespace readoutdiff::eval
