// The console's comparison: any line of the charts panel (a chart and one of its measures), one
// line per team, from the reference parks on this machine. Teams beyond the palette share its
// colours in order.
#include <algorithm>

#include "classroom.h"
#include "core/chart_series.h"
#include "core/strings.h"
#include "views/line_chart.h"
#include "widgets.h"

namespace keystone::client {

namespace {
struct MeasureChoice {
    ChartKind kind;
    size_t line;
    std::string label;
};

// Every (chart, line) the charts panel offers, named "chart: line", from one park.
std::vector<MeasureChoice> measure_choices(const Session& park) {
    std::vector<MeasureChoice> choices;
    for (int k = 0; k < int(ChartKind::Count); ++k) {
        const ChartData chart = build_chart(park, ChartKind(k));
        for (size_t line = 0; line < chart.lines.size(); ++line)
            choices.push_back({ChartKind(k), line, chart.title + ": " + chart.lines[line].label});
    }
    return choices;
}
}  // namespace

void draw_facilitator_chart(ConsoleState& console) {
    const auto& teams = console.facilitator->teams();
    section_title(tr("console.compare"));
    if (teams.empty()) {
        text_dim_wrapped(tr("console.no_teams"));
        return;
    }
    const std::vector<MeasureChoice> choices = measure_choices(*teams.front().park);
    if (choices.empty()) return;
    console.chart_choice = std::clamp(console.chart_choice, 0, int(choices.size()) - 1);
    const MeasureChoice& choice = choices[size_t(console.chart_choice)];
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##measure", choice.label.c_str())) {
        for (size_t i = 0; i < choices.size(); ++i) {
            ImGui::PushID(int(i));
            if (ImGui::Selectable(choices[i].label.c_str(), int(i) == console.chart_choice)) console.chart_choice = int(i);
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ChartData compared;
    for (size_t i = 0; i < teams.size(); ++i) {
        const ChartData chart = build_chart(*teams[i].park, choice.kind);
        if (i == 0) {
            compared = chart;
            compared.lines.clear();
        }
        if (choice.line >= chart.lines.size()) continue;
        ChartLine line = chart.lines[choice.line];
        line.label = std::to_string(i + 1) + " " + teams[i].name;
        line.colour = int(i);
        line.metric.clear();
        line.values.resize(compared.ticks.size(), line.values.empty() ? 0.0 : line.values.back());
        compared.lines.push_back(std::move(line));
    }
    compared.title = choice.label;
    if (compared.ticks.empty()) {
        text_dim_wrapped(tr("console.no_months_yet"));
        return;
    }
    LineChartStyle style;
    // The chart's title and legend take about three lines above the plot.
    style.height = std::max(ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 3.5f, ImGui::GetFontSize() * 8.0f);
    const Session& park = *teams.front().park;
    style.tick_label = [&park](int32_t tick) { return park.date_string(tick); };
    style.january_tick = (13 - park.world().start_month) % 12;
    draw_line_chart("compare_teams", compared, style, &console.hidden_lines);
}

}  // namespace keystone::client
