// A small line chart on ImDrawList: axes with ticks and labels, a legend, and a hover line that
// shows every series' value at the tick under the cursor. Data comes from core/chart_series.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include <imgui.h>

#include "core/chart_series.h"

namespace keystone::client {

struct LineChartStyle {
    float height = 260.0f;
    // Label for an x value (a simulation tick), e.g. its date.
    std::function<std::string(int32_t)> tick_label;
    // A tick that falls in January (x ticks are placed on calendar years); may be negative.
    int32_t january_tick = 0;
    // What-if comparison: a second run of the same chart (same lines, other history), drawn
    // dashed in the same colours over the solid main lines; the x axis spans both runs.
    const ChartData* compare = nullptr;
    // A month marked by a vertical line with a label (the branch's first month); -1 none.
    int32_t marker_tick = -1;
    std::string marker_label;
    // Stage changes: a thin vertical line with the new stage's short name at each.
    struct StageMark {
        int32_t tick;
        std::string label;
    };
    std::vector<StageMark> stage_marks;
    // "What moved this?": called with the line nearest the cursor and the month under it when
    // the plot is clicked (visible main-run lines only); the hover tooltip then says so.
    std::function<void(size_t line, int32_t tick)> on_point_click;
};

// The stage changes of a session as chart marks (every time chart shows them).
std::vector<LineChartStyle::StageMark> stage_marks_of(const Session& session);

// Draws chart with its title, legend and axes in the given height and the full available width.
// hidden: one flag per line (legend clicks toggle it); resized as needed.
void draw_line_chart(const char* id, const ChartData& chart, const LineChartStyle& style, std::vector<bool>* hidden);

}  // namespace keystone::client
