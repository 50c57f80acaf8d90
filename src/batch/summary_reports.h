// The summaries of a batch run, each rendered from the same rows: a
// Markdown table for a pull-request comment, JUnit XML for CI systems, and
// an index page linking every report.
#pragma once

#include <string>
#include <vector>

#include "batch/summary.h"

namespace readoutdiff::batch {

std::string summary_jsonl(const std::vector<SummaryRow>& rows);
std::string summary_markdown(const std::vector<SummaryRow>& rows);
std::string junit_xml(const std::vector<SummaryRow>& rows);
// A sortable table of the pairs and each side's tone over time (by date).
std::string index_html(const std::vector<SummaryRow>& rows);

}  // namespace readoutdiff::batch
