// Scenario goals for display and export; see goals_view.h.
#include "core/goals_view.h"

#include "core/content_text.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/strings.h"

namespace keystone::client {

namespace {
std::string stage_label(Stage stage) { return tr_or(std::string("stage.") + stage_name(stage), stage_title(stage)); }

// Shares and rates read as percentages, as in the goal texts ("at least 30% ...").
bool reads_as_share(const ScenarioGoal& goal) {
    auto ends_with = [](const std::string& text, const std::string& tail) {
        return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
    };
    return !goal.per.empty() || ends_with(goal.metric, "_share") || ends_with(goal.metric, "_rate") ||
           goal.metric == "occupancy";
}
}  // namespace

const char* goal_state_name(GoalState state) {
    switch (state) {
        case GoalState::Met: return "met";
        case GoalState::Missed: return "missed";
        case GoalState::Pending: return "pending";
    }
    return "pending";
}

std::vector<GoalRow> goal_rows(const Session& session) {
    std::vector<GoalRow> rows;
    for (const Session::GoalStatus& status : session.goal_status()) {
        if (!status.goal) continue;
        const ScenarioGoal& goal = *status.goal;
        GoalRow row;
        // Goals have no ids: a translation names them by position, "scenario.<id>.goal.<1-based>".
        const size_t number = size_t(&goal - session.scenario().goals.data()) + 1;
        row.text = scenario_text(session.scenario().id, ("goal." + std::to_string(number)).c_str(), goal.text);
        row.value = status.value;
        row.state = !status.decided ? GoalState::Pending : (status.met ? GoalState::Met : GoalState::Missed);
        row.on_track = status.met;
        row.due_tick = goal.by_tick;
        row.due_date = session.date_string(goal.by_tick);   // the state after by_tick months
        switch (goal.kind) {
            case ScenarioGoal::Kind::Metric: {
                const bool share = reads_as_share(goal);
                auto show = [share](double v) { return share ? format_share(v) : format_number(v); };
                row.value_text = show(status.value);
                row.target_text = trf(goal.at_least ? "goals.at_least" : "goals.at_most", {show(goal.threshold)});
                break;
            }
            case ScenarioGoal::Kind::StageAtLeast: {
                const int rank = std::clamp(int(status.value), 0, int(Stage::Coi));
                row.value_text = stage_label(Stage(rank));   // ladder stages: rank == enum value
                row.target_text = trf("goals.stage_at_least", {stage_label(goal.stage)});
                break;
            }
            case ScenarioGoal::Kind::StageNot: {
                const int stage = std::clamp(int(status.value), 0, kStageCount - 1);
                row.value_text = stage_label(Stage(stage));
                row.target_text = trf("goals.stage_not", {stage_label(goal.stage)});
                break;
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

int goals_met(const std::vector<GoalRow>& rows) {
    return int(std::count_if(rows.begin(), rows.end(), [](const GoalRow& r) { return r.state == GoalState::Met; }));
}

nlohmann::json goals_json(const Session& session) {
    nlohmann::json goals = nlohmann::json::array();
    for (const GoalRow& row : goal_rows(session)) {
        goals.push_back({{"text", row.text},
                         {"state", goal_state_name(row.state)},
                         {"decided", row.state != GoalState::Pending},
                         {"met", row.state == GoalState::Met},
                         {"value", row.value},
                         {"value_text", row.value_text},
                         {"target", row.target_text},
                         {"due", row.due_date},
                         {"due_tick", row.due_tick}});
    }
    return goals;
}

}  // namespace keystone::client
