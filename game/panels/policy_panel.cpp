// Policy panel: the levers of the role(s) played at this screen. Every Enact/Repeal goes through
// core/ui_actions (the same function the tests call); a disabled button says why, in the
// engine's own words from Session::validate.
#include <algorithm>

#include "core/content_text.h"
#include "core/strings.h"
#include "panels/panels.h"
#include "widgets.h"

namespace keystone::client {

namespace {
std::string stage_label(Stage stage) {
    return tr_or(std::string("stage.") + stage_name(stage), stage_title(stage));
}

const PolicyInstance* active_instance(const Session& session, const std::string& id) {
    for (const PolicyInstance& instance : session.world().policies)
        if (instance.id == id) return &instance;
    return nullptr;
}

void draw_policy_details(const Session& session, const PolicyDef& policy, UiState& ui) {
    std::string cost = trf("policy.cost_once", {format_money(policy.cost_enact)});
    if (policy.cost_monthly != 0.0) cost += "   " + trf("policy.cost_monthly", {format_money(policy.cost_monthly)});
    ImGui::TextUnformatted(cost.c_str());
    ImGui::TextUnformatted((policy.duration_months > 0
                                ? trf("policy.duration_months", {std::to_string(policy.duration_months)})
                                : std::string(tr("policy.until_repealed"))).c_str());
    if (policy.min_stage != Stage::Flocking)
        ImGui::TextUnformatted(trf("policy.min_stage", {stage_label(policy.min_stage)}).c_str());
    if (!policy.prerequisites.empty()) {
        std::string names;
        for (const std::string& id : policy.prerequisites) {
            if (!names.empty()) names += ", ";
            names += policy_name_by_id(session, id);
            if (session.policy_active(id)) names += " \xE2\x9C\x93";  // check mark: already active
        }
        text_wrapped(trf("policy.requires", {names}));
    }
    if (!policy.description.empty()) {
        ImGui::Spacing();
        text_wrapped(content_text("policy." + policy.id + ".description", policy.description));
    }
    if (!policy.mechanism.empty()) {
        ImGui::Spacing();
        text_dim(tr("policy.mechanism"));
        text_wrapped(content_text("policy." + policy.id + ".mechanism", policy.mechanism));
    }
    if (!policy.concept_name.empty()) {
        ImGui::Spacing();
        text_dim(tr("policy.concept"));
        ImGui::SameLine();
        encyclopedia_link(ui, content_text("policy." + policy.id + ".concept", policy.concept_name), policy.concept_name);
    }
}

void draw_role_policies(Session& session, Role role, UiState& ui) {
    const auto& policies = session.policies();
    int shown = 0;
    // Active policies first: what is running now matters most when deciding the next move.
    for (int pass = 0; pass < 2; ++pass) {
        section_title(pass == 0 ? tr("policy.active") : tr("policy.available"));
        for (size_t i = 0; i < policies.size(); ++i) {
            const PolicyDef& policy = policies[i];
            if (policy.role != role || policy.disabled) continue;
            const PolicyInstance* instance = active_instance(session, policy.id);
            if ((pass == 0) != (instance != nullptr)) continue;
            shown += 1;
            ImGui::PushID(int(i));

            const std::string blocker = instance ? repeal_blocker(session, role, policy.id)
                                                 : enact_blocker(session, role, policy.id);
            const bool queued = is_policy_command_queued(session, role, policy.id);
            // Button first (fixed width at the right), then the name as a tree node that expands
            // into the details.
            const std::string button_text = queued ? tr("policy.queued")
                                                   : (instance ? tr("policy.repeal") : tr("policy.enact"));
            const float button_width = ImGui::CalcTextSize(tr("policy.enact")).x +
                                       ImGui::CalcTextSize(tr("policy.repeal")).x * 0.2f +
                                       ImGui::GetStyle().FramePadding.x * 2.0f + ImGui::GetFontSize();
            const float start_x = ImGui::GetCursorPosX();
            const float right = ImGui::GetWindowContentRegionMax().x;
            std::string title = content_text("policy." + policy.id + ".name", policy.name);
            if (instance && instance->expires_tick >= 0)
                title += "  (" + trf("policy.until", {session.date_string(instance->expires_tick)}) + ")";
            // The name wraps (a narrow panel at projector font size) and toggles the details;
            // the open flag lives in ImGui's per-window storage under this policy's id.
            ImGuiStorage* storage = ImGui::GetStateStorage();
            const ImGuiID open_key = ImGui::GetID("open");
            // "Show this policy" (the goals' first move): open it and scroll it into view once.
            if (ui.open_policy == policy.id) {
                storage->SetBool(open_key, true);
                ImGui::SetScrollHereY(0.1f);
                ui.open_policy.clear();
            }
            const bool open = storage->GetBool(open_key, false) || ui.expand_all_policies;
            ImGui::PushTextWrapPos(right - button_width - ImGui::GetStyle().ItemSpacing.x);
            ImGui::TextUnformatted(((open ? "\xE2\x96\xBC " : "\xE2\x96\xB6 ") + title).c_str());  // down/right triangles
            ImGui::PopTextWrapPos();
            if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            if (ImGui::IsItemClicked()) storage->SetBool(open_key, !open);
            // The replay viewer shows the policies, but nobody at this screen may act.
            if (ui.read_only) {
                if (open) {
                    ImGui::Indent(ImGui::GetFontSize());
                    draw_policy_details(session, policy, ui);
                    ImGui::Unindent(ImGui::GetFontSize());
                    ImGui::Spacing();
                }
                ImGui::PopID();
                continue;
            }
            ImGui::SameLine(std::max(start_x, right - button_width));
            ImGui::BeginDisabled(!blocker.empty());
            if (!instance) ImGui::PushStyleColor(ImGuiCol_Button, theme().button);
            else ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(theme().bad.x * 0.8f, theme().bad.y * 0.8f, theme().bad.z * 0.8f, 1.0f));
            if (ImGui::Button(label_id(button_text, "act").c_str(), ImVec2(button_width, 0.0f))) {
                ui.policy_message = instance ? request_repeal(session, role, policy.id)
                                             : request_enact(session, role, policy.id);
            }
            ImGui::PopStyleColor();
            ImGui::EndDisabled();
            if (!blocker.empty()) hover_tooltip(blocker);
            else hover_tooltip(instance ? tr("policy.repeal_tooltip") : tr("policy.enact_tooltip"));

            // Why a button is grey, without hovering: a class reads it off the projector.
            if (!blocker.empty() && !queued) {
                ImGui::Indent(ImGui::GetFontSize());
                ImGui::PushStyleColor(ImGuiCol_Text, theme().text_dim);
                text_wrapped(blocker);
                ImGui::PopStyleColor();
                ImGui::Unindent(ImGui::GetFontSize());
            }
            if (open) {
                ImGui::Indent(ImGui::GetFontSize());
                draw_policy_details(session, policy, ui);
                ImGui::Unindent(ImGui::GetFontSize());
                ImGui::Spacing();
            }
            ImGui::PopID();
        }
    }
    if (shown == 0) text_dim(tr("policy.none"));
}
}  // namespace

void draw_policy_panel(Session& session, UiState& ui) {
    const bool both = ui.humans[0] && ui.humans[1];
    ImGui::Checkbox(tr("policy.expand_all"), &ui.expand_all_policies);
    if (ui.read_only) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme().warning);
        text_wrapped(tr("replay.read_only"));
        ImGui::PopStyleColor();
    }
    if (!ui.policy_message.empty()) {
        text_coloured(theme().bad, ui.policy_message);
        ImGui::SameLine();
        if (ImGui::SmallButton(label_id(tr("common.dismiss"), "dismiss").c_str())) ui.policy_message.clear();
    }
    if (!ui.humans[0] && !ui.humans[1]) {
        text_dim(tr("policy.spectator"));
        return;
    }
    if (both) {
        if (ImGui::BeginTabBar("roles")) {
            for (int r = 0; r < kRoleCount; ++r) {
                ImGui::PushID(r);
                const std::string name = tr_or(std::string("role.") + role_name(Role(r)), role_name(Role(r)));
                if (ImGui::BeginTabItem(label_id(name, "role").c_str())) {
                    ui.policy_role_tab = r;
                    ImGui::BeginChild("list");
                    draw_role_policies(session, Role(r), ui);
                    ImGui::EndChild();
                    ImGui::EndTabItem();
                }
                ImGui::PopID();
            }
            ImGui::EndTabBar();
        }
        return;
    }
    const Role role = ui.humans[0] ? Role::Operator : Role::Government;
    ImGui::BeginChild("list");
    draw_role_policies(session, role, ui);
    ImGui::EndChild();
}

}  // namespace keystone::client
