// Views, not copies: callers parse each line in place.
#include "text/lines.h"

namespace readoutdiff::text {

std::vector<std::string_view> lines(std::string_view content) {
    std::vector<std::string_view> out;
    size_t pos = 0;
    while (pos < content.size()) {
        size_t end = content.find('\n', pos);
        if (end == std::string_view::npos) end = content.size();
        out.push_back(content.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

}  // namespace readoutdiff::text
