// Network view: enablers as nodes, joint-action ties as edges, over the whole panel. Positions
// come from core/network_layout: a node keeps its kind's angle and moves towards the centre as
// its degree grows (hub-centred), so hubs stand out; past a few hundred ties only the backbone
// is drawn, with the total said.
#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_map>
#include <vector>

#include "core/log_view.h"
#include "core/network_layout.h"
#include "core/strings.h"
#include "panels/panels.h"
#include "widgets.h"

namespace keystone::client {

namespace {
struct ViewNode {
    NodeId id;
    ImVec2 position;
};

std::string kind_label(NodeKind kind) {
    const char* name = node_kind_name(kind);
    return tr_or(std::string("node_kind.") + name, humanize(name));
}

// Every node that exists this tick: living agents, the two roles, and the outside-world nodes
// that some tie refers to (they have no agent list of their own).
std::vector<NodeId> collect_nodes(const World& world) {
    std::vector<NodeId> nodes;
    for (const Enterprise& firm : world.enterprises)
        if (firm.alive) nodes.push_back({NodeKind::Enterprise, firm.id});
    for (const Institute& institute : world.institutes) nodes.push_back({NodeKind::Institute, institute.id});
    for (const Provider& provider : world.providers) nodes.push_back({NodeKind::Provider, provider.id});
    for (const Fund& fund : world.funds)
        if (fund.exit_tick < 0) nodes.push_back({NodeKind::Fund, fund.id});
    for (const Organizer& organizer : world.organizers) nodes.push_back({NodeKind::Organizer, organizer.id});
    for (const PromotionOrg& org : world.promotion_orgs) nodes.push_back({NodeKind::PromotionOrg, org.id});
    nodes.push_back({NodeKind::Operator, 0});
    nodes.push_back({NodeKind::Government, 0});
    std::vector<uint64_t> seen;
    for (const Tie& tie : world.ties)
        for (const NodeId& end : {tie.a, tie.b})
            if (end.kind == NodeKind::Users || is_external(end.kind)) seen.push_back(end.key());
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (uint64_t key : seen) nodes.push_back({NodeKind(key >> 32), uint32_t(key & 0xffffffffu)});
    return nodes;
}

// Collects tie segments: into a LineBatch for the renderer's own line drawing when the app
// offers one (ui.line_sink), else straight into the draw list.
struct TieSegments {
    ImDrawList* draw_list;
    LineBatch* batch;   // null: draw with ImGui
    float thickness;
    void add(ImVec2 a, ImVec2 b, ImU32 colour) const {
        if (batch) {
            batch->segments.push_back({a, b, colour});
        } else {
            draw_list->AddLine(a, b, colour, thickness);
        }
    }
    void add_dashed(ImVec2 a, ImVec2 b, ImU32 colour, float dash) const {
        const float dx = b.x - a.x, dy = b.y - a.y;
        const float length = std::sqrt(dx * dx + dy * dy);
        if (length < 1.0f) return;
        const int pieces = std::clamp(int(length / dash), 2, 48);
        for (int i = 0; i < pieces; i += 2) {
            const float t0 = float(i) / float(pieces), t1 = float(i + 1) / float(pieces);
            add(ImVec2(a.x + dx * t0, a.y + dy * t0), ImVec2(a.x + dx * t1, a.y + dy * t1), colour);
        }
    }
};

ImU32 with_alpha(ImU32 colour, int alpha) { return (colour & 0x00FFFFFFu) | (ImU32(alpha) << 24); }

// One legend entry that is also a filter toggle: marker (or line sample) and label; a hidden
// kind is dimmed and struck through, so the state never rests on colour alone.
bool legend_item(const char* id, const std::string& label, bool shown, bool first,
                 const std::function<void(ImDrawList*, ImVec2)>& draw_key) {
    const float font = ImGui::GetFontSize();
    const float key_width = font * 1.4f;
    const ImVec2 size(key_width + 4.0f + ImGui::CalcTextSize(label.c_str()).x, ImGui::GetTextLineHeight());
    // Beside the entry before when it fits, else a new row. (Deciding before SameLine: a SameLine
    // then NewLine would leave the row's extent past the right edge by the spacing.)
    if (!first) same_line_if_fits(size.x, font * 0.9f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(id, size);
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    draw_key(draw_list, ImVec2(at.x + key_width * 0.5f, at.y + size.y * 0.5f));
    const ImU32 text_colour = to_u32(shown ? theme().text : theme().text_dim);
    draw_list->AddText(ImVec2(at.x + key_width + 4.0f, at.y), text_colour, label.c_str());
    if (!shown)
        draw_list->AddLine(ImVec2(at.x, at.y + size.y * 0.55f), ImVec2(at.x + size.x, at.y + size.y * 0.55f), text_colour, 1.5f);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return clicked;
}

void draw_legend(UiState& ui) {
    const float marker = ImGui::GetFontSize() * 0.33f;
    for (int k = 0; k < kNodeKindCount; ++k) {
        ImGui::PushID(k);
        const bool shown = ui.show_kind[size_t(k)];
        if (legend_item("kind", kind_label(NodeKind(k)), shown, k == 0, [&](ImDrawList* draw_list, ImVec2 centre) {
                NodeStyle style = theme().nodes[k];
                if (!shown) style.colour = with_alpha(style.colour, 80);
                draw_node_marker(draw_list, centre, marker, style, IM_COL32(0, 0, 0, 255));
            }))
            ui.show_kind[size_t(k)] = !shown;
        hover_tooltip(tr("network.legend_tooltip"));
        ImGui::PopID();
    }
    const float half = ImGui::GetFontSize() * 0.7f;
    if (legend_item("internal", tr("network.internal_ties"), ui.show_internal_ties, false, [&](ImDrawList* draw_list, ImVec2 c) {
            draw_list->AddLine(ImVec2(c.x - half, c.y), ImVec2(c.x + half, c.y), theme().internal_tie, 2.0f);
        }))
        ui.show_internal_ties = !ui.show_internal_ties;
    if (legend_item("external", tr("network.external_ties"), ui.show_external_ties, false, [&](ImDrawList* draw_list, ImVec2 c) {
            TieSegments{draw_list, nullptr, 2.0f}.add_dashed(ImVec2(c.x - half, c.y), ImVec2(c.x + half, c.y),
                                                              theme().external_tie, half * 0.5f);
        }))
        ui.show_external_ties = !ui.show_external_ties;
}
}  // namespace

void draw_network_view(const Session& session, UiState& ui) {
    const World& world = session.world();
    const Metrics& metrics = world.metrics;

    // --- headline: centralization, the measure of SF9 (meaningless without ties) -----------------
    if (world.ties.empty()) {
        text_dim(tr("network.no_ties"));
    } else {
        const char* label_name = centralization_label_name(metrics.centralization_label);
        ImGui::TextUnformatted(tr("network.centralization"));
        encyclopedia_tooltip(ui, "centralization");
        if (ImGui::IsItemClicked()) open_entry(ui, "centralization");
        ImGui::SameLine();
        text_coloured(theme().accent, format_number(metrics.centralization) + "  (" +
                                          tr_or(std::string("centralization.") + label_name, humanize(label_name)) + ")");
    }
    const std::string counts = trf("network.tie_counts", {std::to_string(world.ties.size()), format_share(metrics.external_tie_share)});
    same_line_if_fits(ImGui::CalcTextSize(counts.c_str()).x, ImGui::GetFontSize());
    text_dim(counts);
    if (world.ties.size() > size_t(std::max(0, theme().network_max_ties))) {
        const std::string thinned = trf("network.ties_thinned", {std::to_string(theme().network_max_ties)});
        same_line_if_fits(ImGui::CalcTextSize(thinned.c_str()).x, ImGui::GetFontSize());
        text_dim(thinned);
        hover_tooltip(tr("network.ties_thinned_tooltip"));
    }
    // The legend is also the filter; in a narrow panel it would leave no room for the network,
    // so there it starts folded (the button shows it).
    const bool legend_shown = ui.network_legend < 0 ? ImGui::GetContentRegionAvail().x >= ImGui::GetFontSize() * 30.0f
                                                    : ui.network_legend == 1;
    const std::string legend_button = label_id(legend_shown ? tr("network.hide_legend") : tr("network.show_legend"), "legend");
    same_line_if_fits(ImGui::CalcTextSize(legend_button.c_str()).x + ImGui::GetFontSize(), ImGui::GetFontSize());
    if (ImGui::SmallButton(legend_button.c_str())) ui.network_legend = legend_shown ? 0 : 1;
    if (legend_shown) draw_legend(ui);

    // --- canvas -----------------------------------------------------------------------------------
    ImVec2 canvas_min = ImGui::GetCursorScreenPos();
    ImVec2 canvas_size = ImGui::GetContentRegionAvail();
    canvas_size.x = std::max(canvas_size.x, 100.0f);
    canvas_size.y = std::max(canvas_size.y, 100.0f);
    // The invisible button owns mouse input over the canvas, so hover goes through ImGui.
    ImGui::InvisibleButton("network_canvas", canvas_size);
    const bool canvas_hovered = ImGui::IsItemHovered();
    const ImVec2 canvas_max(canvas_min.x + canvas_size.x, canvas_min.y + canvas_size.y);
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    draw_list->PushClipRect(canvas_min, canvas_max, true);

    const ImVec2 centre((canvas_min.x + canvas_max.x) * 0.5f, (canvas_min.y + canvas_max.y) * 0.5f);
    // The layout's unit disc stretched to the canvas (an ellipse that fills a wide panel), with a
    // margin for the outside-world labels in the corners.
    const float margin = ImGui::GetFontSize() * 1.5f;
    const float radius_x = std::max(10.0f, canvas_size.x * 0.5f - margin);
    const float radius_y = std::max(10.0f, canvas_size.y * 0.5f - margin);
    const float radius = std::min(radius_x, radius_y);

    const std::vector<NodeId> nodes = collect_nodes(world);
    std::unordered_map<uint64_t, int> degree;
    int max_degree = 1;
    for (const Tie& tie : world.ties) {
        max_degree = std::max({max_degree, degree[tie.a.key()] += 1, degree[tie.b.key()] += 1});
    }
    auto degree_of = [&](const NodeId& node) {
        auto it = degree.find(node.key());
        return it == degree.end() ? 0 : it->second;
    };
    auto to_screen_point = [&](const LayoutPoint& point) {
        return ImVec2(centre.x + float(point.x) * radius_x, centre.y + float(point.y) * radius_y);
    };
    auto to_screen = [&](const NodeId& node) {
        return to_screen_point(hub_position(node.kind, node.index, double(degree_of(node)) / double(max_degree)));
    };
    // A faint ring marks the outside world's zone.
    {
        ImVec2 ring[64];
        for (int i = 0; i < 64; ++i) {
            const float angle = float(i) * 6.2831853f / 64.0f;
            ring[i] = ImVec2(centre.x + 0.80f * radius_x * std::cos(angle), centre.y + 0.80f * radius_y * std::sin(angle));
        }
        draw_list->AddPolyline(ring, 64, theme().grid, ImDrawFlags_Closed, 1.0f);
    }

    // Hovered node: the nearest visible node within a few pixels of the mouse.
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const NodeId* hovered = nullptr;
    float best_distance = ImGui::GetFontSize() * 0.6f;
    if (canvas_hovered) {
        for (const NodeId& node : nodes) {
            if (!ui.show_kind[size_t(node.kind)]) continue;
            const ImVec2 at = to_screen(node);
            const float distance = std::hypot(at.x - mouse.x, at.y - mouse.y);
            if (distance < best_distance) { best_distance = distance; hovered = &node; }
        }
    }

    // --- ties: internal solid grey, external dashed orange; colour is never the only cue ---------
    // Thousands of ties late in a game: they go to the renderer as plain lines in one batch (the
    // software renderer draws a line far faster than the two triangles ImGui would send).
    // Past a few hundred ties a full drawing is a hairball: only the backbone (ties between the
    // best-connected nodes) is drawn, and the line above the canvas says how many of how many.
    const float thickness = theme().tie_line_px * std::max(1.0f, ImGui::GetFontSize() / 20.0f);
    std::vector<size_t> shown_ties;
    std::vector<std::pair<int, int>> end_degrees;
    for (size_t i = 0; i < world.ties.size(); ++i) {
        const Tie& tie = world.ties[i];
        if (!ui.show_kind[size_t(tie.a.kind)] || !ui.show_kind[size_t(tie.b.kind)]) continue;
        const bool external = is_external(tie.a.kind) || is_external(tie.b.kind);
        if (external ? !ui.show_external_ties : !ui.show_internal_ties) continue;
        shown_ties.push_back(i);
        end_degrees.emplace_back(degree_of(tie.a), degree_of(tie.b));
    }
    const size_t tie_limit = size_t(std::max(0, theme().network_max_ties));
    const std::vector<size_t> drawn = backbone_ties(end_degrees, tie_limit);
    const int tie_alpha = drawn.size() > 300 ? 110 : 160;
    LineBatch batch;
    TieSegments segments{draw_list, ui.line_sink ? &batch : nullptr, thickness};
    std::vector<std::pair<ImVec2, ImVec2>> highlighted;
    // The hovered node's ties are all drawn, backbone or not.
    if (hovered)
        for (size_t index : shown_ties) {
            const Tie& tie = world.ties[index];
            if (tie.a == *hovered || tie.b == *hovered) highlighted.emplace_back(to_screen(tie.a), to_screen(tie.b));
        }
    for (size_t d : drawn) {
        const Tie& tie = world.ties[shown_ties[d]];
        if (hovered && (tie.a == *hovered || tie.b == *hovered)) continue;
        const bool external = is_external(tie.a.kind) || is_external(tie.b.kind);
        const ImVec2 a = to_screen(tie.a), b = to_screen(tie.b);
        if (external) segments.add_dashed(a, b, with_alpha(theme().external_tie, std::min(255, tie_alpha + 60)),
                                          ImGui::GetFontSize() * 0.4f);
        else segments.add(a, b, with_alpha(theme().internal_tie, tie_alpha));
    }
    if (ui.line_sink && !batch.segments.empty()) ui.line_sink(draw_list, std::move(batch));
    // The hovered node's ties go on top, thick, through ImGui (few of them).
    for (const auto& [a, b] : highlighted) draw_list->AddLine(a, b, to_u32(theme().highlight), thickness * 2.0f);

    // --- nodes ------------------------------------------------------------------------------------
    // Marker size follows the UI scale and, within limits, the canvas: large text on a small
    // canvas must not turn the firms into a solid disc (the theme's sizes are for 300 px).
    const float ui_scale = ImGui::GetFontSize() / std::max(1.0f, theme().base_font_px);
    const float scale = std::clamp(radius / 300.0f, 0.6f, 1.6f) * std::clamp(ui_scale, 0.8f, 2.0f);
    for (const NodeId& node : nodes) {
        if (!ui.show_kind[size_t(node.kind)]) continue;
        const bool hub = node.kind == NodeKind::Operator || node.kind == NodeKind::Government ||
                         node.kind == NodeKind::PromotionOrg || node.kind == NodeKind::Organizer;
        const int node_degree = degree_of(node);
        // Size grows slowly with degree so hubs stand out without hiding their neighbours.
        float node_radius = (hub ? theme().hub_radius_px : theme().node_radius_px) * scale;
        node_radius *= 1.0f + 0.15f * std::log1p(float(node_degree));
        const bool is_hovered = hovered && node == *hovered;
        draw_node_marker(draw_list, to_screen(node), node_radius,
                         theme().nodes[size_t(node.kind)],
                         is_hovered ? to_u32(theme().highlight) : IM_COL32(0, 0, 0, 200));
    }
    // Zone labels for the outside world in the canvas corners nearest their sectors, where the
    // disc leaves room: they never cover a node.
    {
        const ImU32 colour = to_u32(theme().text_dim);
        const float pad = ImGui::GetFontSize() * 0.3f;
        const std::string domestic = kind_label(NodeKind::ExternalDomestic);
        const std::string international = kind_label(NodeKind::ExternalInternational);
        const std::string users = kind_label(NodeKind::Users);
        draw_list->AddText(ImVec2(canvas_max.x - ImGui::CalcTextSize(domestic.c_str()).x - pad, canvas_min.y + pad), colour,
                           domestic.c_str());
        draw_list->AddText(ImVec2(canvas_min.x + pad, canvas_min.y + pad), colour, international.c_str());
        draw_list->AddText(ImVec2(centre.x - ImGui::CalcTextSize(users.c_str()).x * 0.5f,
                                  canvas_max.y - ImGui::GetTextLineHeight() - pad),
                           colour, users.c_str());
    }
    draw_list->PopClipRect();

    if (hovered) {
        auto it = degree.find(hovered->key());
        ImGui::BeginTooltip();
        text_coloured(theme().accent, kind_label(hovered->kind));
        ImGui::TextUnformatted(trf("network.node_index", {std::to_string(hovered->index)}).c_str());
        ImGui::TextUnformatted(trf("network.node_degree", {std::to_string(it == degree.end() ? 0 : it->second)}).c_str());
        if (hovered->kind == NodeKind::Enterprise && hovered->index < world.enterprises.size()) {
            const Enterprise& firm = world.enterprises[hovered->index];
            const char* segment = segment_name(firm.segment);
            text_dim(tr_or(std::string("segment.") + segment, humanize(segment)));
            text_dim(trf("network.firm_quality", {format_number(firm.quality), format_share(firm.rd_intensity)}));
        }
        if (hovered->kind == NodeKind::Organizer && hovered->index < world.organizers.size())
            text_dim(organizer_display_name(world.organizers[hovered->index].name));
        ImGui::EndTooltip();
    }
}

}  // namespace keystone::client
