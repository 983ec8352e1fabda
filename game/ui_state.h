// UiState: everything the client remembers between frames that is not simulation state (which
// screen, which tab, filters, the tutorial step). Panels read the Session and write only this.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <imgui.h>

#include "core/debrief.h"
#include "core/encyclopedia.h"
#include "core/scenario_setup.h"
#include "core/ui_actions.h"
#include "core/user_files.h"
#include "core/whatif.h"
#include "session/session.h"

namespace keystone::client {

enum class Screen { Start, Main, Results, Host, Join };

// The centre area holds one of these at a time (tabs); stage and policies stay on the sides.
enum class CenterTab { Network = 0, Charts, Log, Encyclopedia, Count };

// Panels that can be shown full-window ("focus", for a projector or a screenshot).
enum class PanelId { None = 0, Stage, Policies, Network, Charts, Log, Encyclopedia };

// Screen regions the tutorial points at; their rectangles are recorded while drawing.
enum class TutorialTarget { Stage = 0, Policies, Center, Speed, Budget, Count };

// Many thin lines for the renderer to draw itself (1 px, blended), in screen coordinates. Panels
// fill it; the app turns it into a draw-list callback, so panels never touch SDL.
struct LineBatch {
    struct Segment {
        ImVec2 a, b;
        ImU32 colour;
    };
    std::vector<Segment> segments;
};

struct ScreenRect {
    ImVec2 min{0, 0}, max{0, 0};
    bool valid() const { return max.x > min.x && max.y > min.y; }
};

// With a what-if branch open: which game the panels show (the clock drives that one; in the
// comparison it drives the main game).
enum class SessionView { Main = 0, Branch, Compare };

// A line of the client's own log (saves, loads, mods, reloads, autosave failures).
struct ClientMessage {
    std::string time;   // local "HH:MM"
    std::string text;
    bool bad = false;
};

// The start screen's choices and its preview session (loaded to list strategies and show errors).
struct StartChoices {
    std::vector<std::string> scenarios;   // ids, in list order
    std::map<std::string, std::string> names;   // id -> display name (shipped scenarios, previews)
    std::set<std::string> names_tried;          // ids whose name was looked up (found or not)
    int selected = 0;
    int role_choice = 0;            // 0 operator, 1 government, 2 both
    uint64_t seed = 1;
    std::string strategy;           // for the role nobody plays; "" = scenario default
    std::unique_ptr<Session> preview;
    std::string preview_error;
    std::string preview_scenario;   // scenario the preview was built for
    bool start_requested = false;
    // Sandbox set-up (region traits, starting counts); reset from the scenario when it changes.
    ScenarioAdjustments setup;
    std::string setup_scenario;     // scenario `setup` was taken from
    std::string mods_dir;           // shown with the mods report
    bool offer_language = false;    // first launch: the language choice is shown large
};

// The "What if..." dialog's choices.
struct WhatIfDraft {
    BranchPlan plan;
    bool by_hand = false;
    std::string error;              // why the last attempt failed
    bool initialised = false;
};

// A folder listing in the Load / Open replay dialogs.
struct FileList {
    std::vector<SavedFile> files;
    std::vector<SavedFile> autosaves;   // Load only
    std::string error;                  // the last refusal (the current game is kept)
    char typed_path[512] = "";
    bool refresh = true;
};

struct UiState {
    Screen screen = Screen::Start;
    HumanRoles humans{true, false};

    CenterTab center_tab = CenterTab::Network;
    bool center_tab_requested = true;   // apply center_tab to the tab bar on the next frame
    PanelId focused = PanelId::None;
    // In the two-column layout (narrow window or large text) stage and policies share a tile.
    int side_tab = 0;                   // 0 stage, 1 policies
    bool side_tab_requested = false;
    int network_legend = -1;            // -1 automatic (shown when the panel is wide enough), 0 hidden, 1 shown

    // network view
    std::array<bool, kNodeKindCount> show_kind{};
    bool show_internal_ties = true, show_external_ties = true;
    // Where bulk lines go when the app can draw them natively (see LineBatch); null: ImGui lines.
    std::function<void(ImDrawList*, LineBatch&&)> line_sink;
    // log
    std::vector<std::string> hidden_log_kinds;
    char log_search[128] = "";
    // encyclopedia
    std::string encyclopedia_selected;
    bool encyclopedia_scroll = false;
    char encyclopedia_search[128] = "";
    std::string encyclopedia_missing;   // id asked for that has no entry
    // charts and policies
    int chart_page = 0;
    std::map<int, std::vector<bool>> hidden_chart_lines;   // per ChartKind: lines switched off in the legend
    bool chart_page_requested = false;
    // "What moved this?": the point clicked on a chart (a measure in a month), shown in a popup.
    struct WhatMoved {
        bool shown = false;   // set with the point; cleared closes the popup (the test run's shots)
        bool open_requested = false;
        std::string metric;   // the metric table's name; empty for a derived line
        std::string label;    // the line's label as the chart shows it
        int32_t tick = 0;
    } what_moved;
    int policy_role_tab = 0;
    bool hide_pending_events = false;   // unattended screenshots: no event modal over the views
    std::string open_policy;            // a policy id the policy panel opens and scrolls to, once
    bool expand_all_policies = false;   // show every policy's details (teaching, screenshots)
    std::string policy_message;         // last refusal from the engine, shown until the next click
    std::string event_message;          // refusal of an event answer, shown in the modal

    // tutorial
    bool tutorial_active = false;
    int tutorial_step = 0;
    std::array<ScreenRect, int(TutorialTarget::Count)> targets{};

    // settings and overlays
    float ui_scale = 1.0f;
    bool ui_scale_changed = false;
    std::string language_request;       // set by Settings or the start screen; applied between frames
    bool show_debug_overlay = false;
    bool show_about = false;

    // results
    std::string export_path;
    std::string export_message;
    bool export_failed = false;
    // The debrief report (results) and the what-if pair's report (comparison).
    WrittenReport debrief, compare_report;

    // requests the app acts on after drawing
    bool request_new_game = false;
    bool request_quit = false;
    bool request_tutorial = false;
    bool request_save = false, request_save_replay = false, request_reload = false;
    bool request_close_replay = false, request_close_branch = false, request_create_branch = false;
    bool request_futures = false, request_cancel_futures = false;   // What-if: the 200 futures
    std::string request_load_path, request_replay_path;
    int32_t request_branch_run = -2;   // -2 none, -1 to the end, else a tick
    bool request_close_dialogs = false; // a load or replay succeeded: its dialog closes

    // dialogs (opened by the menu, drawn as modal popups)
    bool open_load_dialog = false, open_replay_dialog = false, open_whatif_dialog = false;
    FileList load_list, replay_list;
    WhatIfDraft whatif;

    // the replay viewer and what-if branches
    bool read_only = false;             // replay viewer: nobody at this screen may act
    SessionView view = SessionView::Main;
    int compare_chart_page = 0;
    bool compare_futures_open = false;   // the futures shown instead of the comparison
    std::map<int, std::vector<bool>> compare_hidden_lines;
    std::map<std::string, std::string> scenario_names;   // for file lists

    // stage panel: 0 the ladder, 1 the scenario's goals
    int stage_tab = 0;
    bool stage_tab_requested = false;

    // the client's own log and a short notice at the bottom of the screen
    std::vector<ClientMessage> messages;
    std::string toast;
    bool toast_bad = false;
    double toast_until = 0.0;           // ImGui time

    // A team of a class session (app_classroom.cpp): the facilitator owns the clock, so the top
    // bar shows its state instead of the speed controls.
    struct ClassTeam {
        bool joined = false;
        bool held = false;          // the facilitator holds the class
        std::string reason;         // why, in the facilitator's words
        bool ended = false;         // the session is over: the park stays, read-only
        std::string leaderboard;    // the ranking the facilitator shows the teams ("": none)
    } class_team;
    bool request_host_class = false, request_join_class = false;   // the start screen's buttons

    // An event definition shown read-only (screenshots, teaching) when none is pending.
    int preview_event_def = -1;

    const Encyclopedia* encyclopedia = nullptr;

    UiState() { show_kind.fill(true); }
};

// Shows the encyclopedia entry for id in the centre area (from any panel or tooltip).
void open_entry(UiState& ui, const std::string& id);
void select_center_tab(UiState& ui, CenterTab tab);
// Adds a line to the client's log (and stderr); with toast, also shows it for a few seconds.
void post_message(UiState& ui, const std::string& text, bool bad, bool toast);

}  // namespace keystone::client
