// "Host a class session": the scenario, seed, length, number of teams, port and LAN choice, and
// the join code drawn for this session, shown large for the projector. Sets start_requested; or
// resume_requested for a class the client left unfinished (its session save, app_classroom.cpp).
#include <algorithm>

#include "classroom.h"
#include "core/content_text.h"
#include "core/strings.h"
#include "widgets.h"

namespace keystone::client {

namespace {
// One row of the choices table: the label, then the field filling the rest of the row.
void field_label(const char* key) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(key));
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1.0f);
}

// Scenario, seed, years, teams and port as a two-column table (labels, then fields).
void draw_choices_table(HostChoices& choices, const StartChoices& scenarios) {
    if (!ImGui::BeginTable("choices", 2, ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthStretch);
    field_label("host.scenario");
    const auto name_of = [&](const std::string& id) {
        const auto found = scenarios.names.find(id);
        return scenario_name_text(id, found != scenarios.names.end() ? found->second : "");
    };
    if (ImGui::BeginCombo("##scenario", name_of(scenarios.scenarios[size_t(choices.scenario)]).c_str())) {
        for (size_t i = 0; i < scenarios.scenarios.size(); ++i) {
            ImGui::PushID(int(i));
            if (ImGui::Selectable(name_of(scenarios.scenarios[i]).c_str(), int(i) == choices.scenario)) choices.scenario = int(i);
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    field_label("start.seed");
    ImGui::InputScalar("##seed", ImGuiDataType_U64, &choices.seed);
    hover_tooltip(tr("start.seed_tooltip"));
    field_label("host.years");
    ImGui::SliderInt("##years", &choices.years, 1, kMaxYears);
    field_label("host.teams");
    ImGui::SliderInt("##teams", &choices.teams, 1, 12);
    hover_tooltip(tr("host.teams_tooltip"));
    field_label("host.port");
    ImGui::InputInt("##port", &choices.port, 0);
    choices.port = std::clamp(choices.port, 1024, 65535);
    ImGui::EndTable();
}

// "Resume a class": the classes a crashed or closed client left unfinished, newest first.
void draw_unfinished_classes(HostChoices& choices, const StartChoices& scenarios) {
    if (choices.unfinished.empty()) return;
    ImGui::Spacing();
    section_title(tr("host.resume_title"));
    text_dim_wrapped(tr("host.resume_note"));
    for (size_t i = 0; i < choices.unfinished.size(); ++i) {
        const UnfinishedClass& saved = choices.unfinished[i];
        const auto found = scenarios.names.find(saved.scenario_id);
        const std::string line =
            saved.month < 0 ? trf("host.resume_unreadable", {saved.saved_at, saved.session_path})
                            : trf("host.resume_line", {saved.saved_at, scenario_name_text(saved.scenario_id, found != scenarios.names.end() ? found->second : ""),
                                                       saved.join_code, std::to_string(saved.month), std::to_string(saved.end_month)});
        ImGui::PushID(int(i));
        if (ImGui::Button(label_id(tr("host.resume"), "host_resume").c_str())) choices.resume_requested = int(i);
        ImGui::PopID();
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        text_wrapped(line);
    }
}
}  // namespace

void draw_host_screen(HostChoices& choices, const StartChoices& scenarios, const SessionConfig& content) {
    ImGui::SetWindowFontScale(1.4f);
    text_coloured(theme().accent, tr("host.title"));
    ImGui::SetWindowFontScale(1.0f);
    text_dim_wrapped(tr("host.note"));
    ImGui::Separator();
    if (scenarios.scenarios.empty()) {
        text_coloured(theme().bad, trf("start.no_scenarios", {content.scripts_dir + "/scenarios"}));
        return;
    }
    choices.scenario = std::clamp(choices.scenario, 0, int(scenarios.scenarios.size()) - 1);
    const float half = ImGui::GetContentRegionAvail().x * 0.5f;
    ImGui::BeginChild("host_choices", ImVec2(half, ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 2.0f));
    draw_choices_table(choices, scenarios);
    // The label wraps beside the box (long in some languages).
    ImGui::Checkbox("##lan", &choices.lan);
    hover_tooltip(tr("host.lan_tooltip"));
    ImGui::SameLine();
    text_wrapped(tr("host.lan"));
    if (!choices.error.empty()) text_coloured_wrapped(theme().bad, choices.error);
    ImGui::EndChild();
    ImGui::SameLine();
    // The code, large: teams copy it from the projector.
    ImGui::BeginChild("host_code", ImVec2(0.0f, ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 2.0f), true);
    text_dim_wrapped(tr("host.code"));
    ImGui::SetWindowFontScale(2.4f);
    text_coloured(theme().accent, choices.join_code);
    ImGui::SetWindowFontScale(1.0f);
    text_dim_wrapped(trf("host.where", {choices.lan ? tr("host.where_lan") : "127.0.0.1", std::to_string(choices.port)}));
    // Under the code, where there is room at every size: after a crash this is what is wanted.
    draw_unfinished_classes(choices, scenarios);
    ImGui::EndChild();

    if (primary_button(label_id(tr("host.start"), "host_start"), ImVec2(0.0f, ImGui::GetFrameHeight() * 1.4f)))
        choices.start_requested = true;
    ImGui::SameLine();
    if (ImGui::Button(label_id(tr("class.back"), "host_back").c_str(), ImVec2(0.0f, ImGui::GetFrameHeight() * 1.4f)))
        choices.back_requested = true;
}

}  // namespace keystone::client
