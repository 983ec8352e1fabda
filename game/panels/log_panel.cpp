// Log panel: the world's log (policies, events, stage changes, firms, enablers) newest first,
// filtered by kind and text, and the script errors with file:line so a modder can fix them.
#include <algorithm>
#include <cctype>

#include "core/error_text.h"
#include "core/log_view.h"
#include "core/log_text.h"
#include "core/strings.h"
#include "panels/panels.h"
#include "widgets.h"

namespace keystone::client {

namespace {
bool contains_folded(const std::string& haystack, const char* needle) {
    if (!needle || !*needle) return true;
    auto lower = [](unsigned char c) { return char(std::tolower(c)); };
    std::string h(haystack), n(needle);
    std::transform(h.begin(), h.end(), h.begin(), lower);
    std::transform(n.begin(), n.end(), n.begin(), lower);
    return h.find(n) != std::string::npos;
}

ImVec4 kind_colour(const std::string& kind) {
    if (kind == "stage") return theme().accent;
    if (kind == "script_error") return theme().bad;
    if (kind == "event") return theme().warning;
    if (kind == "policy") return theme().link;
    return theme().text_dim;
}
}  // namespace

void draw_log_panel(const Session& session, UiState& ui) {
    const World& world = session.world();

    // --- script errors first: a broken script changes what the class sees ------------------------
    const auto& errors = session.script_errors();
    if (!errors.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme().bad);
        const bool open = ImGui::CollapsingHeader(
            label_id(trf("log.script_errors", {std::to_string(errors.size())}), "errors").c_str(),
            ImGuiTreeNodeFlags_DefaultOpen);
        ImGui::PopStyleColor();
        if (open) {
            for (size_t i = 0; i < errors.size(); ++i) {
                const ScriptError& error = errors[i];
                ImGui::PushID(int(i));
                text_coloured(theme().bad, session.date_string(error.tick) + "  " + error.file + ":" +
                                               std::to_string(error.line) + "  [" + error.script_id + "]");
                ImGui::Indent(ImGui::GetFontSize());
                text_wrapped(error_text(error.message));
                ImGui::Unindent(ImGui::GetFontSize());
                ImGui::PopID();
            }
        }
    }

    // --- the client's own messages: saves, loads, mods, reloads ----------------------------------
    if (!ui.messages.empty()) {
        const bool open = ImGui::CollapsingHeader(
            label_id(trf("log.messages", {std::to_string(ui.messages.size())}), "messages").c_str(),
            ImGuiTreeNodeFlags_DefaultOpen);
        hover_tooltip(tr("log.messages_tooltip"));
        if (open) {
            constexpr size_t kShown = 12;
            const size_t first = ui.messages.size() > kShown ? ui.messages.size() - kShown : 0;
            for (size_t i = ui.messages.size(); i-- > first;) {
                const ClientMessage& message = ui.messages[i];
                ImGui::PushID(int(i));
                text_dim(message.time);
                ImGui::SameLine();
                ImGui::PushStyleColor(ImGuiCol_Text, message.bad ? theme().bad : theme().text);
                text_wrapped(message.text);
                ImGui::PopStyleColor();
                ImGui::PopID();
            }
            if (first > 0) text_dim(trf("log.messages_more", {std::to_string(first)}));
        }
    }

    // --- filters -----------------------------------------------------------------------------------
    std::vector<std::string> kinds;
    for (const LogEntry& entry : world.log)
        if (std::find(kinds.begin(), kinds.end(), entry.kind) == kinds.end()) kinds.push_back(entry.kind);
    std::sort(kinds.begin(), kinds.end());
    for (size_t k = 0; k < kinds.size(); ++k) {
        ImGui::PushID(int(k));
        auto hidden = std::find(ui.hidden_log_kinds.begin(), ui.hidden_log_kinds.end(), kinds[k]);
        bool shown = hidden == ui.hidden_log_kinds.end();
        if (k > 0) ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, kind_colour(kinds[k]));
        if (ImGui::Checkbox(tr_or("log.kind." + kinds[k], humanize(kinds[k])).c_str(), &shown)) {
            if (shown) ui.hidden_log_kinds.erase(hidden);
            else ui.hidden_log_kinds.push_back(kinds[k]);
        }
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    ImGui::InputTextWithHint("##search", tr("log.search_hint"), ui.log_search, sizeof ui.log_search);

    // --- entries, newest first ---------------------------------------------------------------------
    std::vector<size_t> visible;
    visible.reserve(world.log.size());
    for (size_t i = world.log.size(); i-- > 0;) {
        const LogEntry& entry = world.log[i];
        if (std::find(ui.hidden_log_kinds.begin(), ui.hidden_log_kinds.end(), entry.kind) != ui.hidden_log_kinds.end())
            continue;
        // The search reads what the player sees, in the chosen language.
        if (ui.log_search[0] != 0 && !contains_folded(localized_log_text(entry), ui.log_search)) continue;
        visible.push_back(i);
    }
    ImGui::BeginChild("entries", ImVec2(0, 0), true);
    if (visible.empty()) text_dim(tr("log.empty"));
    // Column offsets are measured from the window's left edge, so the padding counts.
    const float date_width = ImGui::GetCursorPosX() + ImGui::CalcTextSize("0000-00").x + ImGui::GetFontSize();
    const float kind_width = ImGui::GetFontSize() * 6.5f;
    // Entries wrap, so their heights differ: the clipper needs fixed heights, so draw all entries
    // but stop early once far below the visible region (the log grows by a few lines a month).
    const float bottom = ImGui::GetScrollY() + ImGui::GetWindowHeight();
    const std::vector<LogRow> rows = fold_log_rows(world.log, visible);
    for (size_t row = 0; row < rows.size(); ++row) {
        if (ImGui::GetCursorPosY() > bottom + ImGui::GetFontSize() * 40.0f) {
            // Reserve the rest roughly so the scrollbar stays meaningful.
            ImGui::Dummy(ImVec2(1.0f, float(rows.size() - row) * ImGui::GetTextLineHeightWithSpacing()));
            break;
        }
        const LogEntry& entry = world.log[rows[row].newest];
        ImGui::PushID(int(rows[row].newest));
        text_dim(session.date_string(entry.tick));
        ImGui::SameLine(date_width);
        text_coloured(kind_colour(entry.kind), tr_or("log.kind." + entry.kind, humanize(entry.kind)));
        ImGui::SameLine(date_width + kind_width);
        const std::string text = readable_log_text(localized_log_text(entry), session.strategies());
        if (rows[row].count == 1)
            text_wrapped(text);
        else
            text_wrapped(trf("log.repeated", {text, std::to_string(rows[row].count),
                                              session.date_string(world.log[rows[row].oldest].tick)}));
        ImGui::PopID();
    }
    ImGui::EndChild();
}

}  // namespace keystone::client
