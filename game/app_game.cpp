// The game screen: top bar, the three tiles (or two, or one focused panel), the centre tabs, the
// event modal and the tutorial; the main game's life: adopting a new or loaded game, saves,
// autosaves.
#include "app.h"
#include "app_internal.h"

#include <algorithm>
#include <ctime>

#include "core/error_text.h"
#include "core/files.h"
#include "core/message_text.h"
#include "core/strings.h"
#include "core/user_files.h"
#include "widgets.h"

namespace keystone::client {

Session* App::shown_session() {
    if (team_ && team_->player_park()) return team_->player_park();   // a class session's park
    if (viewer_) return &viewer_->session();
    if (branch_ && ui_.view == SessionView::Branch) return branch_->session.get();
    return session_.get();
}

void App::draw_main_screen() {
    Session* shown = shown_session();
    ui_.humans = human_roles(*shown);
    ui_.read_only = viewer_ != nullptr || ui_.class_team.ended;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImVec2 origin = viewport->WorkPos, area = viewport->WorkSize;
    const ImGuiStyle& style = ImGui::GetStyle();

    // --- top bar ------------------------------------------------------------------------------------
    // The bar is one row, or two when large text makes it wrap: its height follows its content.
    ImGui::SetNextWindowPos(origin);
    ImGui::SetNextWindowSizeConstraints(ImVec2(area.x, ImGui::GetFrameHeight() + style.WindowPadding.y * 2.0f),
                                        ImVec2(area.x, area.y * 0.3f));
    float bar_height = ImGui::GetFrameHeight() + style.WindowPadding.y * 2.0f;
    if (ImGui::Begin("###top_bar", nullptr, kTileFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar |
                                                ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_AlwaysAutoResize))
        draw_top_bar(*shown, ui_, clock_);
    bar_height = ImGui::GetWindowHeight();
    ImGui::End();
    // The replay viewer's or the branch's bar; it may seek (a new session) or change the view.
    float mode_height = 0.0f;
    ImGui::SetNextWindowPos(ImVec2(origin.x, origin.y + bar_height));
    draw_mode_bar(&mode_height);
    bar_height += mode_height;
    shown = shown_session();
    ui_.humans = human_roles(*shown);
    Session& session = *shown;

    const ImVec2 content_origin(origin.x, origin.y + bar_height);
    const ImVec2 content(area.x, area.y - bar_height);

    if (branch_ && !viewer_ && ui_.view == SessionView::Compare) {
        draw_compare_frame(session, content_origin, content);
        return;
    }

    if (ui_.focused != PanelId::None) {
        // One panel fills the screen: for a projector, or to read a long list.
        struct Focus { PanelId panel; const char* title_key; };
        const Focus focuses[] = {{PanelId::Stage, "panel.stage"}, {PanelId::Policies, "panel.policies"},
                                 {PanelId::Network, "panel.network"}, {PanelId::Charts, "panel.charts"},
                                 {PanelId::Log, "panel.log"}, {PanelId::Encyclopedia, "panel.encyclopedia"}};
        for (const Focus& focus : focuses) {
            if (focus.panel != ui_.focused) continue;
            begin_tile(focus.title_key, "focused", content_origin, content);
            const ImVec2 min = ImGui::GetWindowPos();
            const ImVec2 max(min.x + ImGui::GetWindowWidth(), min.y + ImGui::GetWindowHeight());
            switch (focus.panel) {
                case PanelId::Stage: draw_stage_panel(session, ui_); ui_.targets[int(TutorialTarget::Stage)] = {min, max}; break;
                case PanelId::Policies: draw_policy_panel(session, ui_); ui_.targets[int(TutorialTarget::Policies)] = {min, max}; break;
                case PanelId::Network: draw_network_view(session, ui_); break;
                case PanelId::Charts: draw_charts_panel(session, ui_); break;
                case PanelId::Log: draw_log_panel(session, ui_); break;
                case PanelId::Encyclopedia: draw_encyclopedia_panel(ui_); break;
                case PanelId::None: break;
            }
            ImGui::End();
        }
    } else if (content.x >= ImGui::GetFontSize() * 56.0f) {
        // Three columns: the stage (why), the centre views (what happens), the policies (what to do).
        const float font = ImGui::GetFontSize();
        const float side = std::clamp(content.x * 0.26f, font * 14.0f, font * 26.0f);
        const float right = std::clamp(content.x * 0.27f, font * 14.0f, font * 26.0f);
        const float middle = std::max(font * 16.0f, content.x - side - right);

        begin_tile("panel.stage", "stage", content_origin, ImVec2(side, content.y));
        ui_.targets[int(TutorialTarget::Stage)] = {content_origin, ImVec2(content_origin.x + side, content_origin.y + content.y)};
        draw_stage_panel(session, ui_);
        ImGui::End();

        draw_center_tile(ImVec2(content_origin.x + side, content_origin.y), ImVec2(middle, content.y));

        const ImVec2 right_origin(content_origin.x + side + middle, content_origin.y);
        begin_tile("panel.policies", "policies", right_origin, ImVec2(right, content.y));
        ui_.targets[int(TutorialTarget::Policies)] = {right_origin, ImVec2(right_origin.x + right, content_origin.y + content.y)};
        draw_policy_panel(session, ui_);
        ImGui::End();
    } else {
        // Two columns when large text leaves too little width (a projector at 1280x800 and a
        // big UI scale): stage and policies share the left tile as tabs, the views keep room.
        const float font = ImGui::GetFontSize();
        const float side = std::clamp(content.x * 0.38f, font * 14.0f, font * 24.0f);
        const float middle = content.x - side;
        begin_tile("panel.decisions", "side", content_origin, ImVec2(side, content.y));
        const ScreenRect side_rect{content_origin, ImVec2(content_origin.x + side, content_origin.y + content.y)};
        ui_.targets[int(TutorialTarget::Stage)] = side_rect;
        ui_.targets[int(TutorialTarget::Policies)] = side_rect;
        if (ImGui::BeginTabBar("side_tabs")) {
            const bool request = ui_.side_tab_requested;
            const ImGuiTabItemFlags stage_flags = request && ui_.side_tab == 0 ? ImGuiTabItemFlags_SetSelected : 0;
            const ImGuiTabItemFlags policy_flags = request && ui_.side_tab == 1 ? ImGuiTabItemFlags_SetSelected : 0;
            if (ImGui::BeginTabItem(label_id(tr("panel.stage"), "stage").c_str(), nullptr, stage_flags)) {
                if (!request) ui_.side_tab = 0;
                draw_stage_panel(session, ui_);
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem(label_id(tr("panel.policies"), "policies").c_str(), nullptr, policy_flags)) {
                if (!request) ui_.side_tab = 1;
                draw_policy_panel(session, ui_);
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
        ui_.side_tab_requested = false;
        ImGui::End();

        draw_center_tile(ImVec2(content_origin.x + side, content_origin.y), ImVec2(middle, content.y));
    }

    draw_event_modal(session, ui_);
    if (draw_tutorial(session, ui_)) finish_tutorial();
}

// The centre tile (charts, network, log ...) at `origin`, in both the three- and two-column layout.
void App::draw_center_tile(ImVec2 origin, ImVec2 size) {
    begin_tile("panel.views", "center", origin, size);
    ui_.targets[int(TutorialTarget::Center)] = {origin, ImVec2(origin.x + size.x, origin.y + size.y)};
    draw_center_tabs();
    ImGui::End();
}

void App::draw_center_tabs() {
    struct Tab { CenterTab tab; const char* title_key; };
    const Tab tabs[] = {{CenterTab::Network, "panel.network"}, {CenterTab::Charts, "panel.charts"},
                        {CenterTab::Log, "panel.log"}, {CenterTab::Encyclopedia, "panel.encyclopedia"}};
    if (!ImGui::BeginTabBar("center_tabs")) return;
    for (const Tab& tab : tabs) {
        const ImGuiTabItemFlags flags =
            (ui_.center_tab_requested && ui_.center_tab == tab.tab) ? ImGuiTabItemFlags_SetSelected : 0;
        if (ImGui::BeginTabItem(label_id(tr(tab.title_key), tab.title_key).c_str(),
                                nullptr, flags)) {
            // A click on a tab changes the selection; a request from code waits for its frame.
            if (!ui_.center_tab_requested) ui_.center_tab = tab.tab;
            switch (tab.tab) {
                case CenterTab::Network: draw_network_view(*shown_session(), ui_); break;
                case CenterTab::Charts: draw_charts_panel(*shown_session(), ui_); break;
                case CenterTab::Log: draw_log_panel(*shown_session(), ui_); break;
                case CenterTab::Encyclopedia: draw_encyclopedia_panel(ui_); break;
                case CenterTab::Count: break;
            }
            ImGui::EndTabItem();
        }
    }
    ImGui::EndTabBar();
    ui_.center_tab_requested = false;
}

void App::adopt_session(std::unique_ptr<Session> session, const std::optional<ScenarioAdjustments>& adjustments) {
    session_ = std::move(session);
    adjustments_ = adjustments;
    viewer_.reset();
    branch_.reset();
    ui_.view = SessionView::Main;
    ui_.read_only = false;
    ui_.humans = session_->config().human;
    ui_.screen = Screen::Main;
    ui_.focused = PanelId::None;
    ui_.policy_message.clear();
    ui_.event_message.clear();
    ui_.export_message.clear();
    ui_.export_path = "keystone-results-" + session_->scenario().id + "-" + std::to_string(session_->config().seed) + ".json";
    ui_.tutorial_active = false;
    ui_.whatif.initialised = false;
    ui_.compare_hidden_lines.clear();
    select_center_tab(ui_, CenterTab::Network);
    clock_ = SimClock();  // a new game starts paused at 1x: the teacher explains first
    results_shown_once_ = session_->finished();
    score_tick_ = -1;
    report_mods(*session_);
}

void App::finish_tutorial() {
    if (!session_ || auto_phase_ != AutoPhase::Off) return;
    settings_.mark_tutorial_done(session_->scenario().id);
    std::string error;
    if (!save_settings(settings_, settings_path_, &error)) std::fprintf(stderr, "keystone: %s\n", error.c_str());
}

void App::save_game_now() {
    // The game on screen: the main game, or the branch while it is shown.
    Session* target = viewer_ ? nullptr : shown_session();
    if (!target) return;
    const FileResult result = save_game(*target, adjustments_, saves_dir(), std::time(nullptr));
    if (result.ok)
        post_message(ui_, trf(target == session_.get() ? "files.saved" : "files.saved_branch", {result.path}), false, true);
    else
        post_message(ui_, trf("files.save_failed", {error_text(result.message)}), true, true);
}

bool App::load_game_from(const std::string& path) {
    std::optional<ScenarioAdjustments> adjustments;
    std::string error;
    std::unique_ptr<Session> loaded = load_game(path, scripts_dir_, mods_dir_, &adjustments, &error);
    if (!loaded) {
        // The current game stays as it was.
        ui_.load_list.error = error;
        post_message(ui_, trf("files.load_failed", {error_text(error)}), true, true);
        return false;
    }
    adopt_session(std::move(loaded), adjustments);
    post_message(ui_, trf("files.loaded", {path, session_->date_string(session_->world().tick)}), false, true);
    return true;
}

void App::autosave_if_due(int32_t tick_before) {
    if (!session_ || !crosses_year(tick_before, session_->world().tick)) return;
    // Made here (a copy of the state), written by the worker; its outcome arrives in
    // report_autosave a frame or two later.
    nlohmann::json save = session_->save_json();
    save["client"] = client_block(*session_, adjustments_, std::time(nullptr));
    autosave_writer_.start(std::move(save), autosaves_dir(), kAutosavesKept);
}

void App::report_autosave() {
    // A failed autosave is written to the log; the game goes on.
    const std::optional<std::string> problem = autosave_writer_.poll();
    if (problem && !problem->empty()) post_message(ui_, trf("files.autosave_failed", {error_text(*problem)}), true, false);
}

void App::report_mods(const Session& session) {
    for (const Message& line : session.mod_messages())
        post_message(ui_, trf("start.mod_line", {message_text(line)}), mod_line_skipped(line), false);
}

}  // namespace keystone::client
