// The unattended test run: --autoplay TICKS [--screenshot-dir DIR] [--frame-stats FILE] [--quit].
// Plays N months, then sets up each screenshot view, lets it settle and captures it.
#include "app.h"
#include "app_internal.h"

#include <SDL.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>

#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include "core/chart_series.h"
#include "core/files.h"
#include "core/user_files.h"

namespace keystone::client {

namespace {
// The debug pass of the screenshot run: every window shown this frame whose items reached past
// its right edge and that cannot scroll sideways (text cut off), or past its bottom and cannot
// scroll at all. The window's cursor extent of the frame just drawn is compared with its work
// area (what is visible inside the padding and scrollbars).
std::vector<std::string> clipped_windows() {
    std::vector<std::string> found;
    for (ImGuiWindow* window : ImGui::GetCurrentContext()->Windows) {
        // The main menu bar is laid out by ImGui itself.
        if (!window->Active || window->Hidden || (window->Flags & ImGuiWindowFlags_MenuBar)) continue;
        const bool sideways = (window->Flags & ImGuiWindowFlags_HorizontalScrollbar) != 0;
        const bool scrolls = (window->Flags & ImGuiWindowFlags_NoScrollbar) == 0;
        constexpr float kSlack = 2.0f;  // sub-pixel rounding of right-aligned items
        const float too_wide = window->DC.CursorMaxPos.x - window->WorkRect.Max.x;
        const float too_tall = window->DC.CursorMaxPos.y - window->WorkRect.Max.y;
        char line[256];
        if (!sideways && too_wide > kSlack) {
            std::snprintf(line, sizeof line, "window '%s': content %.0f px too wide", window->Name, too_wide);
            found.push_back(line);
        }
        if (!scrolls && too_tall > kSlack) {
            std::snprintf(line, sizeof line, "window '%s': content %.0f px too tall", window->Name, too_tall);
            found.push_back(line);
        }
    }
    return found;
}
}  // namespace

void App::setup_autoplay() {
    auto_phase_ = AutoPhase::Running;
    // N more months from where the game starts: after --load that is the saved month, not 0.
    autoplay_until_tick_ = (viewer_ ? viewer_->month() : shown_session()->world().tick) + options_.autoplay_ticks;
    ui_.tutorial_active = false;
    clock_.set_ticks_per_second(options_.autoplay_speed > 0 ? options_.autoplay_speed : SimClock::kMaxSpeed);
    clock_.set_paused(false);

    // Every shot below starts from the main game: no dialog, no viewer, no branch shown.
    auto reset = [this]() {
        ui_.screen = Screen::Main;
        ui_.focused = PanelId::None;
        ui_.tutorial_active = false;
        ui_.preview_event_def = -1;
        ui_.stage_tab = 0;
        ui_.stage_tab_requested = true;
        ui_.view = SessionView::Main;
        ui_.request_close_dialogs = true;
        ui_.hide_pending_events = true;
        ui_.toast.clear();  // a notice from the shot before would cover this one
        ui_.what_moved = {};
        if (viewer_ && session_) close_replay();
        return session_ != nullptr;
    };
    auto focus = [this, reset](PanelId panel) {
        return [this, reset, panel]() {
            if (!reset()) return false;
            ui_.focused = panel;
            return true;
        };
    };
    shots_ = {
        {"main", focus(PanelId::None)},
        {"stage", focus(PanelId::Stage)},
        {"network", focus(PanelId::Network)},
        // The mouse rests on the first chart: the shot shows the hover read-out too.
        {"charts", [this, focus]() { focus(PanelId::Charts)(); ui_.chart_page = 0; ui_.chart_page_requested = true; return true; },
         ImVec2(0.62f, 0.38f)},
        // "What moved this?" as a click on the all-firms line in the last month would open it.
        {"what_moved", [this, focus]() {
             if (!focus(PanelId::Charts)() || session_->history().empty()) return false;
             ui_.chart_page = 0;
             ui_.chart_page_requested = true;
             const ChartData chart = build_chart(*session_, ChartKind::FirmsBySize);
             ui_.what_moved = {true, true, chart.lines.front().metric, chart.lines.front().label, session_->history().back().tick};
             return true;
         }, ImVec2(0.62f, 0.38f)},
        {"charts_kpis", [this, focus]() {
             focus(PanelId::Charts)();
             ui_.chart_page = int(chart_pages().size()) - 1;
             ui_.chart_page_requested = true;
             return true;
         }},
        {"policies", [this, focus]() { focus(PanelId::Policies)(); ui_.expand_all_policies = true; return true; }},
        // F5 first: the log then shows the reload and the mods report among the game messages.
        {"log", [this, focus]() {
             focus(PanelId::Log)();
             ui_.expand_all_policies = false;
             reload_scripts();
             return true;
         }},
        {"encyclopedia", [this, focus]() {
             focus(PanelId::Encyclopedia)();
             if (session_ && !session_->world().stage.next_conditions.empty()) open_entry(ui_, session_->world().stage.next_conditions.front().id);
             return true;
         }},
        {"event_modal", [this, focus]() {
             if (!focus(PanelId::None)()) return false;
             ui_.hide_pending_events = false;
             if (next_unanswered_event(*session_, ui_.humans)) return true;
             // None pending: preview the first event a player here would answer.
             const auto& events = session_->events();
             for (size_t i = 0; i < events.size(); ++i)
                 if (ui_.humans[int(events[i].role)] && !events[i].disabled) { ui_.preview_event_def = int(i); return true; }
             return false;
         }},
        {"tutorial", [this, focus]() { focus(PanelId::None)(); ui_.tutorial_active = true; ui_.tutorial_step = 1; return true; }},
        {"results", [this]() { ui_.tutorial_active = false; ui_.focused = PanelId::None; ui_.screen = Screen::Results; return true; }},
        {"goals", [this, focus]() {
             if (!focus(PanelId::Stage)() || session_->scenario().goals.empty()) return false;
             ui_.stage_tab = 1;
             ui_.stage_tab_requested = true;
             return true;
         }},
        // Game > Save, then Game > Load: the list shows the save and the year's autosaves.
        {"load_dialog", [this, reset]() {
             if (!reset()) return false;
             save_game_now();
             ui_.open_load_dialog = true;
             return true;
         }},
        {"whatif_dialog", [this, reset]() {
             if (!reset()) return false;
             ui_.whatif.initialised = false;
             ui_.open_whatif_dialog = true;
             return true;
         }},
        // What if the government had offered incentives only, from a year before now?
        {"compare", [this, reset]() {
             if (!reset()) return false;
             ui_.whatif.initialised = true;
             ui_.whatif.by_hand = false;
             ui_.whatif.plan.fork_tick = std::max(0, session_->world().tick - 12);
             ui_.whatif.plan.role = Role::Government;
             ui_.whatif.plan.strategy = "incentives_only";
             ui_.compare_futures_open = false;
             if (!create_branch_now()) return false;
             branch_->run_target = session_->world().tick;
             while (branch_->run_target != -2) run_branch(1000.0);
             ui_.view = SessionView::Compare;
             ui_.toast.clear();  // the notice would cover the comparison
             return true;
         },
         ImVec2(0.80f, 0.68f)},
        // "Test this strategy over N futures" on the comparison, waited for (20 a side here, not
        // 200: the smoke test runs the client eight times on a shared machine).
        {"futures", [this]() {
             if (!branch_) return false;
             start_futures(20);
             while (!branch_->futures->finished()) SDL_Delay(20);
             ui_.view = SessionView::Compare;
             ui_.compare_futures_open = true;
             ui_.toast.clear();
             return true;
         }},
        // The same branch shown on its own: every panel reads the branch, the clock drives it.
        {"branch_view", [this]() {
             if (!branch_) return false;
             ui_.focused = PanelId::None;
             ui_.view = SessionView::Branch;
             ui_.toast.clear();
             return true;
         }},
        // Game > Save replay, then Game > Open replay, and a jump back on the timeline.
        {"replay_viewer", [this, reset]() {
             if (!reset()) return false;
             close_branch();
             const FileResult written = save_replay(*session_, adjustments_, replays_dir(), std::time(nullptr));
             if (!written.ok || !open_replay(written.path)) return false;
             viewer_->seek(viewer_->months());
             viewer_->seek(viewer_->months() * 2 / 3);
             return true;
         }},
        {"start_screen", [this]() { close_replay(); show_start_screen(); ui_.toast.clear(); return true; }},
        {"start_sandbox", [this]() {
             close_replay();
             ui_.toast.clear();
             show_start_screen();
             for (size_t i = 0; i < start_.scenarios.size(); ++i)
                 if (scenario_is_adjustable(start_.scenarios[i])) start_.selected = int(i);
             return true;
         }},
        // The classroom (app_classroom.cpp): the host and join forms, then a class on this
        // machine with three AI teams and this screen as the fourth team.
        {"host_screen", [this]() {
             open_host_screen();
             host_.join_code = "ROOM-7K2P";   // the drawn code would change every run
             ui_.toast.clear();
             return true;
         }},
        {"join_screen", [this]() {
             open_join_screen();
             std::snprintf(join_.code, sizeof join_.code, "ROOM-7K2P");
             std::snprintf(join_.name, sizeof join_.name, "Cranes");
             return true;
         }},
        {"console", [this]() {
             if (!setup_classroom_demo()) return false;
             ui_.screen = Screen::Host;
             ui_.toast.clear();
             return true;
         }},
        {"console_chart", [this]() {
             if (!console_) return false;
             console_->chart_choice = 5;   // another measure than the console shot's
             console_->view = 3;   // the chart's tab, where the console uses tabs
             console_->view_requested = true;
             return true;
         }},
        {"team_game", [this]() {
             if (!team_ || !team_->player_park()) return false;
             ui_.screen = Screen::Main;
             ui_.focused = PanelId::None;
             return true;
         }},
        // A crashed client: the console goes without a goodbye, the class is left unfinished and
        // "Host a class session" offers to resume it (from the session save in its folder).
        {"host_resume", [this]() {
             if (!console_) return false;
             console_.reset();
             open_host_screen();
             host_.join_code = "ROOM-7K2P";
             ui_.toast.clear();
             return !host_.unfinished.empty() && host_.unfinished.front().month == 14;
         }},
        // Resumed: the same class at the same month, its notes back; the teams rejoin.
        {"console_resumed", [this]() {
             if (host_.unfinished.empty() || !resume_hosting(host_.unfinished.front(), &host_.error)) return false;
             for (int round = 0; round < 200; ++round) service_classroom();
             ui_.toast.clear();
             return console_->facilitator->month() == 14 && std::string(console_->notes).find("Herons") != std::string::npos;
         }},
        // End session: the class bundle is written (gui_smoke.sh checks it) and the console says where.
        {"console_ended", [this]() {
             if (!console_) return false;
             end_class_session();
             console_->view = 1;   // the clock's tab, where the outcome shows
             console_->view_requested = true;
             ui_.screen = Screen::Host;
             ui_.toast.clear();
             return console_->bundle_error.empty();
         }},
    };
}

void App::autoplay_after_frame() {
    if (auto_phase_ == AutoPhase::Running) {
        const Session& shown = *shown_session();
        const bool done = shown.world().tick >= autoplay_until_tick_ || shown.finished() || (viewer_ && viewer_->at_end());
        if (!done) return;
        clock_.set_paused(true);
        auto_phase_ = options_.screenshot_dir.empty() ? AutoPhase::Done : AutoPhase::Screenshots;
        std::fprintf(stderr, "keystone: autoplay reached %s (tick %d)\n", shown.date_string(shown.world().tick).c_str(),
                     shown.world().tick);
        if (viewer_)
            std::fprintf(stderr, "keystone: replay %s\n",
                         viewer_->first_divergence() > 0
                             ? ("diverged at month " + std::to_string(viewer_->first_divergence())).c_str()
                             : ("verified through month " + std::to_string(viewer_->months_checked())).c_str());
        if (auto_phase_ == AutoPhase::Screenshots) {
            std::error_code code;
            std::filesystem::create_directories(options_.screenshot_dir, code);
        }
        shot_index_ = 0;
        shot_active_ = false;
    }
    if (auto_phase_ == AutoPhase::Screenshots) {
        // Each shot: set the UI up, let ImGui settle a few frames and a few hundred milliseconds
        // (tabs, popups and auto-sized windows take a frame or two to appear, fades take time),
        // then capture during the next render.
        while (!shot_active_ && shot_index_ < shots_.size()) {
            if (shots_[shot_index_].setup()) {
                shot_active_ = true;
                settle_frames_ = 4;
                settle_until_ms_ = now_ms() + 300.0;  // ImGui fades modal dimming in over ~0.2 s
            } else {
                std::fprintf(stderr, "keystone: nothing to show for %s, skipped\n", shots_[shot_index_].name.c_str());
                shot_index_ += 1;
            }
        }
        if (!shot_active_) {
            auto_phase_ = AutoPhase::Done;
            std::string error;
            if (!write_file_atomic((std::filesystem::path(options_.screenshot_dir) / "clipped.txt").string(), clip_report_, &error))
                std::fprintf(stderr, "keystone: %s\n", error.c_str());
        } else if (settle_frames_ > 0) {
            if (settle_frames_ > 1 || now_ms() >= settle_until_ms_) settle_frames_ -= 1;
            if (settle_frames_ == 0) {
                // Text that does not fit, for the smoke test (written beside the shots; empty: none).
                std::string report;
                for (const std::string& line : clipped_windows()) report += shots_[shot_index_].name + ": " + line + "\n";
                if (!report.empty()) std::fprintf(stderr, "keystone: clipped text\n%s", report.c_str());
                clip_report_ += report;
                capture_requested_ = true;
                capture_path_ = (std::filesystem::path(options_.screenshot_dir) / (shots_[shot_index_].name + ".bmp")).string();
            }
        } else if (!capture_requested_) {
            // The capture happened in the frame just drawn.
            shot_active_ = false;
            shot_index_ += 1;
        }
    }
    if (auto_phase_ == AutoPhase::Done && options_.quit) running_ = false;
}

bool App::capture_screenshot(const std::string& path) {
    int width = 0, height = 0;
    if (SDL_GetRendererOutputSize(renderer_, &width, &height) != 0) return false;
    SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, width, height, 24, SDL_PIXELFORMAT_RGB24);
    if (!surface) return false;
    bool ok = SDL_RenderReadPixels(renderer_, nullptr, SDL_PIXELFORMAT_RGB24, surface->pixels, surface->pitch) == 0;
    // Written beside the target and renamed, like every file the client writes.
    const std::string temporary = path + ".tmp";
    ok = ok && SDL_SaveBMP(surface, temporary.c_str()) == 0;
    SDL_FreeSurface(surface);
    std::error_code code;
    if (ok) std::filesystem::rename(temporary, path, code);
    ok = ok && !code;
    std::fprintf(stderr, "keystone: %s %s\n", ok ? "wrote" : "FAILED to write", path.c_str());
    return ok;
}

void App::write_frame_stats() {
    if (options_.frame_stats_path.empty()) return;
    const FrameSummary autoplay = summarize(autoplay_frame_ms_);
    const FrameSummary whole = frame_stats_.summary();
    int width = 0, height = 0;
    if (window_) SDL_GetWindowSize(window_, &width, &height);
    nlohmann::json document = {
        {"renderer", renderer_name_},
        {"window", {width, height}},
        {"autoplay_speed_ticks_per_second", options_.autoplay_speed},
        {"autoplay_ticks", autoplay_ticks_run_},
        {"autoplay",
         {{"frames", autoplay.frames}, {"mean_ms", autoplay.mean_ms}, {"p50_ms", autoplay.p50_ms}, {"p95_ms", autoplay.p95_ms}, {"max_ms", autoplay.max_ms}}},
        {"autoplay_phase_mean_ms",
         {{"simulation", phase_ms_[0] / std::max(1, autoplay.frames)},
          {"interface", phase_ms_[1] / std::max(1, autoplay.frames)},
          {"render", phase_ms_[2] / std::max(1, autoplay.frames)},
          {"present", phase_ms_[3] / std::max(1, autoplay.frames)}}},
        {"whole_run",
         {{"frames", whole.frames}, {"mean_ms", whole.mean_ms}, {"p50_ms", whole.p50_ms}, {"p95_ms", whole.p95_ms}, {"max_ms", whole.max_ms}}},
    };
    nlohmann::json views = nlohmann::json::object();
    for (const auto& [name, frames] : shot_frame_ms_) {
        const FrameSummary view = summarize(frames);
        views[name] = {{"frames", view.frames}, {"mean_ms", view.mean_ms}, {"max_ms", view.max_ms}};
    }
    document["screenshot_views"] = views;
    std::string error;
    if (!write_file_atomic(options_.frame_stats_path, document.dump(2) + "\n", &error)) {
        std::fprintf(stderr, "keystone: %s\n", error.c_str());
        exit_code_ = 1;
    }
}

}  // namespace keystone::client
