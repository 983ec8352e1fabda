// Theme: colours, sizes and the font come from assets/themes/default.json (Okabe-Ito palette).
// Panels ask theme() for a colour by meaning (good, bad, link, a node kind), never by value.
#pragma once
#include <string>
#include <vector>

#include <imgui.h>

#include "sim/types.h"

namespace keystone::client {

enum class NodeShape { Circle, Square, Diamond, Triangle, Star };

struct NodeStyle {
    ImU32 colour = IM_COL32(200, 200, 200, 255);
    NodeShape shape = NodeShape::Circle;
};

struct Theme {
    std::string font_path;          // resolved path of the TTF
    std::string cjk_font_path;      // resolved path of the CJK font merged into it (Chinese text)
    int cjk_font_index = 0;         // face inside a .ttc collection
    float base_font_px = 20.0f;
    ImVec4 background, window, frame, frame_hovered, title, border, text, text_dim;
    ImVec4 accent, button, button_hovered, good, bad, warning, link, highlight;
    ImU32 internal_tie = 0, external_tie = 0, grid = 0;
    std::vector<ImU32> series;      // chart lines, in order
    ImU32 stage_colours[kStageCount]{};
    NodeStyle nodes[kNodeKindCount];
    float node_radius_px = 5.0f, hub_radius_px = 10.0f;
    float chart_line_px = 2.5f, chart_height_px = 260.0f, tie_line_px = 1.0f;
    int network_max_ties = 400;   // past this many ties the network view draws only the backbone
    float frame_budget_ms = 8.0f;
    int frame_cap_fps = 60;
};

const Theme& theme();
// Loads the theme file; on failure keeps built-in defaults (same palette) and says why.
bool load_theme(const std::string& path, const std::string& data_dir, std::string* error);
// Applies colours and sizes to ImGui's style, scaled for the UI scale.
void apply_imgui_style(float ui_scale);
ImU32 series_colour(int index);
ImU32 to_u32(const ImVec4& colour);

}  // namespace keystone::client
