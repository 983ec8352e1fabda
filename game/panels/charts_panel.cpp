// Charts panel: the park's history by theme (firms, joint actions, innovation, culture, funding,
// role KPIs). Each tab shows one or more line charts sharing the panel height; a click on a line
// asks "what moved this?" (what_moved_popup.cpp).
#include <algorithm>

#include "core/chart_series.h"
#include "core/strings.h"
#include "panels/panels.h"
#include "views/line_chart.h"
#include "widgets.h"

namespace keystone::client {

void draw_charts_panel(const Session& session, UiState& ui) {
    const auto& pages = chart_pages();
    ui.chart_page = std::clamp(ui.chart_page, 0, int(pages.size()) - 1);

    if (ImGui::BeginTabBar("chart_pages")) {
        for (int p = 0; p < int(pages.size()); ++p) {
            ImGui::PushID(p);
            const ImGuiTabItemFlags flags =
                (ui.chart_page_requested && ui.chart_page == p) ? ImGuiTabItemFlags_SetSelected : 0;
            if (ImGui::BeginTabItem(label_id(tr(pages[size_t(p)].title_key), "page").c_str(), nullptr, flags)) {
                if (!ui.chart_page_requested) ui.chart_page = p;
                const auto& kinds = pages[size_t(p)].charts;
                const float available = ImGui::GetContentRegionAvail().y;
                LineChartStyle style;
                // Legends and titles take about three lines per chart; the rest is plot.
                style.height = std::max(ImGui::GetFontSize() * 7.0f,
                                        available / float(kinds.size()) - ImGui::GetFontSize() * 4.2f);
                style.tick_label = [&session](int32_t tick) { return session.date_string(tick); };
                // Tick 0 is the scenario's start month; January is (13 - month) % 12 ticks later.
                style.january_tick = (13 - session.world().start_month) % 12;
                style.stage_marks = stage_marks_of(session);
                ImGui::BeginChild("charts", ImVec2(0, 0), false);
                for (ChartKind kind : kinds) {
                    ImGui::PushID(int(kind));
                    const ChartData chart = build_chart(session, kind);
                    style.on_point_click = [&ui, &chart](size_t line, int32_t tick) {
                        ui.what_moved = {true, true, chart.lines[line].metric, chart.lines[line].label, tick};
                    };
                    draw_line_chart("chart", chart, style, &ui.hidden_chart_lines[int(kind)]);
                    ImGui::PopID();
                }
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
            ImGui::PopID();
        }
        ImGui::EndTabBar();
    }
    ui.chart_page_requested = false;
    draw_what_moved_popup(session, ui);
}

}  // namespace keystone::client
