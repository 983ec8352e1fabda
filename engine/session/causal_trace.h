// The causal trace (issue 11 item 2): which decisions moved the levers behind a stage condition.
// A condition reads a measure; the lever registry says which rules compute that measure and which
// levers those rules read; each month's history record keeps every addend of every lever (policy,
// event answer, dial). The trace joins the three. It reports what the model summed, with no
// claim about the sign or size of the effect on the measure, and never changes the game.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "session/session.h"
#include "sim/lever_registry.h"

namespace keystone {

// One stage condition as a column of the history: the transition it leads to (agglomeration,
// cluster, coi, decline, renewal) and its metric, threshold and direction (nothing measured).
struct ConditionColumn {
    std::string transition;
    StageCondition condition;
};
std::vector<ConditionColumn> condition_columns(const Params& params);

// The condition measured in a month's record: value from the record's metrics, and the verdict.
StageCondition measure_condition(StageCondition c, const TickRecord& record);

// A source that added to one of the traced levers in the window: how many months, the mean
// addend over those months, and the first and last month.
struct TraceCause {
    std::string source;   // "policy:ID", "event:ID/CHOICE", "dial:ROLE" or a script id
    Lever lever = Lever::screening;
    int months = 0;
    double mean_delta = 0.0;
    int32_t first_tick = 0, last_tick = 0;
};

// A condition whose verdict changed in month flip_tick, with the levers that feed its measure and
// the contributions to those levers in months window_from..flip_tick.
struct ConditionFlip {
    std::string transition;
    StageCondition condition;   // as measured in the flip month
    int32_t flip_tick = 0;
    int32_t window_from = 0;
    std::vector<Lever> levers;
    std::vector<TraceCause> causes;   // by source, then lever
};

// Contributions to any of `levers` in the records with from <= tick <= to.
std::vector<TraceCause> trace_causes(const std::vector<TickRecord>& history, const std::vector<Lever>& levers, int32_t from, int32_t to);
// Every change of verdict of every column, in month order; the window of each starts the month
// after the same condition's previous change (or at the first record).
std::vector<ConditionFlip> condition_flips(const std::vector<TickRecord>& history, const std::vector<ConditionColumn>& columns);
// For a stage decided in record `at`: each of `conditions` whose verdict at `at` began after
// month `since` (it flipped since the previous stage change), traced over since..flip month.
std::vector<ConditionFlip> flips_behind_change(const std::vector<TickRecord>& history, size_t at, const std::string& transition,
                                               const std::vector<StageCondition>& conditions, int32_t since);

// ---- "What moved this?" ------------------------------------------------------------------------
// One lever in one month: every addend recompute_levers summed for it (policies in force, event
// answers, dials), and their sum, the lever's offset from the scenario baseline before the clamp.
struct LeverAddends {
    Lever lever = Lever::screening;
    double total = 0.0;
    std::vector<LeverContribution> addends;   // as recorded, in the order they were summed
};

// What fed one measure in one month (the client's click on a chart point). Declared measures
// (the registry's metric_sources) get the rules that compute them and every lever those rules
// read, with or without addends; an undeclared measure gets no rules and every lever that had an
// addend that month, so the answer never claims a link the model does not declare.
struct MetricCauses {
    std::string metric;
    int32_t tick = 0;
    bool found = false;           // the month is in the history
    bool declared = false;        // the registry names the rules that compute the measure
    bool measured = false;        // the metric table knows the name (value and change are set)
    double value = 0.0;
    double change = 0.0;          // since the previous month in the history (0 for the first)
    std::vector<Rule> rules;
    std::vector<LeverAddends> levers;
    std::vector<Command> decisions;   // commands that took effect in this month (tick + 1 == month)
};
MetricCauses what_moved(const std::vector<TickRecord>& history, const std::vector<Command>& command_log, const std::string& metric,
                        int32_t tick);

}  // namespace keystone
