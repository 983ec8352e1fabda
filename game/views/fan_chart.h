// A fan chart on ImDrawList: for each run (the main game's way, the branch's), the median by
// year as a line, and the 50% and 90% bands of the futures around it, on one pair of axes.
// Data comes from the futures summaries (session/batch.h QuantileRow: 5/25/50/75/95%).
#pragma once
#include <limits>
#include <string>
#include <vector>

#include <imgui.h>

#include "session/batch.h"

namespace keystone::client {

struct FanSeries {
    std::string label;
    ImU32 colour = 0;
    const std::vector<QuantileRow>* years = nullptr;   // one row per game year (year 1 first)
};

struct FanChartStyle {
    float height = 200.0f;
    int first_year = 2011;     // the calendar year of game year 1's end
    // Where the branch starts (a vertical line), in rows: row y is the end of game year y + 1, so
    // month m sits at m / 12 - 1 (clamped to the first row). NaN: no line.
    float marker_row = std::numeric_limits<float>::quiet_NaN();
    std::string marker_label;
    bool share = false;        // values are shares: the axis shows percentages
};

void draw_fan_chart(const char* id, const std::string& title, const std::vector<FanSeries>& series, const FanChartStyle& style);

}  // namespace keystone::client
