// Tutorial: a short tour on the first run of a scenario. Each step dims the screen except the
// region it explains (rectangles the panels recorded this frame) and offers Next / Skip. It
// speaks to the roles played at this screen and the scenario, and ends on the first thing to
// watch: the first failing condition of the next stage.
#include <algorithm>

#include "core/stage_advice.h"
#include "core/strings.h"
#include "panels/panels.h"
#include "widgets.h"

namespace keystone::client {

namespace {
struct TutorialStep {
    const char* title_key;
    const char* body_key;
    int target;            // TutorialTarget, or -1 for none (centred)
    int center_tab;        // CenterTab to show, or -1 to keep
    int stage_tab;         // the stage panel's tab (0 ladder, 1 goals), or -1 to keep
};

const TutorialStep kSteps[] = {
    {"tutorial.welcome.title", "tutorial.welcome.body", -1, int(CenterTab::Network), -1},
    {"tutorial.goals.title", "tutorial.goals.body", int(TutorialTarget::Stage), -1, 1},
    {"tutorial.stage.title", "tutorial.stage.body", int(TutorialTarget::Stage), -1, 0},
    {"tutorial.policies.title", "tutorial.policies.body", int(TutorialTarget::Policies), -1, -1},
    {"tutorial.network.title", "tutorial.network.body", int(TutorialTarget::Center), int(CenterTab::Network), -1},
    {"tutorial.speed.title", "tutorial.speed.body", int(TutorialTarget::Speed), -1, -1},
    {"tutorial.budget.title", "tutorial.budget.body", int(TutorialTarget::Budget), -1, -1},
    {"tutorial.charts.title", "tutorial.charts.body", int(TutorialTarget::Center), int(CenterTab::Charts), -1},
    {"tutorial.look.title", "tutorial.look.body", int(TutorialTarget::Stage), -1, 0},
};

// Who plays at this screen, as a key suffix: "operator", "government", "both" or "none".
std::string roles_key(const UiState& ui) {
    if (ui.humans[0] && ui.humans[1]) return "both";
    if (ui.humans[0]) return "operator";
    return ui.humans[1] ? "government" : "none";
}

std::string step_title(const TutorialStep& step, const Session& session) {
    if (std::string(step.title_key) == "tutorial.welcome.title") return trf(step.title_key, {session.scenario().name});
    return tr(step.title_key);
}

std::string step_body(const TutorialStep& step, const Session& session, const UiState& ui) {
    const std::string key = step.body_key;
    if (key == "tutorial.welcome.body") return trf((key + "." + roles_key(ui)).c_str(), {session.scenario().name});
    if (key == "tutorial.policies.body") return tr((key + "." + roles_key(ui)).c_str());
    if (key != "tutorial.look.body") return tr(step.body_key);
    const StageCondition* condition = first_failing_condition(session);
    if (!condition) return tr("tutorial.look.body_holding");
    const ComparedText shown = format_compared(condition->value, condition->threshold);
    std::string text = trf("tutorial.look.body", {tr_or("condition." + condition->id, humanize(condition->id)),
                                                  shown.value, shown.threshold});
    const std::vector<FirstMoveView> moves = first_moves(session, ui.humans);
    if (!moves.empty()) text += " " + trf("tutorial.look.first_move", {session.policies()[size_t(moves.front().def_index)].name});
    return text;
}
constexpr int kStepCount = int(sizeof kSteps / sizeof kSteps[0]);

// Dims everything outside target so the eye goes to the region being explained.
void dim_outside(ImDrawList* draw_list, const ScreenRect& target, ImVec2 display) {
    const ImU32 shade = IM_COL32(0, 0, 0, 150);
    if (!target.valid()) {
        draw_list->AddRectFilled(ImVec2(0, 0), display, shade);
        return;
    }
    draw_list->AddRectFilled(ImVec2(0, 0), ImVec2(display.x, target.min.y), shade);
    draw_list->AddRectFilled(ImVec2(0, target.max.y), display, shade);
    draw_list->AddRectFilled(ImVec2(0, target.min.y), ImVec2(target.min.x, target.max.y), shade);
    draw_list->AddRectFilled(ImVec2(target.max.x, target.min.y), ImVec2(display.x, target.max.y), shade);
    draw_list->AddRect(ImVec2(target.min.x - 3, target.min.y - 3), ImVec2(target.max.x + 3, target.max.y + 3),
                       to_u32(theme().highlight), 4.0f, 0, 4.0f);
}
}  // namespace

int tutorial_step_count() { return kStepCount; }

bool draw_tutorial(const Session& session, UiState& ui) {
    if (!ui.tutorial_active) return false;
    ui.tutorial_step = std::clamp(ui.tutorial_step, 0, kStepCount - 1);
    const TutorialStep& step = kSteps[ui.tutorial_step];
    if (step.center_tab >= 0 && ui.center_tab != CenterTab(step.center_tab)) select_center_tab(ui, CenterTab(step.center_tab));
    // In the two-column layout stage and policies share a tile: show the one being explained.
    const int side_tab = step.target == int(TutorialTarget::Policies) ? 1 : (step.target == int(TutorialTarget::Stage) ? 0 : -1);
    if (side_tab >= 0 && ui.side_tab != side_tab) {
        ui.side_tab = side_tab;
        ui.side_tab_requested = true;
    }
    if (step.stage_tab >= 0 && ui.stage_tab != step.stage_tab && !session.scenario().goals.empty()) {
        ui.stage_tab = step.stage_tab;
        ui.stage_tab_requested = true;
    }

    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const ScreenRect target = step.target >= 0 ? ui.targets[size_t(step.target)] : ScreenRect{};
    // The dimming lives in its own full-screen window that takes no input: above the panels
    // (created with NoBringToFrontOnFocus, they stay at the back), below the tutorial window, and clicks still reach the
    // highlighted controls so the player can try them while reading.
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(display);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    if (ImGui::Begin("##tutorial_dim", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoBackground |
                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing))
        dim_outside(ImGui::GetWindowDrawList(), target, display);
    ImGui::End();
    ImGui::PopStyleVar();

    const float width = std::min(display.x * 0.9f, ImGui::GetFontSize() * 26.0f);
    ImVec2 position(display.x * 0.5f - width * 0.5f, display.y * 0.3f);
    if (target.valid()) {
        const float gap = ImGui::GetFontSize();
        if (target.max.x + gap + width < display.x) position = ImVec2(target.max.x + gap, target.min.y + gap);
        else if (target.min.x - gap - width > 0.0f) position = ImVec2(target.min.x - gap - width, target.min.y + gap);
        else position = ImVec2(std::clamp(target.min.x, 0.0f, display.x - width), target.max.y + gap);
        // Inside a wide target (the centre area) the window sits over its lower part instead.
        if (target.max.x - target.min.x > display.x * 0.35f && target.max.y - target.min.y > display.y * 0.4f)
            position = ImVec2(target.min.x + gap, target.max.y - ImGui::GetFontSize() * 12.0f);
        position.y = std::clamp(position.y, 0.0f, display.y - ImGui::GetFontSize() * 12.0f);
    }
    ImGui::SetNextWindowPos(position, ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
    bool ended = false;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 3.0f);
    ImGui::PushStyleColor(ImGuiCol_Border, theme().highlight);
    if (ImGui::Begin(label_id(tr("tutorial.window_title"), "tutorial").c_str(), nullptr,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
        text_dim(trf("tutorial.step_of", {std::to_string(ui.tutorial_step + 1), std::to_string(kStepCount)}));
        text_coloured(theme().accent, step_title(step, session));
        ImGui::Spacing();
        text_wrapped(step_body(step, session, ui));
        ImGui::Spacing();
        const bool last = ui.tutorial_step == kStepCount - 1;
        if (ImGui::Button(label_id(last ? tr("tutorial.finish") : tr("tutorial.next"), "next").c_str())) {
            if (last) ended = true;
            else ui.tutorial_step += 1;
        }
        ImGui::SameLine();
        if (ui.tutorial_step > 0 && ImGui::Button(label_id(tr("tutorial.back"), "back").c_str())) ui.tutorial_step -= 1;
        ImGui::SameLine();
        if (!last && ImGui::Button(label_id(tr("tutorial.skip"), "skip").c_str())) ended = true;
    }
    ImGui::End();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    if (ended) {
        ui.tutorial_active = false;
        ui.tutorial_step = 0;
    }
    return ended;
}

}  // namespace keystone::client
