// The debrief report as one self-contained HTML page: inline CSS and SVG, no script, no link out.
#pragma once
#include <string>
#include <vector>

#include "report/report_input.h"
#include "report/report_text.h"

namespace keystone::report {

// The sections, in order, each a <section id="...">: what the report test looks for.
extern const char* const kReportSections[6];
// The number of SVG charts in a single game's report.
constexpr int kReportChartsSingle = 7;

// Each page in the language of `text` (English by default: the words as the code writes them).
std::string report_html(const ReportInput& input, const ReportText& text = ReportText());

// A what-if pair on one page (issue 11 item 3): both games on the same charts (the first solid,
// the second dashed) and a table of differences in stage dates and key indicators.
extern const char* const kPairSections[6];
constexpr int kReportChartsPair = 5;   // the stage bands and four indicators
std::string report_pair_html(const ReportInput& a, const ReportInput& b, const std::string& label_a, const std::string& label_b,
                             const ReportText& text = ReportText());

// A class bundle on one page (issue 11 item 4): the teams ranked by score in a table, their stage
// timelines stacked, and one small chart per team on a shared scale. Needs at least one team;
// labels: one per team.
extern const char* const kClassSections[5];
inline int report_charts_class(int teams) { return 1 + teams; }   // the stage bands and one chart per team
std::string report_class_html(const std::vector<ReportInput>& teams, const std::vector<std::string>& labels, const ReportText& text = ReportText());

}  // namespace keystone::report
