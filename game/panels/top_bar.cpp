// Top bar: the calendar, the speed controls, the budgets of the roles played here and the
// current stage. The one place a player controls time.
#include <algorithm>

#include "core/strings.h"
#include "panels/panels.h"
#include "widgets.h"

namespace keystone::client {

namespace {
void record_target(UiState& ui, TutorialTarget target, ImVec2 min, ImVec2 max) {
    ui.targets[int(target)] = {min, max};
}

// A speed button that shows its selected state by fill and by a frame, not by colour alone.
bool speed_button(const std::string& label, bool selected) {
    if (selected) {
        ImGui::PushStyleColor(ImGuiCol_Button, theme().accent);
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.05f, 0.05f, 0.05f, 1.0f));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f);
    }
    const bool clicked = ImGui::Button(label.c_str());
    if (selected) {
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(2);
    }
    return clicked;
}

// Pause, the speeds and Step; returns the lower right corner of the Step button (the tutorial's target).
ImVec2 draw_speed_controls(const Session& session, SimClock& clock) {
    ImGui::BeginDisabled(session.finished());
    if (ImGui::Button(label_id(clock.paused() ? tr("top.play") : tr("top.pause"), "pause").c_str()))
        clock.toggle_pause();
    hover_tooltip(tr("top.pause_tooltip"));
    for (int speed : SimClock::kSpeeds) {
        ImGui::SameLine();
        ImGui::PushID(speed);
        // The chosen speed stays marked while paused: it is the speed Play resumes at.
        if (speed_button(std::to_string(speed) + "x", clock.ticks_per_second() == speed)) {
            clock.set_ticks_per_second(speed);
            clock.set_paused(false);
        }
        hover_tooltip(trf("top.speed_tooltip", {std::to_string(speed)}));
        ImGui::PopID();
    }
    ImGui::SameLine();
    if (ImGui::Button(label_id(tr("top.step"), "step").c_str())) clock.request_single_step();
    hover_tooltip(tr("top.step_tooltip"));
    ImGui::EndDisabled();
    const ImVec2 speed_max = ImGui::GetItemRectMax();
    if (clock.paused() && !session.finished()) {
        ImGui::SameLine();
        text_coloured(theme().warning, tr("top.paused"));
    }
    return speed_max;
}
}  // namespace

void draw_top_bar(const Session& session, UiState& ui, SimClock& clock) {
    const World& world = session.world();
    ImGui::AlignTextToFramePadding();
    text_coloured(theme().accent, session.date_string(world.tick));
    hover_tooltip(trf("top.date_tooltip", {std::to_string(world.tick), std::to_string(world.end_tick)}));

    // --- speed controls -----------------------------------------------------------------------
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 1.2f);
    const ImVec2 speed_min = ImGui::GetCursorScreenPos();
    const bool waiting = !ui.read_only && next_unanswered_event(session, ui.humans) != nullptr;
    ImVec2 speed_max;
    if (ui.class_team.joined) {
        // A class session: the facilitator's clock moves every park; this screen only shows it.
        ImGui::AlignTextToFramePadding();
        if (ui.class_team.ended) text_dim(tr("class.over"));
        else if (ui.class_team.held) text_coloured(theme().warning, tr("class.held"));
        else text_dim(tr("class.clock"));
        if (ui.class_team.held && !ui.class_team.ended) hover_tooltip(ui.class_team.reason);
        else hover_tooltip(tr("class.clock_tooltip"));
        speed_max = ImGui::GetItemRectMax();
    } else {
        speed_max = draw_speed_controls(session, clock);
    }
    record_target(ui, TutorialTarget::Speed, speed_min, speed_max);

    // --- budgets of the roles played at this screen -------------------------------------------
    const ImVec2 budget_min(ImGui::GetItemRectMax().x + ImGui::GetFontSize(), speed_min.y);
    for (int r = 0; r < kRoleCount; ++r) {
        if (!ui.humans[r]) continue;
        const double budget = world.roles[r].budget;
        const std::string name = tr_or(std::string("role.") + role_name(Role(r)), role_name(Role(r)));
        // Groups wrap to a second row at large text sizes instead of running off the screen.
        same_line_if_fits(ImGui::CalcTextSize((name + ":  " + format_money(budget)).c_str()).x, ImGui::GetFontSize() * 1.2f);
        ImGui::TextUnformatted((name + ":").c_str());
        ImGui::SameLine();
        text_coloured(budget < 0.0 ? theme().bad : theme().text, format_money(budget));
        hover_tooltip(trf("top.budget_tooltip", {format_money(world.roles[r].income_this_tick),
                                                 format_money(world.roles[r].spending_this_tick)}));
    }
    record_target(ui, TutorialTarget::Budget, budget_min, ImGui::GetItemRectMax());

    // --- stage and alerts ----------------------------------------------------------------------
    const Stage stage = world.stage.stage;
    const std::string stage_title_text = tr_or(std::string("stage.") + stage_name(stage), stage_title(stage));
    same_line_if_fits(ImGui::CalcTextSize((std::string(tr("top.stage")) + "  " + stage_title_text).c_str()).x,
                      ImGui::GetFontSize() * 1.2f);
    text_dim(tr("top.stage"));
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme().stage_colours[int(stage)]));
    ImGui::TextUnformatted(stage_title_text.c_str());
    ImGui::PopStyleColor();
    encyclopedia_tooltip(ui, std::string("stage:") + stage_name(stage));
    if (ImGui::IsItemClicked()) open_entry(ui, std::string("stage:") + stage_name(stage));

    if (waiting) {
        same_line_if_fits(ImGui::CalcTextSize(tr("top.waiting_for_answer")).x, ImGui::GetFontSize());
        text_coloured(theme().warning, tr("top.waiting_for_answer"));
    } else if (session.finished()) {
        same_line_if_fits(ImGui::CalcTextSize(tr("top.show_results")).x + ImGui::GetFontSize(), ImGui::GetFontSize());
        if (ImGui::SmallButton(label_id(tr("top.show_results"), "results").c_str())) ui.screen = Screen::Results;
    }
    if (!session.script_errors().empty()) {
        same_line_if_fits(ImGui::GetFontSize() * 10.0f, ImGui::GetFontSize());
        ImGui::PushStyleColor(ImGuiCol_Button, theme().bad);
        if (ImGui::SmallButton(label_id(trf("top.script_errors", {std::to_string(session.script_errors().size())}),
                                        "errors").c_str()))
            select_center_tab(ui, CenterTab::Log);
        ImGui::PopStyleColor();
        hover_tooltip(tr("top.script_errors_tooltip"));
    }
}

}  // namespace keystone::client
