// Shared ImGui helpers; see widgets.h.
#include "widgets.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "core/strings.h"

namespace keystone::client {

void open_entry(UiState& ui, const std::string& id) {
    ui.encyclopedia_selected = id;
    ui.encyclopedia_scroll = true;
    ui.encyclopedia_missing.clear();
    if (ui.encyclopedia) {
        if (const auto* entry = ui.encyclopedia->find(id)) ui.encyclopedia_selected = entry->id;
        else ui.encyclopedia_missing = id;
    }
    if (ui.focused != PanelId::None) ui.focused = PanelId::Encyclopedia;
    select_center_tab(ui, CenterTab::Encyclopedia);
}

void select_center_tab(UiState& ui, CenterTab tab) {
    ui.center_tab = tab;
    ui.center_tab_requested = true;
}

void post_message(UiState& ui, const std::string& text, bool bad, bool toast) {
    ClientMessage message;
    message.time = local_time_text(std::time(nullptr), "%H:%M");
    message.text = text;
    message.bad = bad;
    ui.messages.push_back(std::move(message));
    constexpr size_t kKept = 200;
    if (ui.messages.size() > kKept) ui.messages.erase(ui.messages.begin(), ui.messages.end() - long(kKept));
    std::fprintf(stderr, "keystone: %s\n", text.c_str());
    if (toast) {
        ui.toast = text;
        ui.toast_bad = bad;
        ui.toast_until = ImGui::GetTime() + (bad ? 7.0 : 4.0);
    }
}

std::string label_id(const std::string& text, const char* id) { return text + "##" + id; }

void text_coloured(const ImVec4& colour, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
}

void text_dim(const std::string& text) { text_coloured(theme().text_dim, text); }

void text_dim_path(const std::string& path) {
    const float available = ImGui::GetContentRegionAvail().x;
    if (ImGui::CalcTextSize(path.c_str()).x <= available) {
        text_dim(path);
        return;
    }
    const char* const ellipsis = "...";
    const float budget = available - ImGui::CalcTextSize(ellipsis).x;
    size_t start = 0;
    while (start < path.size() && ImGui::CalcTextSize(path.c_str() + start).x > budget) {
        ++start;
        // Never cut inside a UTF-8 sequence (a home folder may have a Chinese name).
        while (start < path.size() && (static_cast<unsigned char>(path[start]) & 0xC0) == 0x80) ++start;
    }
    text_dim(ellipsis + path.substr(start));
    hover_tooltip(path);
}

void written_file_note(const std::string& outcome, const std::string& path, bool failed) {
    if (outcome.empty() && path.empty()) return;
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, failed ? theme().bad : theme().good);
    if (failed) text_wrapped(outcome);
    else ImGui::TextUnformatted(outcome.c_str());
    ImGui::PopStyleColor();
    if (failed || path.empty()) return;
    ImGui::SameLine();
    text_dim_path(path);
}

void text_dim_wrapped(const std::string& text) { text_coloured_wrapped(theme().text_dim, text); }

void text_coloured_wrapped(const ImVec4& colour, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    text_wrapped(text);
    ImGui::PopStyleColor();
}

void text_wrapped(const std::string& text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

void same_line_if_fits(float width, float spacing) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + spacing + width <= right) ImGui::SameLine(0.0f, spacing);
}

bool primary_button(const std::string& label, ImVec2 size) {
    ImGui::PushStyleColor(ImGuiCol_Button, theme().accent);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.05f, 0.05f, 0.05f, 1.0f));
    const bool clicked = ImGui::Button(label.c_str(), size);
    ImGui::PopStyleColor(2);
    return clicked;
}

float button_width(const std::string& label) {
    return ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

float radio_button_width(const std::string& label) {
    return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label.c_str(), nullptr, true).x;
}

void section_title(const std::string& text) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, theme().accent);
    text_wrapped(text);  // a long title in a narrow tile wraps rather than running past the edge
    ImGui::PopStyleColor();
    ImGui::Separator();
}

void hover_tooltip(const std::string& text) {
    if (!ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void encyclopedia_tooltip(const UiState& ui, const std::string& entry_id) {
    if (!ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) return;
    const EncyclopediaEntry* entry = ui.encyclopedia ? ui.encyclopedia->find(entry_id) : nullptr;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    if (entry) {
        text_coloured(theme().accent, entry->title);
        // The opening of the entry is enough for a tooltip; the panel shows the rest.
        std::string opening = entry->text.substr(0, 280);
        if (entry->text.size() > 280) opening += "...";
        ImGui::TextUnformatted(opening.c_str());
        text_dim(tr("encyclopedia.click_to_open"));
    } else {
        text_dim(trf("encyclopedia.no_entry", {entry_id}));
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

bool encyclopedia_link(UiState& ui, const std::string& text, const std::string& entry_id) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme().link);
    ImGui::PushTextWrapPos(0.0f);  // long terms wrap in narrow panels instead of being cut off
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) {
        // Underline on hover so the link is recognisable without relying on colour.
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y), max, to_u32(theme().link), 1.0f);
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    encyclopedia_tooltip(ui, entry_id);
    if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        open_entry(ui, entry_id);
        return true;
    }
    return false;
}

void focus_button(UiState& ui, PanelId panel) {
    // Drawn in the window's title bar (outside the content clip rect), so it never crowds the
    // panel's own first line; the cursor is restored so the panel's layout is unaffected.
    const bool focused = ui.focused == panel;
    const std::string text = focused ? tr("panel.restore") : tr("panel.focus");
    ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::CalcTextSize(text.c_str()).x + style.FramePadding.x * 2.0f;
    const ImVec2 window_pos = ImGui::GetWindowPos();
    const float title_height = ImGui::GetFontSize() + style.FramePadding.y * 2.0f;
    const ImVec2 saved = ImGui::GetCursorScreenPos();
    // The button must not count as content either: in a tile with a scrollbar it would reach
    // past the content area and make the panel "wider" than its window.
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 saved_extent = window->DC.CursorMaxPos;
    ImGui::PushClipRect(window_pos, ImVec2(window_pos.x + ImGui::GetWindowWidth(), window_pos.y + title_height), false);
    ImGui::SetCursorScreenPos(ImVec2(window_pos.x + ImGui::GetWindowWidth() - width - style.WindowPadding.x,
                                     window_pos.y + (title_height - ImGui::GetFontSize()) * 0.5f));
    ImGui::PushID(int(panel));
    if (ImGui::SmallButton(label_id(text, "focus").c_str())) ui.focused = focused ? PanelId::None : panel;
    ImGui::PopID();
    hover_tooltip(tr("panel.focus_hint"));
    ImGui::PopClipRect();
    ImGui::SetCursorScreenPos(saved);
    window->DC.CursorMaxPos = saved_extent;
}

void draw_node_marker(ImDrawList* draw_list, ImVec2 c, float r, const NodeStyle& style, ImU32 outline) {
    switch (style.shape) {
        case NodeShape::Circle:
            draw_list->AddCircleFilled(c, r, style.colour, 12);
            if (outline) draw_list->AddCircle(c, r, outline, 12, 1.0f);
            break;
        case NodeShape::Square:
            draw_list->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), style.colour);
            if (outline) draw_list->AddRect(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), outline);
            break;
        case NodeShape::Diamond: {
            const float d = r * 1.3f;
            draw_list->AddQuadFilled(ImVec2(c.x, c.y - d), ImVec2(c.x + d, c.y), ImVec2(c.x, c.y + d),
                                     ImVec2(c.x - d, c.y), style.colour);
            if (outline)
                draw_list->AddQuad(ImVec2(c.x, c.y - d), ImVec2(c.x + d, c.y), ImVec2(c.x, c.y + d),
                                   ImVec2(c.x - d, c.y), outline);
            break;
        }
        case NodeShape::Triangle: {
            const float d = r * 1.3f;
            const ImVec2 a(c.x, c.y - d), b(c.x + d * 0.87f, c.y + d * 0.5f), e(c.x - d * 0.87f, c.y + d * 0.5f);
            draw_list->AddTriangleFilled(a, b, e, style.colour);
            if (outline) draw_list->AddTriangle(a, b, e, outline);
            break;
        }
        case NodeShape::Star: {
            // Five-pointed star as a fan of triangles from the centre (convex pieces only).
            ImVec2 points[10];
            for (int i = 0; i < 10; ++i) {
                const float radius = (i % 2 == 0) ? r * 1.5f : r * 0.65f;
                const float angle = -1.5707963f + float(i) * 0.6283185f;
                points[i] = ImVec2(c.x + radius * std::cos(angle), c.y + radius * std::sin(angle));
            }
            for (int i = 0; i < 10; ++i) draw_list->AddTriangleFilled(c, points[i], points[(i + 1) % 10], style.colour);
            if (outline) draw_list->AddPolyline(points, 10, outline, ImDrawFlags_Closed, 1.0f);
            break;
        }
    }
}

}  // namespace keystone::client
