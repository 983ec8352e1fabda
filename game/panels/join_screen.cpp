// "Join a session": the facilitator's address and port, the join code, the team's name and the
// role(s) it plays. Sets join_requested; a refusal comes back in choices.error, in the host's words.
#include <algorithm>

#include "classroom.h"
#include "core/strings.h"
#include "widgets.h"

namespace keystone::client {

void draw_join_screen(JoinChoices& choices) {
    ImGui::SetWindowFontScale(1.4f);
    text_coloured(theme().accent, tr("join.title"));
    ImGui::SetWindowFontScale(1.0f);
    text_dim_wrapped(tr("join.note"));
    ImGui::Separator();
    const float label_width = ImGui::GetFontSize() * 11.0f;
    const auto field_label = [&](const char* key) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(key));
        ImGui::SameLine(label_width);
        ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 16.0f, ImGui::GetContentRegionAvail().x));
    };
    field_label("join.host");
    ImGui::InputText("##host", choices.host, sizeof choices.host);
    hover_tooltip(tr("join.host_tooltip"));
    field_label("host.port");
    ImGui::InputInt("##port", &choices.port, 0);
    choices.port = std::clamp(choices.port, 1, 65535);
    field_label("join.code");
    ImGui::InputText("##code", choices.code, sizeof choices.code);
    field_label("join.name");
    ImGui::InputText("##name", choices.name, sizeof choices.name);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("start.role"));
    const char* role_keys[] = {"start.role_operator", "start.role_government", "start.role_both"};
    for (int r = 0; r < 3; ++r) {
        if (r == 0) ImGui::SameLine(label_width);
        else same_line_if_fits(radio_button_width(tr(role_keys[r])), ImGui::GetStyle().ItemSpacing.x);
        ImGui::PushID(r);
        if (ImGui::RadioButton(tr(role_keys[r]), choices.role_choice == r)) choices.role_choice = r;
        ImGui::PopID();
    }
    text_dim_wrapped(tr("join.clock_note"));
    if (!choices.error.empty()) text_coloured_wrapped(theme().bad, choices.error);
    ImGui::Spacing();
    ImGui::BeginDisabled(choices.code[0] == '\0' || choices.host[0] == '\0');
    if (primary_button(label_id(tr("join.join"), "join"), ImVec2(0.0f, ImGui::GetFrameHeight() * 1.4f)))
        choices.join_requested = true;
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(label_id(tr("class.back"), "join_back").c_str(), ImVec2(0.0f, ImGui::GetFrameHeight() * 1.4f)))
        choices.back_requested = true;
}

}  // namespace keystone::client
