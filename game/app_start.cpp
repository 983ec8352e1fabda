// The start screen: scenario, role, seed and AI choices (panels/start_screen.cpp draws them),
// and starting a game from them or from the command line.
#include "app.h"
#include "app_internal.h"

#include "core/files.h"
#include "core/strings.h"

namespace keystone::client {

void App::draw_start_frame() {
    draw_full_window("###start_screen", [&] { draw_start_screen(start_, ui_, content()); });
    if (ui_.request_host_class) {
        ui_.request_host_class = false;
        open_host_screen();
        return;
    }
    if (ui_.request_join_class) {
        ui_.request_join_class = false;
        open_join_screen();
        return;
    }
    if (start_.start_requested) {
        start_.start_requested = false;
        const std::string scenario = start_.scenarios.empty() ? std::string() : start_.scenarios[size_t(start_.selected)];
        std::optional<ScenarioAdjustments> adjustments;
        if (scenario_is_adjustable(scenario) && start_.setup_scenario == scenario) adjustments = start_.setup;
        std::string error;
        if (!start_session(scenario, start_.role_choice, start_.seed, start_.strategy, adjustments, &error))
            start_.preview_error = error;
    }
}

bool App::start_session(const std::string& scenario, int role_choice, uint64_t seed, const std::string& strategy,
                        const std::optional<ScenarioAdjustments>& adjustments, std::string* error) {
    SessionConfig config = content_config(scripts_dir_, mods_dir_, adjustments);
    config.scenario_id = scenario;
    config.seed = seed;
    config.human = {role_choice == 0 || role_choice == 2, role_choice == 1 || role_choice == 2};
    if (role_choice != 2 && !strategy.empty()) {
        const Role ai = role_choice == 0 ? Role::Government : Role::Operator;
        config.strategies[int(ai)] = strategy;
    }
    std::unique_ptr<Session> session = Session::create(config, error);
    if (!session) {
        if (error->empty()) *error = tr("start.unknown_error");
        return false;
    }
    adopt_session(std::move(session), adjustments);
    // A new game opens on the role's goals and the scenario's suggested first move.
    if (!session_->scenario().goals.empty()) {
        ui_.stage_tab = 1;
        ui_.stage_tab_requested = true;
    }
    const bool first_time = !settings_.tutorial_done(scenario) && scenario == "bio_island";
    ui_.tutorial_active = options_.autoplay_ticks < 0 && (options_.tutorial || first_time);
    ui_.tutorial_step = 0;
    options_.tutorial = false;  // --tutorial forces it once, not for every later game
    return true;
}

void App::show_start_screen() {
    ui_.screen = Screen::Start;
    ui_.tutorial_active = false;
    // A new game leaves a class this screen had joined (its park goes with it).
    team_.reset();
    ui_.class_team = {};
    clock_.set_paused(true);
    if (session_) {
        // Start from the current game's choices, so "new game" with the same seed is one click.
        start_.seed = session_->config().seed;
        const auto& humans = session_->config().human;
        start_.role_choice = humans[0] && humans[1] ? 2 : (humans[1] ? 1 : 0);
        start_.scenarios = list_scenarios_with_mods(scripts_dir_, mods_dir_);
        for (size_t i = 0; i < start_.scenarios.size(); ++i)
            if (start_.scenarios[i] == session_->scenario().id) start_.selected = int(i);
    }
}

}  // namespace keystone::client
