// Scenario goals, evaluated from the recorded history (see ScenarioGoal in content.h).
#include "session/session.h"
#include "sim/metric_table.h"
#include "sim/rules.h"

namespace keystone {

World record_view(const TickRecord& record) {
    World view;
    view.metrics = record.metrics;
    view.culture = record.culture;
    return view;
}

std::vector<Session::GoalStatus> Session::goal_status() const {
    std::vector<GoalStatus> out;
    for (const ScenarioGoal& goal : scenario_.goals) {
        GoalStatus status;
        status.goal = &goal;
        status.decided = int(history_.size()) >= goal.by_tick;
        // The record at the goal's year (history_[t-1] is the state after month t).
        const size_t at = history_.empty() ? 0 : std::min(history_.size(), size_t(std::max(1, goal.by_tick))) - 1;
        switch (goal.kind) {
            case ScenarioGoal::Kind::Metric: {
                const World& view = history_.empty() ? world_ : record_view(history_[at]);
                double value = 0.0, per = 1.0;
                read_metric(view, goal.metric, &value);
                if (!goal.per.empty() && read_metric(view, goal.per, &per)) value = per != 0.0 ? value / per : 0.0;
                status.value = value;
                status.met = goal.at_least ? value >= goal.threshold : value <= goal.threshold;
                break;
            }
            case ScenarioGoal::Kind::StageAtLeast: {
                int best = 0;
                for (size_t i = 0; i <= at && i < history_.size(); ++i)
                    if (history_[i].stage != Stage::Decline && history_[i].stage != Stage::Renewal)
                        best = std::max(best, stage_rank(history_[i].stage));
                status.value = best;
                status.met = best >= stage_rank(goal.stage);
                break;
            }
            case ScenarioGoal::Kind::StageNot: {
                const Stage s = history_.empty() ? world_.stage.stage : history_[at].stage;
                status.value = double(int(s));
                status.met = s != goal.stage;
                break;
            }
        }
        out.push_back(status);
    }
    return out;
}

}  // namespace keystone
