// Fan charts for the What-if futures; see fan_chart.h. Bands are drawn as one filled quad per
// year and band (convex, so ImGui fills them exactly), the 90% band fainter than the 50% one.
#include "views/fan_chart.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "core/chart_math.h"
#include "core/strings.h"
#include "theme.h"

namespace keystone::client {

namespace {
ImU32 with_alpha(ImU32 colour, int alpha) { return (colour & ~IM_COL32_A_MASK) | (ImU32(alpha) << IM_COL32_A_SHIFT); }
}  // namespace

void draw_fan_chart(const char* id, const std::string& title, const std::vector<FanSeries>& series, const FanChartStyle& style) {
    ImGui::PushID(id);
    const float font = ImGui::GetFontSize();
    ImGui::TextUnformatted(title.c_str());
    // Legend on the line below the title: a swatch per run.
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    for (size_t s = 0; s < series.size(); ++s) {
        if (s > 0) ImGui::SameLine(0.0f, font);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        draw_list->AddRectFilled(ImVec2(at.x, at.y + font * 0.3f), ImVec2(at.x + font, at.y + font * 0.7f), series[s].colour);
        ImGui::Dummy(ImVec2(font * 1.2f, font));
        ImGui::SameLine(0.0f, 0.0f);
        ImGui::TextUnformatted(series[s].label.c_str());
    }

    size_t years = 0;
    double low = 0.0, high = 0.0;
    bool any = false;
    for (const FanSeries& s : series) {
        years = std::max(years, s.years->size());
        for (const QuantileRow& row : *s.years)
            for (double v : row) {
                if (!std::isfinite(v)) continue;
                low = any ? std::min(low, v) : v;
                high = any ? std::max(high, v) : v;
                any = true;
            }
    }
    const float width = std::max(font * 10.0f, ImGui::GetContentRegionAvail().x);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, style.height));
    const AxisTicks ticks = nice_ticks(std::min(low, 0.0), std::max(high, low + 1e-9), 4);
    float label_width = 0.0f;
    for (double v : ticks.values)
        label_width = std::max(label_width, ImGui::CalcTextSize(
                                                (style.share ? format_tick(v * 100.0, ticks.step * 100.0) + "%" : format_tick(v, ticks.step)).c_str())
                                                .x);
    const ImVec2 plot_min(origin.x + label_width + font * 0.6f, origin.y + font * 0.4f);
    const ImVec2 plot_max(origin.x + width - font * 0.5f, origin.y + style.height - font * 1.5f);
    const ImU32 dim = to_u32(theme().text_dim);
    if (!any || years == 0 || plot_max.x <= plot_min.x || plot_max.y <= plot_min.y) {
        draw_list->AddText(ImVec2(plot_min.x + font, plot_min.y + font), dim, tr("chart.no_data"));
        ImGui::PopID();
        return;
    }
    const auto x_at = [&](float row) {
        return years < 2 ? (plot_min.x + plot_max.x) * 0.5f : plot_min.x + (plot_max.x - plot_min.x) * row / float(years - 1);
    };
    const auto x_of = [&](size_t year) { return x_at(float(year)); };
    const auto y_of = [&](double v) {
        return plot_max.y - (plot_max.y - plot_min.y) * float((v - ticks.min) / std::max(1e-12, ticks.max - ticks.min));
    };
    for (double v : ticks.values) {
        const float y = y_of(v);
        draw_list->AddLine(ImVec2(plot_min.x, y), ImVec2(plot_max.x, y), theme().grid, 1.0f);
        const std::string text = style.share ? format_tick(v * 100.0, ticks.step * 100.0) + "%" : format_tick(v, ticks.step);
        const ImVec2 size = ImGui::CalcTextSize(text.c_str());
        draw_list->AddText(ImVec2(plot_min.x - size.x - font * 0.3f, y - size.y * 0.5f), dim, text.c_str());
    }
    // Calendar years along the bottom, thinned to fit.
    const float year_label = ImGui::CalcTextSize("2000").x + font;
    const size_t every = std::max<size_t>(1, size_t(std::ceil(year_label * float(years) / std::max(1.0f, plot_max.x - plot_min.x))));
    for (size_t y = 0; y < years; y += every) {
        const std::string text = std::to_string(style.first_year + int(y));
        const float x = x_of(y);
        draw_list->AddLine(ImVec2(x, plot_max.y), ImVec2(x, plot_max.y + font * 0.3f), dim, 1.0f);
        const float text_width = ImGui::CalcTextSize(text.c_str()).x;
        // Centred under its tick, but never past the chart's right edge.
        const float left = std::min(x - text_width * 0.5f, origin.x + width - text_width);
        draw_list->AddText(ImVec2(left, plot_max.y + font * 0.35f), dim, text.c_str());
    }
    draw_list->AddLine(ImVec2(plot_min.x, plot_max.y), plot_max, dim, 1.5f);
    draw_list->AddLine(plot_min, ImVec2(plot_min.x, plot_max.y), dim, 1.5f);

    draw_list->PushClipRect(ImVec2(plot_min.x - 2, plot_min.y - 2), ImVec2(plot_max.x + 2, plot_max.y + 2), true);
    for (const FanSeries& s : series) {
        const std::vector<QuantileRow>& rows = *s.years;
        // 90% band (5%..95%) then 50% band (25%..75%), one quad per year step.
        for (const auto& [lower, upper, alpha] : {std::tuple{0, 4, 40}, std::tuple{1, 3, 80}})
            for (size_t y = 0; y + 1 < rows.size(); ++y) {
                const QuantileRow& a = rows[y];
                const QuantileRow& b = rows[y + 1];
                if (!std::isfinite(a[size_t(lower)]) || !std::isfinite(b[size_t(lower)])) continue;
                const ImVec2 quad[4] = {ImVec2(x_of(y), y_of(a[size_t(upper)])), ImVec2(x_of(y + 1), y_of(b[size_t(upper)])),
                                        ImVec2(x_of(y + 1), y_of(b[size_t(lower)])), ImVec2(x_of(y), y_of(a[size_t(lower)]))};
                draw_list->AddConvexPolyFilled(quad, 4, with_alpha(s.colour, alpha));
            }
        std::vector<ImVec2> median;
        for (size_t y = 0; y < rows.size(); ++y)
            if (std::isfinite(rows[y][2])) median.push_back(ImVec2(x_of(y), y_of(rows[y][2])));
        if (median.size() > 1) draw_list->AddPolyline(median.data(), int(median.size()), s.colour, 0, 2.0f);
    }
    if (!std::isnan(style.marker_row)) {
        const float x = x_at(std::clamp(style.marker_row, 0.0f, float(years - 1)));
        draw_list->AddLine(ImVec2(x, plot_min.y), ImVec2(x, plot_max.y), to_u32(theme().text), 1.5f);
        draw_list->AddText(ImVec2(x + font * 0.2f, plot_min.y), to_u32(theme().text), style.marker_label.c_str());
    }
    draw_list->PopClipRect();
    ImGui::PopID();
}

}  // namespace keystone::client
