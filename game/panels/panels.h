// The client's panels, one file each. A panel draws into the window the layout opened for it,
// reads the Session, and writes only UiState (and Commands through core/ui_actions.h).
#pragma once
#include "core/frame_stats.h"
#include "core/futures_job.h"
#include "core/replay_player.h"
#include "core/scoring.h"
#include "core/settings.h"
#include "core/sim_clock.h"
#include "session/session.h"
#include "ui_state.h"

namespace keystone::client {

// Date, speed controls, budgets of the human roles, stage title, alerts.
void draw_top_bar(const Session& session, UiState& ui, SimClock& clock);
// Stage ladder, conditions of the next transition, decline risk; the scenario's goals as a tab.
void draw_stage_panel(const Session& session, UiState& ui);
// The scenario's goals: met, missed or open, with value, target and month (stage panel, results).
void draw_goal_list(const Session& session, UiState& ui);
// Enablers and joint-action ties, with a deterministic layout.
void draw_network_view(const Session& session, UiState& ui);
// History charts by tab.
void draw_charts_panel(const Session& session, UiState& ui);
// Policies of the human role(s), with Enact / Repeal.
void draw_policy_panel(Session& session, UiState& ui);
// The modal for an event a human must answer (or a read-only preview of one).
void draw_event_modal(Session& session, UiState& ui);
// World log and script errors.
void draw_log_panel(const Session& session, UiState& ui);
// Concept entries, searchable.
void draw_encyclopedia_panel(UiState& ui);
// Scenario, role, seed and AI choice, the sandbox's set-up and the mods found; sets
// choices.start_requested. `content` holds scripts_dir and mods_dir.
void draw_start_screen(StartChoices& choices, UiState& ui, const SessionConfig& content);
// "What moved this?": for the chart point in ui.what_moved, the rules that compute the measure,
// the levers they read with every addend that month, and the decisions taken (causal_trace.h).
void draw_what_moved_popup(const Session& session, UiState& ui);
// Final stage timeline, KPIs, score, export, debrief report.
void draw_results_screen(const Session& session, UiState& ui, const ScoreResult& score);
// Tutorial overlay: points at regions recorded in ui.targets, speaks to the roles played and the
// scenario. Returns true when it ended now.
bool draw_tutorial(const Session& session, UiState& ui);
int tutorial_step_count();

struct DebugInfo {
    const char* renderer_name = "";
    int ticks_last_frame = 0;
    double backlog_ticks = 0.0;
    double sim_ms_last_frame = 0.0;
};
// Game > Load and Game > Open replay: the folder's files with scenario, month, date and seed.
// A click sets ui.request_load_path / ui.request_replay_path; refusals show in the dialog.
void draw_load_dialog(UiState& ui);
void draw_replay_dialog(UiState& ui);
// Game > What if...: the branch's month, the role and who plays it; sets ui.request_create_branch.
void draw_whatif_dialog(const Session& main, UiState& ui);
// Under the top bar while a branch is open: what the branch changes, which game is shown, Run
// buttons (ui.request_branch_run), Close.
void draw_branch_bar(const Session& main, const Session& branch, const BranchPlan& plan, int32_t run_target, UiState& ui);
// Main game against the branch: both stage timelines on one scale, the indicators side by side,
// and every chart with both runs (main solid, branch dashed).
// With `futures` (nullptr: none started), its last tab shows the run's progress or its result;
// its buttons set ui.request_futures / ui.request_cancel_futures.
void draw_compare_view(const Session& main, const Session& branch, const BranchPlan& plan, const FuturesJob* futures, UiState& ui);
// Under the top bar in the replay viewer: the timeline slider (seeks), hash check, Close.
void draw_replay_bar(ReplayPlayer& player, UiState& ui, SimClock& clock);
// A short notice at the bottom of the screen (saves, reloads), gone after a few seconds.
void draw_toast(UiState& ui);

// F3: frame time, ticks per frame, renderer, state hash.
void draw_debug_overlay(const Session* session, const FrameStats& stats, const DebugInfo& info);

}  // namespace keystone::client
