// What-if branches; see whatif.h.
#include "core/whatif.h"

#include <algorithm>
#include <ctime>

#include "core/game_io.h"
#include "core/message_text.h"
#include "core/replay_player.h"

namespace keystone::client {

std::unique_ptr<Session> fork_game(const Session& main, int32_t fork_tick, const std::string& scripts_dir,
                                   const std::string& mods_dir, const std::optional<ScenarioAdjustments>& adjustments,
                                   std::string* error) {
    const SessionConfig content = content_config(scripts_dir, mods_dir, adjustments);
    const int32_t now = main.world().tick;
    if (fork_tick < 0 || fork_tick > now) {
        *error = "the branch must start between the first month and now";
        return nullptr;
    }
    if (fork_tick == now) return Session::load_json(main.save_json(), content, error);

    // An earlier month: play the game again from its start with the players' decisions.
    auto player = ReplayPlayer::open(replay_document(main, adjustments, std::time(nullptr)), content, error);
    if (!player) return nullptr;
    const std::string problem = player->seek(fork_tick);
    if (!problem.empty()) {
        *error = problem;
        return nullptr;
    }
    if (player->month() != fork_tick || player->first_divergence() >= 0) {
        *error = "this game cannot be re-played exactly up to " + main.date_string(fork_tick) +
                 " (were the scripts reloaded during it?): start the branch at the current month instead";
        return nullptr;
    }
    return player->release_session();
}

std::string apply_branch_plan(Session& branch, const BranchPlan& plan) {
    if (plan.strategy.empty()) {
        branch.set_human(plan.role, true);
        return "";
    }
    const std::string problem = message_text(branch.set_strategy(plan.role, plan.strategy));
    if (problem.empty()) branch.set_human(plan.role, false);
    return problem;
}

std::unique_ptr<Session> create_branch(const Session& main, const BranchPlan& plan, const std::string& scripts_dir,
                                       const std::string& mods_dir, const std::optional<ScenarioAdjustments>& adjustments,
                                       std::string* error) {
    auto branch = fork_game(main, plan.fork_tick, scripts_dir, mods_dir, adjustments, error);
    if (!branch) return nullptr;
    const std::string problem = apply_branch_plan(*branch, plan);
    if (!problem.empty()) {
        *error = problem;
        return nullptr;
    }
    return branch;
}

bool step_branch_towards(Session& branch, int32_t target_tick) {
    if (branch.finished() || branch.world().tick >= target_tick) return false;
    branch.step();
    return true;
}

int first_different_month(const Session& a, const Session& b) {
    const auto& ha = a.history();
    const auto& hb = b.history();
    const size_t common = std::min(ha.size(), hb.size());
    for (size_t i = 0; i < common; ++i)
        if (ha[i].hash != hb[i].hash) return int(i) + 1;
    return -1;
}

HumanRoles human_roles(const Session& session) { return session.config().human; }

}  // namespace keystone::client
