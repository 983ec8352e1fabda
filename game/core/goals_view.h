// Scenario goals as the stage panel, the results screen and the results export show them: the
// goal's text, its state (met, missed, or still open with the current reading), the value and
// target in words, and the month it is judged at. Built from Session::goal_status().
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "session/session.h"

namespace keystone::client {

enum class GoalState { Pending, Met, Missed };

struct GoalRow {
    std::string text;
    GoalState state = GoalState::Pending;
    bool on_track = false;        // for a pending goal: would it be met on today's reading?
    double value = 0.0;           // the engine's reading (a metric, a stage rank or a stage)
    std::string value_text;       // "0.24", "31.0%", "Industrial agglomeration"
    std::string target_text;      // "at least 30.0%", "Industrial cluster or higher", "not Lock-in / decline"
    int32_t due_tick = 0;         // the month the goal is judged at
    std::string due_date;         // "2028-01"
};

std::vector<GoalRow> goal_rows(const Session& session);
int goals_met(const std::vector<GoalRow>& rows);
// For the results export: [{text, state, value, value_text, target, due, decided, met}].
nlohmann::json goals_json(const Session& session);
// "met", "missed", "pending".
const char* goal_state_name(GoalState state);

}  // namespace keystone::client
