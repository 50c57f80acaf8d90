// What the tool says of a pair, read off its Comparison as an Annotation, so
// that it is scored exactly as an annotator would be.
#pragma once

#include "compare/comparison.h"
#include "eval/annotation.h"

namespace readoutdiff::eval {

Annotation prediction_of(const compare::Comparison& comparison);

}  // namespace readoutdiff::eval
