// The what-if branch and the compare screen: forking the main game, running the branch towards a
// month, closing it, and the main game against the branch over the whole area.
#include "app.h"
#include "app_internal.h"

#include "core/strings.h"

namespace keystone::client {

void App::draw_compare_frame(Session& session, ImVec2 origin, ImVec2 size) {
    // Main game against the branch, over the whole area below the bars.
    begin_tile("whatif.compare_title", "compare", origin, size);
    draw_compare_view(session, *branch_->session, branch_->plan, branch_->futures.get(), ui_);
    ImGui::End();
    draw_event_modal(session, ui_);
}

bool App::create_branch_now() {
    if (!session_) return false;
    BranchPlan plan = ui_.whatif.plan;
    if (ui_.whatif.by_hand) plan.strategy.clear();
    std::string error;
    // Forked and the plan applied in two steps (create_branch's): the fork as the main game played
    // it is where the futures start.
    std::unique_ptr<Session> forked = fork_game(*session_, plan.fork_tick, scripts_dir_, mods_dir_, adjustments_, &error);
    nlohmann::json fork_save = forked ? forked->save_json() : nlohmann::json();
    if (forked) error = apply_branch_plan(*forked, plan);
    if (forked && !error.empty()) forked.reset();
    if (!forked) {
        ui_.whatif.error = error;
        post_message(ui_, trf("whatif.failed", {error}), true, false);
        return false;
    }
    branch_ = std::make_unique<Branch>();
    branch_->session = std::move(forked);
    branch_->plan = plan;
    branch_->fork_save = std::move(fork_save);
    ui_.compare_hidden_lines.clear();
    ui_.compare_futures_open = false;
    // Played by hand: the player goes to the branch. Played by an AI: the comparison, ready to run.
    ui_.view = plan.strategy.empty() ? SessionView::Branch : SessionView::Compare;
    ui_.screen = Screen::Main;
    ui_.focused = PanelId::None;
    clock_.set_paused(true);
    post_message(ui_, trf("whatif.created", {session_->date_string(plan.fork_tick)}), false, true);
    return true;
}

void App::close_branch() {
    if (!branch_) return;
    branch_.reset();
    ui_.view = SessionView::Main;
    clock_.set_paused(true);
    score_tick_ = -1;
    post_message(ui_, tr("whatif.closed"), false, false);
}

void App::start_futures(int per_side) {
    if (!branch_ || !session_) return;
    // The sides are read here, on the frame's thread (the games go on while the futures run);
    // the workers see only the copies in the spec.
    FuturesSpec spec = comparison_futures(*session_, *branch_->session, branch_->plan, branch_->fork_save,
                                          content_config(scripts_dir_, mods_dir_, adjustments_), per_side);
    branch_->futures.reset();   // a run still going is cancelled first
    branch_->futures = std::make_unique<FuturesJob>(std::move(spec), futures_worker_count(), branch_->plan.fork_tick);
}

void App::run_branch(double budget_ms) {
    Branch& branch = *branch_;
    const int32_t target = branch.run_target < 0 ? branch.session->world().end_tick : branch.run_target;
    const double start = now_ms();
    do {
        if (!step_branch_towards(*branch.session, target)) {
            branch.run_target = -2;
            return;
        }
    } while (now_ms() - start < budget_ms);
}

}  // namespace keystone::client
