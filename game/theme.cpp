// Theme loading and the ImGui style; see theme.h.
#include "theme.h"

#include <filesystem>
#include <fstream>
#include <map>

#include <nlohmann/json.hpp>

namespace keystone::client {

namespace {
Theme& mutable_theme() {
    static Theme value;
    return value;
}

bool parse_hex(const std::string& text, ImVec4* out) {
    if (text.size() != 7 && text.size() != 9) return false;
    if (text[0] != '#') return false;
    unsigned int rgba[4] = {0, 0, 0, 255};
    for (size_t i = 0; i + 1 < text.size() && i / 2 < 4; i += 2) {
        try {
            rgba[i / 2] = unsigned(std::stoul(text.substr(i + 1, 2), nullptr, 16));
        } catch (...) {
            return false;
        }
    }
    *out = ImVec4(rgba[0] / 255.0f, rgba[1] / 255.0f, rgba[2] / 255.0f, rgba[3] / 255.0f);
    return true;
}

// Built-in defaults: the same Okabe-Ito choices as the shipped theme file, so a missing file
// still gives a usable, colour-blind-safe client.
void set_defaults(Theme* t) {
    auto hex = [](const char* text) { ImVec4 c; parse_hex(text, &c); return c; };
    t->background = hex("#15181C"); t->window = hex("#1E2228"); t->frame = hex("#2C323A");
    t->frame_hovered = hex("#3A424C"); t->title = hex("#262B33"); t->border = hex("#4A525C");
    t->text = hex("#F2F2F2"); t->text_dim = hex("#B4BAC2"); t->accent = hex("#E69F00");
    t->button = hex("#0072B2"); t->button_hovered = hex("#1A86C6"); t->good = hex("#009E73");
    t->bad = hex("#D55E00"); t->warning = hex("#F0E442"); t->link = hex("#56B4E9");
    t->highlight = hex("#F0E442");
    t->internal_tie = to_u32(hex("#8C96A3")); t->external_tie = to_u32(hex("#E69F00"));
    t->grid = to_u32(hex("#343B44"));
    t->series.clear();
    for (const char* c : {"#56B4E9", "#E69F00", "#009E73", "#F0E442", "#D55E00", "#CC79A7", "#F2F2F2", "#0072B2"})
        t->series.push_back(to_u32(hex(c)));
    const char* stages[] = {"#BBBBBB", "#56B4E9", "#009E73", "#E69F00", "#D55E00", "#CC79A7"};
    for (int i = 0; i < kStageCount; ++i) t->stage_colours[i] = to_u32(hex(stages[i]));
    const std::pair<const char*, NodeShape> nodes[kNodeKindCount] = {
        {"#56B4E9", NodeShape::Circle}, {"#009E73", NodeShape::Square}, {"#CC79A7", NodeShape::Diamond},
        {"#F0E442", NodeShape::Triangle}, {"#E69F00", NodeShape::Square}, {"#D55E00", NodeShape::Square},
        {"#E69F00", NodeShape::Diamond}, {"#F0E442", NodeShape::Star}, {"#F2F2F2", NodeShape::Circle},
        {"#BBBBBB", NodeShape::Triangle}, {"#F2F2F2", NodeShape::Diamond}};
    for (int i = 0; i < kNodeKindCount; ++i) t->nodes[i] = {to_u32(hex(nodes[i].first)), nodes[i].second};
}

NodeShape shape_from_name(const std::string& name) {
    if (name == "square") return NodeShape::Square;
    if (name == "diamond") return NodeShape::Diamond;
    if (name == "triangle") return NodeShape::Triangle;
    if (name == "star") return NodeShape::Star;
    return NodeShape::Circle;
}
}  // namespace

const Theme& theme() {
    static bool initialized = false;
    if (!initialized) {
        set_defaults(&mutable_theme());
        initialized = true;
    }
    return mutable_theme();
}

ImU32 to_u32(const ImVec4& colour) { return ImGui::ColorConvertFloat4ToU32(colour); }

ImU32 series_colour(int index) {
    const auto& series = theme().series;
    if (series.empty()) return IM_COL32(200, 200, 200, 255);
    return series[size_t(index) % series.size()];
}

bool load_theme(const std::string& path, const std::string& data_dir, std::string* error) {
    (void)theme();  // defaults first: the file only overrides what it names
    Theme& t = mutable_theme();
    namespace fs = std::filesystem;
    nlohmann::json document;
    {
        std::ifstream in(path);
        if (in) document = nlohmann::json::parse(in, nullptr, false);
    }
    std::error_code code;
    auto find_font = [&](const std::string& file, const std::vector<std::string>& folders) {
        for (const auto& folder : folders) {
            fs::path candidate = fs::path(folder) / file;
            if (candidate.is_relative()) candidate = fs::path(data_dir) / candidate;
            if (fs::is_regular_file(candidate, code)) return candidate.string();
        }
        return std::string();
    };
    if (!document.is_object()) {
        t.font_path = find_font("DejaVuSans.ttf", {"assets/fonts", "/usr/share/fonts/truetype/dejavu"});
        t.cjk_font_path = find_font("wqy-microhei.ttc", {"assets/fonts", "/usr/share/fonts/truetype/wqy"});
        if (error) *error = "theme file " + path + " missing or not JSON; using built-in theme";
        return false;
    }

    std::map<std::string, ImVec4> palette;
    if (document.contains("palette") && document["palette"].is_object())
        for (auto it = document["palette"].begin(); it != document["palette"].end(); ++it) {
            ImVec4 colour;
            if (it->is_string() && parse_hex(it->get<std::string>(), &colour)) palette[it.key()] = colour;
        }
    // A colour value is either "#RRGGBB" or the name of a palette entry.
    auto colour = [&](const nlohmann::json& value, ImVec4* out) {
        if (!value.is_string()) return;
        const std::string text = value.get<std::string>();
        if (auto it = palette.find(text); it != palette.end()) { *out = it->second; return; }
        parse_hex(text, out);
    };

    if (document.contains("font") && document["font"].is_object()) {
        const auto& font = document["font"];
        std::vector<std::string> folders;
        if (font.contains("search") && font["search"].is_array())
            for (const auto& folder : font["search"]) if (folder.is_string()) folders.push_back(folder.get<std::string>());
        t.font_path = find_font(font.value("file", std::string("DejaVuSans.ttf")), folders);
        t.base_font_px = font.value("base_size_px", 20.0f);
        std::vector<std::string> cjk_folders;
        if (font.contains("cjk_search") && font["cjk_search"].is_array())
            for (const auto& folder : font["cjk_search"]) if (folder.is_string()) cjk_folders.push_back(folder.get<std::string>());
        if (font.contains("cjk_file") && font["cjk_file"].is_string())
            t.cjk_font_path = find_font(font["cjk_file"].get<std::string>(), cjk_folders);
        t.cjk_font_index = font.value("cjk_face", 0);
    }
    if (document.contains("ui") && document["ui"].is_object()) {
        const auto& ui = document["ui"];
        struct Slot { const char* name; ImVec4* target; };
        const Slot slots[] = {{"background", &t.background}, {"window", &t.window}, {"frame", &t.frame},
                              {"frame_hovered", &t.frame_hovered}, {"title", &t.title}, {"border", &t.border},
                              {"text", &t.text}, {"text_dim", &t.text_dim}, {"accent", &t.accent},
                              {"button", &t.button}, {"button_hovered", &t.button_hovered}, {"good", &t.good},
                              {"bad", &t.bad}, {"warning", &t.warning}, {"link", &t.link},
                              {"highlight", &t.highlight}};
        for (const Slot& slot : slots)
            if (ui.contains(slot.name)) colour(ui[slot.name], slot.target);
        struct Packed { const char* name; ImU32* target; };
        const Packed packed[] = {{"internal_tie", &t.internal_tie}, {"external_tie", &t.external_tie}, {"grid", &t.grid}};
        for (const Packed& slot : packed)
            if (ui.contains(slot.name)) {
                ImVec4 value = ImGui::ColorConvertU32ToFloat4(*slot.target);
                colour(ui[slot.name], &value);
                *slot.target = to_u32(value);
            }
    }
    if (document.contains("series") && document["series"].is_array()) {
        t.series.clear();
        for (const auto& item : document["series"]) {
            ImVec4 value(0.8f, 0.8f, 0.8f, 1.0f);
            colour(item, &value);
            t.series.push_back(to_u32(value));
        }
    }
    if (document.contains("stages") && document["stages"].is_object())
        for (int i = 0; i < kStageCount; ++i) {
            const char* name = stage_name(Stage(i));
            if (!document["stages"].contains(name)) continue;
            ImVec4 value = ImGui::ColorConvertU32ToFloat4(t.stage_colours[i]);
            colour(document["stages"][name], &value);
            t.stage_colours[i] = to_u32(value);
        }
    if (document.contains("node_kinds") && document["node_kinds"].is_object())
        for (int i = 0; i < kNodeKindCount; ++i) {
            const char* name = node_kind_name(NodeKind(i));
            if (!document["node_kinds"].contains(name)) continue;
            const auto& style = document["node_kinds"][name];
            ImVec4 value = ImGui::ColorConvertU32ToFloat4(t.nodes[i].colour);
            if (style.contains("colour")) colour(style["colour"], &value);
            t.nodes[i].colour = to_u32(value);
            if (style.contains("shape") && style["shape"].is_string()) t.nodes[i].shape = shape_from_name(style["shape"]);
        }
    if (document.contains("sizes") && document["sizes"].is_object()) {
        const auto& sizes = document["sizes"];
        t.node_radius_px = sizes.value("node_radius_px", t.node_radius_px);
        t.hub_radius_px = sizes.value("hub_radius_px", t.hub_radius_px);
        t.chart_line_px = sizes.value("chart_line_px", t.chart_line_px);
        t.chart_height_px = sizes.value("chart_height_px", t.chart_height_px);
        t.tie_line_px = sizes.value("tie_line_px", t.tie_line_px);
        t.network_max_ties = sizes.value("network_max_ties", t.network_max_ties);
        t.frame_budget_ms = sizes.value("frame_budget_ms", t.frame_budget_ms);
        t.frame_cap_fps = sizes.value("frame_cap_fps", t.frame_cap_fps);
    }
    if (t.font_path.empty()) t.font_path = find_font("DejaVuSans.ttf", {"/usr/share/fonts/truetype/dejavu"});
    if (t.cjk_font_path.empty()) t.cjk_font_path = find_font("wqy-microhei.ttc", {"/usr/share/fonts/truetype/wqy"});
    return true;
}

void apply_imgui_style(float ui_scale) {
    const Theme& t = theme();
    ImGuiStyle style;  // fresh: ScaleAllSizes multiplies, so start from unscaled values each time
    ImGui::StyleColorsDark(&style);
    style.WindowRounding = 4.0f;
    style.FrameRounding = 3.0f;
    style.GrabRounding = 3.0f;
    style.WindowPadding = ImVec2(10, 8);
    style.FramePadding = ImVec2(8, 4);
    style.ItemSpacing = ImVec2(10, 6);
    style.ScrollbarSize = 18.0f;  // easy to grab on a touch board or a projector remote
    style.WindowBorderSize = 1.0f;
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = t.text;
    c[ImGuiCol_TextDisabled] = t.text_dim;
    c[ImGuiCol_WindowBg] = t.window;
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = t.window;
    c[ImGuiCol_Border] = t.border;
    c[ImGuiCol_FrameBg] = t.frame;
    c[ImGuiCol_FrameBgHovered] = t.frame_hovered;
    c[ImGuiCol_FrameBgActive] = t.frame_hovered;
    c[ImGuiCol_TitleBg] = t.title;
    c[ImGuiCol_TitleBgActive] = t.title;
    c[ImGuiCol_MenuBarBg] = t.title;
    c[ImGuiCol_Button] = t.button;
    c[ImGuiCol_ButtonHovered] = t.button_hovered;
    c[ImGuiCol_ButtonActive] = t.accent;
    c[ImGuiCol_Header] = t.frame;
    c[ImGuiCol_HeaderHovered] = t.frame_hovered;
    c[ImGuiCol_HeaderActive] = t.button;
    c[ImGuiCol_Tab] = t.frame;
    c[ImGuiCol_TabHovered] = t.button_hovered;
    c[ImGuiCol_TabActive] = t.button;
    c[ImGuiCol_CheckMark] = t.accent;
    // The slider's value is written over its grab: white on blue stays readable, white on orange did not.
    c[ImGuiCol_SliderGrab] = t.button;
    c[ImGuiCol_SliderGrabActive] = t.button_hovered;
    c[ImGuiCol_PlotHistogram] = t.good;
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.6f);
    style.ScaleAllSizes(ui_scale);
    ImGui::GetStyle() = style;
}

}  // namespace keystone::client
