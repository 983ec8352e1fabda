// The client application: SDL2 window, SDL renderer (accelerated, else software), Dear ImGui,
// the main loop with its simulation clock and one section per screen (start, game, results,
// replay, compare), each defined in its own app_<screen>.cpp, and the unattended test mode
// (--autoplay, --screenshot-dir, --frame-stats, --quit) in app_autoplay.cpp.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "core/autosave_writer.h"
#include "core/encyclopedia.h"
#include "core/frame_stats.h"
#include "core/futures_job.h"
#include "core/game_io.h"
#include "core/options.h"
#include "core/replay_player.h"
#include "core/scoring.h"
#include "core/settings.h"
#include "core/sim_clock.h"
#include "core/whatif.h"
#include "classroom.h"
#include "panels/panels.h"
#include "session/session.h"
#include "ui_state.h"

struct SDL_Window;
struct SDL_Renderer;
union SDL_Event;

namespace keystone::client {

class App {
public:
    explicit App(Options options);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Runs until the window closes (or the test run ends); returns the process exit code.
    int run();

private:
    // --- setup ----------------------------------------------------------------------------------
    bool init_window(std::string* error);
    void load_content();
    void rebuild_fonts();
    std::vector<std::string> content_roots() const;
    void load_language_tables(std::vector<std::string>* warnings);
    void apply_language(const std::string& language);
    // --- per frame (app.cpp) ------------------------------------------------------------------------
    void handle_event(const SDL_Event& event);
    // False when this frame would show exactly what the last one did (then none is drawn).
    bool frame_needed(bool input);
    void advance_simulation(double frame_seconds);
    void draw_frame();   // the menu, the current screen, dialogs above every screen
    void draw_main_menu();
    void draw_full_window(const char* id, const std::function<void()>& body);
    void begin_tile(const char* title_key, const char* id, ImVec2 position, ImVec2 size);
    void draw_center_tile(ImVec2 origin, ImVec2 size);
    void set_ui_scale(float scale);
    void process_requests();
    void reload_scripts();
    SessionConfig content() const { return content_config(scripts_dir_, mods_dir_); }
    // --- start screen (app_start.cpp) ------------------------------------------------------------
    void draw_start_frame();
    bool start_session(const std::string& scenario, int role_choice, uint64_t seed, const std::string& strategy,
                       const std::optional<ScenarioAdjustments>& adjustments, std::string* error);
    void show_start_screen();
    // --- game screen (app_game.cpp) --------------------------------------------------------------
    // The session the panels show and the clock drives: the replay viewer's, the branch (when
    // shown), else the main game. nullptr before any game.
    Session* shown_session();
    void draw_main_screen();
    void draw_center_tabs();
    // Makes `session` the main game (new, loaded): resets the screen, closes viewer and branch.
    void adopt_session(std::unique_ptr<Session> session, const std::optional<ScenarioAdjustments>& adjustments);
    void finish_tutorial();
    void save_game_now();
    bool load_game_from(const std::string& path);
    void autosave_if_due(int32_t tick_before);
    void report_autosave();   // the worker's outcome, once it has one
    void report_mods(const Session& session);
    // --- results screen (app_results.cpp) --------------------------------------------------------
    void draw_results_frame();
    void refresh_score();
    // --- replay viewer (app_replay.cpp) ----------------------------------------------------------
    void save_replay_now();
    bool open_replay(const std::string& path);
    void close_replay();
    void draw_mode_bar(float* height);   // the viewer's bar, or the branch's
    // --- what-if branch and compare screen (app_compare.cpp) -------------------------------------
    void draw_compare_frame(Session& session, ImVec2 origin, ImVec2 size);
    bool create_branch_now();
    void close_branch();
    void run_branch(double budget_ms);
    // --- classroom: host, console, join (app_classroom.cpp) ---------------------------------------
    void open_host_screen();
    void draw_host_frame();
    bool start_hosting(std::string* error);
    bool resume_hosting(const UnfinishedClass& saved, std::string* error);
    bool rejoin_lost_host();
    void open_console(std::unique_ptr<ConsoleState> console, const std::string& folder);
    void save_console_notes();
    void draw_console_frame();
    void open_join_screen();
    void draw_join_frame();
    bool join_session();
    void service_classroom();   // every frame: the facilitator and the team, a short wait each
    void end_class_session();
    void draw_class_leaderboard();   // a team's screen: the ranking the facilitator shows, if any
    bool setup_classroom_demo();   // screenshots: a console with AI teams and a player team here
    // --- futures (What-if over 200 futures) ----------------------------------------------------
    void start_futures(int per_side);
    // --- unattended test run (app_autoplay.cpp) --------------------------------------------------
    void setup_autoplay();
    void autoplay_after_frame();
    bool capture_screenshot(const std::string& path);
    void write_frame_stats();
    static void draw_line_batch(const ImDrawList* draw_list, const ImDrawCmd* command);
    // The renderer for draw-list callbacks (ImGui passes them no user context but the command).
    static SDL_Renderer* current_renderer_;
    std::vector<std::unique_ptr<LineBatch>> line_batches_;   // this frame's, alive until rendered

    Options options_;
    std::string data_dir_, scripts_dir_;
    SDL_Window* window_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    std::string renderer_name_;
    bool imgui_ready_ = false;
    bool running_ = true;
    int exit_code_ = 0;
    ImVector<ImWchar> glyph_ranges_;   // must outlive the font atlas build
    std::vector<ImWchar> cjk_ranges_;  // the CJK characters in use, likewise

    // game screen
    std::unique_ptr<Session> session_;   // the main game
    std::optional<ScenarioAdjustments> adjustments_;   // its sandbox set-up, if any
    std::string mods_dir_;
    UiState ui_;
    SimClock clock_;
    FrameStats frame_stats_;
    DebugInfo debug_;
    Settings settings_;
    std::string settings_path_;
    Encyclopedia encyclopedia_;
    AutosaveWriter autosave_writer_;   // the year's autosave, written off the frame's thread
    double last_input_ms_ = 0.0;   // when the last SDL event arrived (idle frames sleep)
    double last_drawn_ms_ = 0.0;   // when the last frame was drawn and presented
    int settle_frames_left_ = 0;   // frames still drawn after the last change
    static constexpr int kSettleFrames = 3;
    static constexpr double kHeartbeatMs = 250.0;
    std::vector<std::string> load_warnings_;
    // start screen
    StartChoices start_;
    // results screen
    ScoringRules scoring_;
    ScoreResult score_;
    int32_t score_tick_ = -1;
    const Session* score_session_ = nullptr;   // the session score_ was computed for
    bool results_shown_once_ = false;
    // replay viewer
    std::unique_ptr<ReplayPlayer> viewer_;   // the replay viewer, when open (shown instead of the game)
    // what-if branch and compare screen
    struct Branch {
        std::unique_ptr<Session> session;
        BranchPlan plan;
        int32_t run_target = -2;   // -2 idle, -1 to the end, else the month it runs to
        nlohmann::json fork_save;  // the game at the branch month, as the main game played it
        std::unique_ptr<FuturesJob> futures;   // "Test this strategy over 200 futures"
    };
    std::unique_ptr<Branch> branch_;       // the what-if branch, when open

    // classroom
    HostChoices host_;
    JoinChoices join_;
    std::unique_ptr<ConsoleState> console_;          // hosting: the facilitator and its console
    std::unique_ptr<net::TeamClient> team_;          // joined: this screen's team
    std::vector<std::unique_ptr<net::TeamClient>> demo_teams_;   // screenshots: AI teams in-process
    size_t team_broadcasts_seen_ = 0;
    bool team_was_seated_ = false;
    // A host lost without a goodbye: when it was lost, and the last try to rejoin it (ms).
    int team_welcomes_at_loss_ = -1;
    double team_lost_at_ms_ = 0.0, team_rejoin_tried_ms_ = 0.0;
    double class_started_ms_ = 0.0;

    // unattended run
    struct Shot {
        std::string name;
        std::function<bool()> setup;   // false: nothing to show (skipped)
        ImVec2 mouse{-1.0f, -1.0f};      // where the mouse rests, as a fraction of the window (-1: away)
    };
    enum class AutoPhase { Off, Running, Screenshots, Done };
    AutoPhase auto_phase_ = AutoPhase::Off;
    std::vector<Shot> shots_;
    size_t shot_index_ = 0;
    int settle_frames_ = 0;
    double settle_until_ms_ = 0.0;
    bool shot_active_ = false;
    std::vector<double> autoplay_frame_ms_;
    std::map<std::string, std::vector<double>> shot_frame_ms_;   // per screenshot view
    double phase_ms_[4] = {0, 0, 0, 0};   // autoplay totals: simulation, interface, render, present
    int autoplay_ticks_run_ = 0;
    int autoplay_until_tick_ = 0;   // --autoplay N counts N more months from where the game starts
    bool capture_requested_ = false;
    std::string clip_report_;   // the screenshot run's clipped windows, one line each
    std::string capture_path_;
};

}  // namespace keystone::client
