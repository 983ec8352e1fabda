// The debrief report as one self-contained HTML page: inline CSS and SVG, no script, no link out.
#pragma once
#include <string>

#include "report_input.h"

namespace keystone::cli {

// The sections, in order, each a <section id="...">: what the report test looks for.
extern const char* const kReportSections[6];
// The number of SVG charts in a single game's report.
constexpr int kReportChartsSingle = 7;

std::string report_html(const ReportInput& input);

}  // namespace keystone::cli
