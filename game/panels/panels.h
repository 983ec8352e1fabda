// The client's panels, one file each. A panel draws into the window the layout opened for it,
// reads the Session, and writes only UiState (and Commands through core/ui_actions.h).
#pragma once
#include "core/frame_stats.h"
#include "core/scoring.h"
#include "core/settings.h"
#include "core/sim_clock.h"
#include "session/session.h"
#include "ui_state.h"

namespace keystone::client {

// Date, speed controls, budgets of the human roles, stage title, alerts.
void draw_top_bar(const Session& session, UiState& ui, SimClock& clock);
// Stage ladder, conditions of the next transition, decline risk.
void draw_stage_panel(const Session& session, UiState& ui);
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
// Scenario, role, seed and AI choice; sets choices.start_requested.
void draw_start_screen(StartChoices& choices, UiState& ui, const std::string& scripts_dir);
// Final stage timeline, KPIs, score, export.
void draw_results_screen(const Session& session, UiState& ui, const ScoreResult& score);
// Tutorial overlay: points at regions recorded in ui.targets. Returns true when it ended now.
bool draw_tutorial(UiState& ui);
int tutorial_step_count();

struct DebugInfo {
    const char* renderer_name = "";
    int ticks_last_frame = 0;
    double backlog_ticks = 0.0;
    double sim_ms_last_frame = 0.0;
};
// F3: frame time, ticks per frame, renderer, state hash.
void draw_debug_overlay(const Session* session, const FrameStats& stats, const DebugInfo& info);

}  // namespace keystone::client
