// Encyclopedia panel: the theory behind the game in short entries (assets/text/encyclopedia.json),
// listed by category and searchable. Other panels open an entry with open_entry(ui, id).
#include <algorithm>

#include "core/strings.h"
#include "panels/panels.h"
#include "widgets.h"

namespace keystone::client {

void draw_encyclopedia_panel(UiState& ui) {
    const Encyclopedia* encyclopedia = ui.encyclopedia;
    if (!encyclopedia || encyclopedia->entries().empty()) {
        text_dim(tr("encyclopedia.unavailable"));
        return;
    }
    const auto categories = encyclopedia->categories();
    auto category_title = [](const std::string& category) {
        return category.empty() ? std::string(tr("encyclopedia.general"))
                                : tr_or("encyclopedia.category." + category, humanize(category));
    };
    // Wide enough for the longest category heading (a tree node does not wrap; entries do), up to
    // a little over half the panel: headings are longer in some languages.
    const ImGuiStyle& style = ImGui::GetStyle();
    float heading = 0.0f;
    for (const std::string& category : categories) heading = std::max(heading, ImGui::CalcTextSize(category_title(category).c_str()).x);
    heading += ImGui::GetTreeNodeToLabelSpacing() + style.FramePadding.x * 2.0f + style.WindowPadding.x * 2.0f +
               style.ScrollbarSize + style.ItemSpacing.x;
    const float available = ImGui::GetContentRegionAvail().x;
    const float list_width = std::min(std::max({ImGui::GetFontSize() * 12.0f, available * 0.32f, heading}), available * 0.55f);

    // --- list by category, filtered by the search words ------------------------------------------
    ImGui::BeginChild("list", ImVec2(list_width, 0), true);
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputTextWithHint("##search", tr("encyclopedia.search_hint"), ui.encyclopedia_search,
                             sizeof ui.encyclopedia_search);
    const bool searching = ui.encyclopedia_search[0] != '\0';
    for (size_t c = 0; c < categories.size(); ++c) {
        ImGui::PushID(int(c));
        const std::string& category = categories[c];
        bool any = false;
        for (const auto& entry : encyclopedia->entries())
            if (entry.category == category && (!searching || encyclopedia->matches(entry, ui.encyclopedia_search))) { any = true; break; }
        if (!any) { ImGui::PopID(); continue; }
        const std::string title = category_title(category);
        // Open the category that holds the selection, so a link from another panel shows it.
        bool holds_selection = false;
        if (const auto* selected = encyclopedia->find(ui.encyclopedia_selected))
            holds_selection = selected->category == category;
        if (searching || (holds_selection && ui.encyclopedia_scroll)) ImGui::SetNextItemOpen(true);
        if (ImGui::TreeNodeEx(label_id(title, "category").c_str(), c == 0 ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
            for (size_t e = 0; e < encyclopedia->entries().size(); ++e) {
                const auto& entry = encyclopedia->entries()[e];
                if (entry.category != category) continue;
                if (searching && !encyclopedia->matches(entry, ui.encyclopedia_search)) continue;
                ImGui::PushID(int(e));
                const bool selected = entry.id == ui.encyclopedia_selected;
                // A long title wraps inside the list instead of running past its edge.
                const float wrap_width = ImGui::GetContentRegionAvail().x;
                const ImVec2 text_size = ImGui::CalcTextSize(entry.title.c_str(), nullptr, false, wrap_width);
                const ImVec2 at = ImGui::GetCursorScreenPos();
                if (ImGui::Selectable("##entry", selected, 0, ImVec2(wrap_width, text_size.y))) {
                    ui.encyclopedia_selected = entry.id;
                    ui.encyclopedia_missing.clear();
                }
                ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, to_u32(theme().text),
                                                    entry.title.c_str(), nullptr, wrap_width);
                if (selected && ui.encyclopedia_scroll) ImGui::SetScrollHereY(0.3f);
                ImGui::PopID();
            }
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
    ui.encyclopedia_scroll = false;

    // --- the entry -------------------------------------------------------------------------------
    ImGui::SameLine();
    ImGui::BeginChild("entry", ImVec2(0, 0), true);
    const EncyclopediaEntry* entry = encyclopedia->find(ui.encyclopedia_selected);
    if (!ui.encyclopedia_missing.empty()) text_coloured(theme().warning, trf("encyclopedia.no_entry", {ui.encyclopedia_missing}));
    if (!entry && !encyclopedia->entries().empty() && ui.encyclopedia_missing.empty()) entry = &encyclopedia->entries().front();
    if (entry) {
        ImGui::SetWindowFontScale(1.25f);  // the entry title reads as a heading from the back row
        ImGui::PushStyleColor(ImGuiCol_Text, theme().accent);
        text_wrapped(entry->title);
        ImGui::PopStyleColor();
        ImGui::SetWindowFontScale(1.0f);
        text_dim_wrapped(tr_or("encyclopedia.category." + entry->category, humanize(entry->category)));
        ImGui::Separator();
        text_wrapped(entry->text);
        if (!entry->source.empty()) {
            ImGui::Spacing();
            text_dim(tr("encyclopedia.source"));
            ImGui::PushStyleColor(ImGuiCol_Text, theme().text_dim);
            text_wrapped(entry->source);
            ImGui::PopStyleColor();
        }
    }
    ImGui::EndChild();
}

}  // namespace keystone::client
