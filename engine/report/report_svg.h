// The report's charts as inline SVG: one time axis (months) for all of them, so a stage band, a
// condition grid and a line chart of the same game line up. Text is escaped; numbers are printed
// with fixed precision, so the same data always gives the same bytes.
#pragma once
#include <string>
#include <vector>

namespace keystone::report {

std::string html_escape(const std::string& text);
std::string format_number(double value, const char* format = "%.6g");

// A run of months [first, last] with one label (a stage, or a condition that holds).
struct Span {
    int first = 0, last = 0;
    std::string label;
    std::string shown;   // the label as the reader sees it (a stage's name in the report's language); "": label
};

struct Marker {        // a labelled point in time (a decision) or a reference value (an anchor)
    double tick = 0.0;
    double value = 0.0;   // anchors only
    std::string label;
};

struct TimeAxis {
    int first_tick = 0, last_tick = 1;
    std::vector<std::pair<int, std::string>> ticks;   // month and label ("2015")
};

// A coloured band, one span per stage, with the stage names; `name` labels the chart for screen
// readers and `row` the band.
std::string stage_band_svg(const TimeAxis& axis, const std::vector<Span>& stages, const std::string& name = "stage timeline",
                           const std::string& row = "stage");
// One row per condition: a bar where it held.
std::string condition_grid_svg(const TimeAxis& axis, const std::vector<std::string>& rows, const std::vector<std::vector<Span>>& held,
                               const std::string& name = "stage conditions over time");
// A line over time, with optional reference points (anchors) and numbered vertical markers
// (decisions), and under it a strip of the stage each month (the stage timeline's colours).
std::string line_chart_svg(const TimeAxis& axis, const std::string& title, const std::vector<std::pair<int, double>>& series,
                           const std::vector<Marker>& anchors, const std::vector<Marker>& decisions, const std::vector<Span>& stages);

// One run's line on a shared chart (a what-if pair): its label for the legend and its points.
struct Series {
    std::string label;
    std::vector<std::pair<int, double>> points;
    std::vector<Span> stages;   // the run's stage each month: a strip under the chart (none if empty)
};
// Several runs on one chart: the first line solid, the second dashed in another colour (CSS
// classes "series" and "series second"), with a legend; the y axis spans every line and at least
// y_max (small multiples share one scale by passing the largest value of all).
std::string lines_chart_svg(const TimeAxis& axis, const std::string& title, const std::vector<Series>& lines, double y_max = 0.0);
// One stage band per run, stacked and labelled, on one axis.
std::string stage_bands_svg(const TimeAxis& axis, const std::vector<std::string>& labels, const std::vector<std::vector<Span>>& stages,
                            const std::string& name = "stage timelines");

}  // namespace keystone::report
