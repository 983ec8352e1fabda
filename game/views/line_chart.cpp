// Line chart drawing; the arithmetic lives in core/chart_math so it can be tested alone.
#include "views/line_chart.h"

#include <algorithm>
#include <cmath>

#include "core/chart_math.h"
#include "core/strings.h"
#include "theme.h"
#include "widgets.h"

namespace keystone::client {

namespace {
std::string format_value(double value, ChartUnit unit) {
    switch (unit) {
        case ChartUnit::Share: return format_share(value);
        case ChartUnit::MoneyStock:
        case ChartUnit::MoneyPerMonth: return format_money(value);
        default: return format_number(value);
    }
}

void polyline(ImDrawList* draw_list, const std::vector<ImVec2>& points, ImU32 colour, float thickness, bool dashed) {
    if (points.size() < 2) {
        if (points.size() == 1) draw_list->AddCircleFilled(points[0], thickness * 1.5f, colour);
        return;
    }
    if (!dashed) {
        draw_list->AddPolyline(points.data(), int(points.size()), colour, 0, thickness);
        return;
    }
    // Dashed: alternate runs of points; robust for dense series where segments are tiny.
    const float dash = thickness * 5.0f;
    float run = 0.0f;
    bool on = true;
    for (size_t i = 1; i < points.size(); ++i) {
        const ImVec2 a = points[i - 1], b = points[i];
        if (on) draw_list->AddLine(a, b, colour, thickness);
        run += std::hypot(b.x - a.x, b.y - a.y);
        if (run >= dash) { run = 0.0f; on = !on; }
    }
}
}  // namespace

void draw_line_chart(const char* id, const ChartData& chart, const LineChartStyle& style, std::vector<bool>* hidden) {
    ImGui::PushID(id);
    hidden->resize(chart.lines.size(), false);
    const float font = ImGui::GetFontSize();

    // --- title and legend (click a legend entry to hide or show its line) ------------------------
    text_coloured(theme().accent, chart.title);
    ImGui::SameLine();
    text_dim("(" + std::string(tr(chart_unit_key(chart.unit))) + (chart.note.empty() ? "" : ", " + chart.note) +
             (chart.log_scale ? ", " + std::string(tr("chart.log_scale")) : "") + ")");
    if (chart.log_scale) hover_tooltip(tr("chart.log_scale_tooltip"));
    const float legend_right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    for (size_t i = 0; i < chart.lines.size(); ++i) {
        const ChartLine& line = chart.lines[i];
        ImGui::PushID(int(i));
        const float swatch = font * 1.2f;
        const float width = swatch + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(line.label.c_str()).x;
        if (i > 0 && ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x * 2.0f + width < legend_right)
            ImGui::SameLine(0.0f, ImGui::GetStyle().ItemSpacing.x * 2.0f);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (ImGui::InvisibleButton("legend", ImVec2(width, font * 1.2f))) (*hidden)[i] = !(*hidden)[i];
        const bool off = (*hidden)[i];
        ImDrawList* draw_list = ImGui::GetWindowDrawList();
        const float middle = at.y + font * 0.6f;
        const ImU32 colour = series_colour(line.colour);
        polyline(draw_list, {ImVec2(at.x, middle), ImVec2(at.x + swatch * 0.5f, middle), ImVec2(at.x + swatch, middle)},
                 off ? to_u32(theme().text_dim) : colour, 3.0f, false);
        draw_list->AddText(ImVec2(at.x + swatch + ImGui::GetStyle().ItemInnerSpacing.x, at.y),
                           to_u32(off ? theme().text_dim : theme().text), line.label.c_str());
        if (off)  // strike-through: "hidden" must not rely on colour alone
            draw_list->AddLine(ImVec2(at.x + swatch, middle), ImVec2(at.x + width, middle), to_u32(theme().text_dim), 1.0f);
        hover_tooltip(tr("chart.legend_tooltip"));
        ImGui::PopID();
    }

    // --- plot area -----------------------------------------------------------------------------
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float total_width = std::max(200.0f, ImGui::GetContentRegionAvail().x);
    const float height = std::max(font * 6.0f, style.height);
    const bool plot_clicked = ImGui::InvisibleButton("plot", ImVec2(total_width, height));
    const bool plot_hovered = ImGui::IsItemHovered();
    ImDrawList* draw_list = ImGui::GetWindowDrawList();

    const ChartData* other = style.compare;
    std::vector<const std::vector<double>*> visible;
    for (size_t i = 0; i < chart.lines.size(); ++i) {
        if ((*hidden)[i]) continue;
        visible.push_back(&chart.lines[i].values);
        if (other && i < other->lines.size()) visible.push_back(&other->lines[i].values);
    }
    double low = 0.0, high = 1.0;
    value_range(visible, &low, &high);
    if (chart.include_zero) { low = std::min(low, 0.0); high = std::max(high, 0.0); }
    if (chart.unit == ChartUnit::Share && high <= 1.0 && low >= 0.0) high = std::max(high, 0.05);
    // Log scale: the axis starts at the decade of the smallest positive value; zeros sit on it.
    double low_positive = high;
    for (const std::vector<double>* values : visible)
        for (double value : *values)
            if (value > 0.0 && std::isfinite(value)) low_positive = std::min(low_positive, value);
    const bool log_scale = chart.log_scale && high > 0.0;
    const AxisTicks y_ticks = log_scale ? log_ticks(low_positive, high)
                                        : nice_ticks(low, high, std::max(3, int(height / (font * 2.2f))));

    // Shares read as percentages; the label text decides the left margin, so compute it once.
    const bool percent = chart.unit == ChartUnit::Share && y_ticks.max <= 1.0;
    auto y_label = [&](double value) {
        if (log_scale) return format_number(value);
        return percent ? format_tick(value * 100.0, y_ticks.step * 100.0) + "%" : format_tick(value, y_ticks.step);
    };
    float label_width = 0.0f;
    for (double value : y_ticks.values) label_width = std::max(label_width, ImGui::CalcTextSize(y_label(value).c_str()).x);
    const ImVec2 plot_min(origin.x + label_width + font * 0.6f, origin.y + font * 0.4f);
    const ImVec2 plot_max(origin.x + total_width - font * 0.6f, origin.y + height - font * 1.6f);
    if (plot_max.x - plot_min.x < 20.0f || plot_max.y - plot_min.y < 20.0f) { ImGui::PopID(); return; }

    const size_t samples = chart.ticks.size();
    const size_t other_samples = other ? other->ticks.size() : 0;
    double x_first = samples ? double(chart.ticks.front()) : 0.0;
    double x_last = samples > 1 ? double(chart.ticks.back()) : x_first + 1.0;
    if (other_samples > 0) {
        x_first = samples ? std::min(x_first, double(other->ticks.front())) : double(other->ticks.front());
        x_last = std::max(x_last, double(other->ticks.back()));
        if (x_last <= x_first) x_last = x_first + 1.0;
    }
    auto x_of = [&](double tick) {
        return plot_min.x + float((tick - x_first) / (x_last - x_first)) * (plot_max.x - plot_min.x);
    };
    auto y_of = [&](double value) {
        const double axis_value = log_scale ? std::log10(std::max(value, std::pow(10.0, y_ticks.min))) : value;
        return plot_max.y - float((axis_value - y_ticks.min) / (y_ticks.max - y_ticks.min)) * (plot_max.y - plot_min.y);
    };

    // y grid and labels
    for (double value : y_ticks.values) {
        const float y = y_of(value);
        draw_list->AddLine(ImVec2(plot_min.x, y), ImVec2(plot_max.x, y), theme().grid, 1.0f);
        const std::string text = y_label(value);
        const ImVec2 size = ImGui::CalcTextSize(text.c_str());
        draw_list->AddText(ImVec2(plot_min.x - size.x - font * 0.3f, y - size.y * 0.5f), to_u32(theme().text_dim), text.c_str());
    }
    // x ticks: whole years where possible (12 ticks per year), labelled with the date.
    if (samples > 0 || other_samples > 0) {
        const double span_months = x_last - x_first;
        const AxisTicks x_ticks = nice_ticks(0.0, span_months / 12.0, std::max(2, int((plot_max.x - plot_min.x) / (font * 5.0f))));
        // Ticks sit on Januaries (whole calendar years), counted from the first January shown.
        const double first_january = std::ceil((x_first - style.january_tick) / 12.0) * 12.0 + style.january_tick;
        for (double years : x_ticks.values) {
            const double tick = first_january + years * 12.0;
            if (tick < x_first - 1e-9 || tick > x_last + 1e-9) continue;
            const float x = x_of(tick);
            draw_list->AddLine(ImVec2(x, plot_max.y), ImVec2(x, plot_max.y + font * 0.3f), to_u32(theme().text_dim), 1.0f);
            const std::string text = style.tick_label ? style.tick_label(int32_t(std::lround(tick))) : format_number(tick);
            const ImVec2 size = ImGui::CalcTextSize(text.c_str());
            const float left = std::clamp(x - size.x * 0.5f, plot_min.x - font, plot_max.x - size.x + font * 0.5f);
            draw_list->AddText(ImVec2(left, plot_max.y + font * 0.35f), to_u32(theme().text_dim), text.c_str());
        }
    }
    draw_list->AddLine(ImVec2(plot_min.x, plot_max.y), plot_max, to_u32(theme().text_dim), 1.5f);
    draw_list->AddLine(plot_min, ImVec2(plot_min.x, plot_max.y), to_u32(theme().text_dim), 1.5f);

    if (samples == 0 && other_samples == 0) {
        draw_list->AddText(ImVec2(plot_min.x + font, plot_min.y + font), to_u32(theme().text_dim), tr("chart.no_data"));
        ImGui::PopID();
        return;
    }

    // lines: at most one point per horizontal pixel (long runs have more months than pixels)
    const float thickness = theme().chart_line_px * std::max(1.0f, font / 20.0f);
    draw_list->PushClipRect(ImVec2(plot_min.x - 2, plot_min.y - 2), ImVec2(plot_max.x + 2, plot_max.y + 2), true);
    std::vector<ImVec2> points;
    auto draw_series = [&](const ChartData& data, const ChartLine& line, bool dashed) {
        const size_t count = data.ticks.size();
        const size_t step = std::max<size_t>(1, count / size_t(std::max(1.0f, plot_max.x - plot_min.x)));
        points.clear();
        for (size_t s = 0; s < line.values.size() && s < count; s += step)
            points.emplace_back(x_of(data.ticks[s]), y_of(line.values[s]));
        if (!line.values.empty() && (line.values.size() - 1) % step != 0 && line.values.size() <= count)
            points.emplace_back(x_of(data.ticks[line.values.size() - 1]), y_of(line.values.back()));
        polyline(draw_list, points, series_colour(line.colour), thickness, dashed);
    };
    for (size_t i = 0; i < chart.lines.size(); ++i) {
        if ((*hidden)[i]) continue;
        // Compared: the main run solid, the other dashed, each line in its own colour.
        draw_series(chart, chart.lines[i], false);
        if (other && i < other->lines.size()) draw_series(*other, other->lines[i], true);
    }
    // Stage changes: thin lines with the new stage's name at the top, so a rise or a fall can be
    // read against the ladder.
    for (const LineChartStyle::StageMark& mark : style.stage_marks) {
        if (mark.tick < x_first || mark.tick > x_last) continue;
        const float x = x_of(mark.tick);
        draw_list->AddLine(ImVec2(x, plot_min.y), ImVec2(x, plot_max.y), to_u32(theme().text_dim), 1.0f);
        const float left = std::min(x + font * 0.2f, plot_max.x - ImGui::CalcTextSize(mark.label.c_str()).x);
        draw_list->AddText(ImVec2(left, plot_min.y), to_u32(theme().text_dim), mark.label.c_str());
    }
    if (style.marker_tick >= 0 && style.marker_tick >= x_first && style.marker_tick <= x_last) {
        const float x = x_of(style.marker_tick);
        draw_list->AddLine(ImVec2(x, plot_min.y), ImVec2(x, plot_max.y), to_u32(theme().text), 1.5f);
        if (!style.marker_label.empty()) {
            const ImVec2 size = ImGui::CalcTextSize(style.marker_label.c_str());
            const float left = std::min(x + font * 0.3f, plot_max.x - size.x);
            draw_list->AddRectFilled(ImVec2(left - 2.0f, plot_min.y), ImVec2(left + size.x + 2.0f, plot_min.y + size.y),
                                     to_u32(theme().window));
            draw_list->AddText(ImVec2(left, plot_min.y), to_u32(theme().text), style.marker_label.c_str());
        }
    }
    draw_list->PopClipRect();

    // hover: a vertical rule at the month under the cursor, and every visible value there
    const ChartData& axis = (other && other_samples > samples) ? *other : chart;
    if (plot_hovered && !axis.ticks.empty() && ImGui::GetIO().MousePos.x >= plot_min.x - 4 &&
        ImGui::GetIO().MousePos.x <= plot_max.x + 4) {
        // The month under the cursor, then its row in each run (runs may start or end apart).
        const double fraction = std::clamp((ImGui::GetIO().MousePos.x - plot_min.x) / std::max(1.0f, plot_max.x - plot_min.x), 0.0f, 1.0f);
        const int32_t tick = int32_t(std::lround(x_first + fraction * (x_last - x_first)));
        auto row_of = [tick](const ChartData& data) -> int {
            if (data.ticks.empty() || tick < data.ticks.front() || tick > data.ticks.back()) return -1;
            return int(std::lower_bound(data.ticks.begin(), data.ticks.end(), tick) - data.ticks.begin());
        };
        const int row = row_of(chart), other_row = other ? row_of(*other) : -1;
        // A click picks the visible line drawn nearest the cursor in that month.
        if (plot_clicked && style.on_point_click && row >= 0) {
            size_t nearest = chart.lines.size();
            float best = 0.0f;
            for (size_t i = 0; i < chart.lines.size(); ++i) {
                if ((*hidden)[i] || size_t(row) >= chart.lines[i].values.size()) continue;
                const float distance = std::fabs(y_of(chart.lines[i].values[size_t(row)]) - ImGui::GetIO().MousePos.y);
                if (nearest == chart.lines.size() || distance < best) { nearest = i; best = distance; }
            }
            if (nearest < chart.lines.size()) style.on_point_click(nearest, tick);
        }
        const float x = x_of(tick);
        draw_list->AddLine(ImVec2(x, plot_min.y), ImVec2(x, plot_max.y), to_u32(theme().highlight), 1.5f);
        ImGui::BeginTooltip();
        text_coloured(theme().accent, style.tick_label ? style.tick_label(tick) : std::to_string(tick));
        if (other) text_dim(tr("compare.tooltip_columns"));
        for (size_t i = 0; i < chart.lines.size(); ++i) {
            if ((*hidden)[i]) continue;
            const bool has_main = row >= 0 && size_t(row) < chart.lines[i].values.size();
            const bool has_other = other && other_row >= 0 && i < other->lines.size() &&
                                   size_t(other_row) < other->lines[i].values.size();
            if (!has_main && !has_other) continue;
            std::string text = chart.lines[i].label + ": ";
            if (has_main) {
                const double value = chart.lines[i].values[size_t(row)];
                draw_list->AddCircleFilled(ImVec2(x, y_of(value)), thickness * 1.8f, series_colour(chart.lines[i].colour));
                text += format_value(value, chart.unit);
            } else {
                text += "-";
            }
            if (other) {
                text += "  /  ";
                if (has_other) {
                    const double value = other->lines[i].values[size_t(other_row)];
                    draw_list->AddCircle(ImVec2(x, y_of(value)), thickness * 2.2f, series_colour(chart.lines[i].colour), 0, 2.0f);
                    text += format_value(value, chart.unit);
                } else {
                    text += "-";
                }
            }
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(series_colour(chart.lines[i].colour)));
            ImGui::TextUnformatted("\xE2\x96\xA0");  // U+25A0 black square: the line's colour key
            ImGui::PopStyleColor();
            ImGui::SameLine();
            ImGui::TextUnformatted(text.c_str());
        }
        if (style.on_point_click) text_dim(tr("chart.what_moved_hint"));
        ImGui::EndTooltip();
    }
    ImGui::PopID();
}

std::vector<LineChartStyle::StageMark> stage_marks_of(const Session& session) {
    std::vector<LineChartStyle::StageMark> marks;
    for (const StageChange& change : session.world().stage_history)
        marks.push_back({change.tick, tr_or(std::string("stage.short.") + stage_name(change.to), stage_name(change.to))});
    return marks;
}

}  // namespace keystone::client
