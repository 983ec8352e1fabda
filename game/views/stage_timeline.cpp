// Stage timeline bar; see stage_timeline.h.
#include "views/stage_timeline.h"

#include <algorithm>
#include <vector>

#include <imgui.h>

#include "core/strings.h"
#include "theme.h"
#include "widgets.h"

namespace keystone::client {

namespace {
std::string stage_label(Stage stage) { return tr_or(std::string("stage.") + stage_name(stage), stage_title(stage)); }
}  // namespace

void draw_stage_timeline(const Session& session, const char* id, const StageTimelineStyle& style) {
    const World& world = session.world();
    struct Period { int32_t begin, end; Stage stage; };
    std::vector<Period> periods;
    Stage current = world.stage_history.empty() ? world.stage.stage : world.stage_history.front().from;
    int32_t begin = 0;
    for (const StageChange& change : world.stage_history) {
        periods.push_back({begin, change.tick, current});
        current = change.to;
        begin = change.tick;
    }
    periods.push_back({begin, std::max(world.tick, begin + 1), current});

    ImGui::PushID(id);
    const float font = ImGui::GetFontSize();
    float label_width = style.label_width;
    if (!style.label.empty() && label_width <= 0.0f) label_width = ImGui::CalcTextSize(style.label.c_str()).x + font;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float full_width = ImGui::GetContentRegionAvail().x;
    const ImVec2 min(origin.x + label_width, origin.y);
    const float width = std::max(font * 4.0f, full_width - label_width);
    const float height = font * style.height_lines;
    ImGui::InvisibleButton("timeline", ImVec2(full_width, height + (style.date_axis ? font * 1.4f : font * 0.3f)));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    if (!style.label.empty())
        draw_list->AddText(ImVec2(origin.x, min.y + (height - font) * 0.5f), to_u32(theme().text), style.label.c_str());
    const double total = std::max<int32_t>(1, style.total_ticks > 0 ? style.total_ticks : std::max(world.tick, periods.back().end));
    for (const Period& period : periods) {
        const float x0 = min.x + float(std::min(1.0, period.begin / total)) * width;
        const float x1 = min.x + float(std::min(1.0, period.end / total)) * width;
        draw_list->AddRectFilled(ImVec2(x0, min.y), ImVec2(x1, min.y + height), theme().stage_colours[int(period.stage)]);
        draw_list->AddRect(ImVec2(x0, min.y), ImVec2(x1, min.y + height), to_u32(theme().window), 0.0f, 0, 2.0f);
        // The stage in words: its full name where the period is wide enough, else its short name.
        std::string tag = stage_label(period.stage);
        ImVec2 size = ImGui::CalcTextSize(tag.c_str());
        if (x1 - x0 <= size.x + 4.0f) {
            tag = tr_or(std::string("stage.short.") + stage_name(period.stage), tag);
            size = ImGui::CalcTextSize(tag.c_str());
        }
        if (x1 - x0 > size.x + 4.0f)
            draw_list->AddText(ImVec2((x0 + x1 - size.x) * 0.5f, min.y + (height - size.y) * 0.5f), IM_COL32(10, 10, 10, 255), tag.c_str());
        if (hovered && ImGui::GetIO().MousePos.x >= x0 && ImGui::GetIO().MousePos.x < x1)
            hover_tooltip(stage_label(period.stage) + "\n" + session.date_string(period.begin) + " - " +
                          session.date_string(period.end));
    }
    // The part of the scale this run has not reached yet stays an empty frame.
    const float reached = min.x + float(std::min(1.0, std::max<int32_t>(world.tick, 1) / total)) * width;
    if (reached < min.x + width - 1.0f)
        draw_list->AddRect(ImVec2(reached, min.y), ImVec2(min.x + width, min.y + height), to_u32(theme().text_dim), 0.0f, 0, 1.0f);
    if (style.marker_tick >= 0) {
        const float x = min.x + float(std::min(1.0, style.marker_tick / total)) * width;
        draw_list->AddLine(ImVec2(x, min.y - font * 0.25f), ImVec2(x, min.y + height + font * 0.25f), to_u32(theme().text), 3.0f);
    }
    if (style.date_axis) {
        const std::string first = session.date_string(0);
        const std::string last = session.date_string(int32_t(total));
        draw_list->AddText(ImVec2(min.x, min.y + height + 2.0f), to_u32(theme().text_dim), first.c_str());
        draw_list->AddText(ImVec2(min.x + width - ImGui::CalcTextSize(last.c_str()).x, min.y + height + 2.0f),
                           to_u32(theme().text_dim), last.c_str());
    }
    ImGui::PopID();
}

void draw_stage_changes(const Session& session) {
    for (const StageChange& change : session.world().stage_history)
        ImGui::BulletText("%s", trf("results.change", {session.date_string(change.tick), stage_label(change.from),
                                                      stage_label(change.to)}).c_str());
}

}  // namespace keystone::client
