// How far a figure measured on a handful of pairs could move on another
// handful of the same kind: the pairs are drawn again with replacement (a
// bootstrap over pairs), the figure recomputed on each draw, and the middle
// 95% of those figures reported. Four real pairs give a wide interval, and
// the report should say so beside the figure.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "eval/agreement.h"

namespace readoutdiff::eval {

struct Interval {
    double low = 0;
    double high = 0;
};

struct BootstrapPlan {
    size_t draws = 2000;
    uint32_t seed = 20261204;  // fixed: the same report on every run
};

// figure: the statistic of a sum of per-pair agreements (a pooled F1, a share).
// pairs must not be empty.
Interval bootstrap_interval(const std::vector<Agreement>& pairs, const std::function<double(const Agreement&)>& figure,
                            const BootstrapPlan& plan = {});

}  // namespace readoutdiff::eval
