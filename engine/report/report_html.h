// The debrief report as one self-contained HTML page: inline CSS and SVG, no script, no link out.
#pragma once
#include <string>

#include "report/report_input.h"

namespace keystone::report {

// The sections, in order, each a <section id="...">: what the report test looks for.
extern const char* const kReportSections[6];
// The number of SVG charts in a single game's report.
constexpr int kReportChartsSingle = 7;

std::string report_html(const ReportInput& input);

// A what-if pair on one page (issue 11 item 3): both games on the same charts (the first solid,
// the second dashed) and a table of differences in stage dates and key indicators.
extern const char* const kPairSections[6];
constexpr int kReportChartsPair = 5;   // the stage bands and four indicators
std::string report_pair_html(const ReportInput& a, const ReportInput& b, const std::string& label_a, const std::string& label_b);

}  // namespace keystone::report
