// The replay viewer: saving the main game as a replay, opening one (shown instead of the game),
// closing it, and the mode bar under the top bar (the viewer's timeline, or the branch's bar).
#include "app.h"
#include "app_internal.h"

#include <ctime>
#include <filesystem>

#include "core/error_text.h"
#include "core/files.h"
#include "core/strings.h"
#include "core/user_files.h"
#include "theme.h"

namespace keystone::client {

void App::save_replay_now() {
    // A replay records the game from its first month with one strategy per role, so only the
    // main game has one (a branch changed a role's player half-way).
    if (!session_ || viewer_) return;
    const FileResult result = save_replay(*session_, adjustments_, replays_dir(), std::time(nullptr));
    if (result.ok) post_message(ui_, trf("files.replay_saved", {result.path}), false, true);
    else post_message(ui_, trf("files.replay_save_failed", {result.message}), true, true);
}

bool App::open_replay(const std::string& path) {
    std::string error;
    std::unique_ptr<ReplayPlayer> player = ReplayPlayer::open_file(path, content(), &error);
    if (!player) {
        ui_.replay_list.error = error;
        post_message(ui_, trf("files.replay_failed", {error_text(error)}), true, true);
        return false;
    }
    viewer_ = std::move(player);
    clock_ = SimClock();
    ui_.screen = Screen::Main;
    ui_.focused = PanelId::None;
    ui_.tutorial_active = false;
    ui_.policy_message.clear();
    ui_.event_message.clear();
    score_tick_ = -1;
    select_center_tab(ui_, CenterTab::Network);
    post_message(ui_, trf("files.replay_opened", {std::filesystem::path(path).filename().string(), std::to_string(viewer_->months())}),
                 false, true);
    return true;
}

void App::close_replay() {
    if (!viewer_) return;
    viewer_.reset();
    clock_.set_paused(true);
    ui_.read_only = false;
    score_tick_ = -1;
    if (!session_) show_start_screen();
}

void App::draw_mode_bar(float* height) {
    *height = 0.0f;
    if (!viewer_ && !branch_) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::SetNextWindowSizeConstraints(ImVec2(viewport->WorkSize.x, ImGui::GetFrameHeight() + style.WindowPadding.y * 2.0f),
                                        ImVec2(viewport->WorkSize.x, viewport->WorkSize.y * 0.4f));
    // Darker than the tiles, so the bar reads as "a mode is on" and its sliders stay visible.
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme().background);
    if (ImGui::Begin("###mode_bar", nullptr, kTileFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar |
                                                 ImGuiWindowFlags_AlwaysAutoResize)) {
        if (viewer_) draw_replay_bar(*viewer_, ui_, clock_);
        else draw_branch_bar(*session_, *branch_->session, branch_->plan, branch_->run_target, ui_);
    }
    *height = ImGui::GetWindowHeight();
    ImGui::End();
    ImGui::PopStyleColor();
}

}  // namespace keystone::client
