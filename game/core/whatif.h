// What-if branches: a copy of the game from a chosen month in which one role is played
// differently (another AI strategy, or by hand), run on its own and compared with the main game.
// Forking at the current month copies the state through a save (save_json -> load_json); forking
// at an earlier month replays the game from its start with the same player decisions up to that
// month (ReplayPlayer), checking every month's hash, so the branch shares every month before the
// fork exactly.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/scenario_setup.h"
#include "core/ui_actions.h"
#include "session/session.h"

namespace keystone::client {

struct BranchPlan {
    int32_t fork_tick = 0;
    Role role = Role::Government;
    std::string strategy;   // the AI strategy that plays `role` in the branch; "" = by hand
};

// The copy of `main` at fork_tick (0..now). nullptr and *error when the past cannot be
// re-created exactly (e.g. the scripts were reloaded during the game).
std::unique_ptr<Session> fork_game(const Session& main, int32_t fork_tick, const std::string& scripts_dir,
                                   const std::string& mods_dir, const std::optional<ScenarioAdjustments>& adjustments,
                                   std::string* error);
// Applies the plan's role change to a fresh fork; "" or the reason.
std::string apply_branch_plan(Session& branch, const BranchPlan& plan);
// Game > What if...: fork_game + apply_branch_plan.
std::unique_ptr<Session> create_branch(const Session& main, const BranchPlan& plan, const std::string& scripts_dir,
                                       const std::string& mods_dir, const std::optional<ScenarioAdjustments>& adjustments,
                                       std::string* error);

// One month of the branch towards target_tick (never past the scenario's end). False when there
// is nothing left to do. Events for roles played by hand wait as in the main game only while
// the player plays the branch; a run does not wait for them (they take their default later).
bool step_branch_towards(Session& branch, int32_t target_tick);

// 1-based month of the first recorded month whose state differs between a and b over the months
// both have played; -1 when they agree on all of them.
int first_different_month(const Session& a, const Session& b);

// The roles played by hand in a session (for the panels and the event modal).
HumanRoles human_roles(const Session& session);

}  // namespace keystone::client
