#include "eval/bootstrap.h"

#include <algorithm>
#include <random>

namespace readoutdiff::eval {

Interval bootstrap_interval(const std::vector<Agreement>& pairs, const std::function<double(const Agreement&)>& figure,
                            const BootstrapPlan& plan) {
    std::mt19937 random(plan.seed);
    std::uniform_int_distribution<size_t> pick(0, pairs.size() - 1);
    std::vector<double> figures;
    figures.reserve(plan.draws);
    for (size_t draw = 0; draw < plan.draws; ++draw) {
        Agreement sum;
        for (size_t k = 0; k < pairs.size(); ++k) sum += pairs[pick(random)];
        figures.push_back(figure(sum));
    }
    std::sort(figures.begin(), figures.end());
    auto at = [&](double share) { return figures[std::min(figures.size() - 1, static_cast<size_t>(share * static_cast<double>(figures.size())))]; };
    return {at(0.025), at(0.975)};
}

}  // namespace readoutdiff::eval
