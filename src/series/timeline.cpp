#include "series/timeline.h"

#include <algorithm>

namespace readoutdiff::series {

const std::string& Timeline::topic_label(const std::string& id) const {
    auto it = std::find_if(topics.begin(), topics.end(), [&](const lexicon::Topic& t) { return t.id == id; });
    return it == topics.end() ? id : it->label;
}

}  // namespace readoutdiff::series
