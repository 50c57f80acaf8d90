// Comparing two copies of one readout is almost always a typo on the
// command line (the same file twice, or us.txt copied over prc.txt), so it
// is an error; two readouts of one side can be meant (two US readouts of
// successive meetings), so that is only a warning.
#include "pipeline/input_checks.h"

#include "error.h"
#include "io/file_io.h"

namespace readoutdiff::pipeline {

void check_two_readouts(const std::string& left_path, std::string_view left_bytes, const std::string& right_path,
                        std::string_view right_bytes) {
    if (left_path == right_path || io::same_file(left_path, right_path)) {
        throw Error(io::display_name(right_path),
                    "is given as both LEFT and RIGHT (add --force to compare a readout with itself)");
    }
    if (left_bytes == right_bytes) {
        throw Error(io::display_name(right_path), "has the same content as " + io::display_name(left_path) +
                                                      " (add --force to compare two copies of one readout)");
    }
}

std::string same_side_warning(const compare::Comparison& c) {
    lexicon::Side side = c.left.side;
    if (side != c.right.side || (side != lexicon::Side::us && side != lexicon::Side::prc)) return "";
    std::string name = side == lexicon::Side::us ? "US" : "PRC";
    return "warning: both readouts read as " + name + " (" + c.left.document.text.path + ", " +
           c.right.document.text.path + "): the report compares two " + name +
           " readouts, not the two sides (--force silences this)";
}

}  // namespace readoutdiff::pipeline
