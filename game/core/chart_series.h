// Chart data from Session::history(): which series each chart shows, their labels (string-table
// keys) and units. Pure data, no drawing, so tests and exports can use the same series.
#pragma once
#include <string>
#include <vector>

#include "session/session.h"

namespace keystone::client {

enum class ChartKind {
    FirmsBySize, FirmsBySegment, JointActionsKnowledge, JointActionsBusiness, Transformation, Network,
    CultureCooperation, CultureOpenness, Funding, Budgets, Revenue, Occupancy, Count
};

// At most this many lines a chart, each in its own colour of the theme's palette: more than six
// cannot be told apart on a projector.
constexpr int kMaxChartLines = 6;

enum class ChartUnit { Count, Share, MoneyStock, MoneyPerMonth, PerMonth };

struct ChartLine {
    std::string label;            // already translated
    std::vector<double> values;   // one per history row
    int colour = 0;               // index into the theme's series palette (distinct within a chart)
    // The metric table's name of the measure drawn, unsmoothed ("enterprises", "trust"); empty
    // for lines the chart derives (smoothed flows, segments, budgets). "What moved this?" asks
    // the engine about it.
    std::string metric;
};

struct ChartData {
    std::string title;            // translated
    std::string note;             // e.g. "12-month average" (translated), may be empty
    ChartUnit unit = ChartUnit::Count;
    bool include_zero = true;
    // A log scale when the lines differ by orders of magnitude (all firms beside multinationals).
    bool log_scale = false;
    std::vector<int32_t> ticks;   // x: simulation tick of each row
    std::vector<ChartLine> lines;
};

struct ChartPage {
    const char* title_key;
    std::vector<ChartKind> charts;
};

// The chart tabs, in display order.
const std::vector<ChartPage>& chart_pages();
ChartData build_chart(const Session& session, ChartKind kind);
// The string-table key of a unit ("chart.unit.share", ...).
const char* chart_unit_key(ChartUnit unit);

}  // namespace keystone::client
