// Stage advice (see stage_advice.h): the chain condition -> rules -> levers -> policies comes
// from the engine's registry; nothing here lists levers or policies by hand.
#include "core/stage_advice.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/strings.h"
#include "sim/metric_table.h"
#include "sim/stage_thresholds.h"

namespace keystone::client {

Trend metric_trend(const Session& session, const std::string& metric, int months) {
    Trend trend;
    const auto& history = session.history();
    const size_t count = std::min(history.size(), size_t(std::max(0, months)) + 1);
    for (size_t i = history.size() - count; i < history.size(); ++i) {
        double value = 0.0;
        if (!read_metric(record_view(history[i]), metric, &value)) return Trend{};
        trend.values.push_back(float(value));
    }
    if (trend.values.size() < 2) return trend;
    trend.change = double(trend.values.back()) - double(trend.values.front());
    const auto [low, high] = std::minmax_element(trend.values.begin(), trend.values.end());
    // Flat unless the change is a visible part of the values' size.
    const double scale = std::max({std::fabs(double(*low)), std::fabs(double(*high)), 1e-9});
    if (std::fabs(trend.change) > 0.01 * scale) trend.direction = trend.change > 0 ? 1 : -1;
    return trend;
}

namespace {
std::vector<Lever> shared_levers(const std::vector<std::pair<Lever, double>>& effects, const std::vector<Lever>& levers) {
    std::vector<Lever> shared;
    for (const auto& [lever, amount] : effects)
        if (amount != 0.0 && std::find(levers.begin(), levers.end(), lever) != levers.end() &&
            std::find(shared.begin(), shared.end(), lever) == shared.end())
            shared.push_back(lever);
    return shared;
}
}  // namespace

ConditionAdvice advise_condition(const Session& session, const std::string& metric, const HumanRoles& humans) {
    ConditionAdvice advice;
    advice.rules = rules_moving(metric);
    advice.levers = levers_moving(metric);
    const auto& policies = session.policies();
    for (size_t i = 0; i < policies.size(); ++i) {
        const PolicyDef& policy = policies[i];
        if (policy.disabled || !humans[size_t(policy.role)]) continue;
        std::vector<Lever> levers = shared_levers(policy.effects, advice.levers);
        if (levers.empty()) continue;
        const auto& active = session.world().policies;
        const bool enacted = std::any_of(active.begin(), active.end(), [&](const PolicyInstance& p) { return p.id == policy.id; });
        advice.policies.push_back({int(i), std::move(levers), enacted});
    }
    const auto& events = session.events();
    for (size_t e = 0; e < events.size(); ++e) {
        if (events[e].disabled || !humans[size_t(events[e].role)]) continue;
        for (size_t c = 0; c < events[e].choices.size(); ++c) {
            std::vector<Lever> levers = shared_levers(events[e].choices[c].effects, advice.levers);
            if (!levers.empty()) advice.event_choices.push_back({int(e), int(c), std::move(levers)});
        }
    }
    return advice;
}

ComparedText format_compared(double value, double threshold) {
    ComparedText text{format_number(value), format_number(threshold)};
    if (value == threshold || text.value != text.threshold) return text;
    char buffer[64];
    for (int digits = 3; digits <= 12; ++digits) {
        std::snprintf(buffer, sizeof buffer, "%.*g", digits, value);
        text.value = buffer;
        std::snprintf(buffer, sizeof buffer, "%.*g", digits, threshold);
        text.threshold = buffer;
        if (text.value != text.threshold) break;
    }
    return text;
}

FallbackInputs fallback_inputs(const Session& session) {
    FallbackInputs inputs;
    const World& world = session.world();
    const Stage stage = world.stage.stage;
    // The key interaction condition of each stage, as engine/sim/rules_stages.cpp (step_stages)
    // checks it; a test compares this with the engine's counter month by month.
    switch (stage) {
        case Stage::Agglomeration: inputs.key_condition = "firm_ties_per_firm"; break;
        case Stage::Cluster: inputs.key_condition = "cross_segment_ties_per_firm"; break;
        case Stage::Coi: inputs.key_condition = "external_tie_share"; break;
        default: return inputs;
    }
    inputs.applies = true;
    inputs.own = stage_entry_thresholds(session.params(), stage);
    bool key_fails = false;
    for (StageCondition& condition : inputs.own) {
        read_metric(world, condition.metric, &condition.value);
        condition.holds = condition.at_least ? condition.value >= condition.threshold : condition.value <= condition.threshold;
        inputs.holding += condition.holds ? 1 : 0;
        key_fails = key_fails || (condition.id == inputs.key_condition && !condition.holds);
    }
    inputs.failing = key_fails || 2 * inputs.holding < int(inputs.own.size());
    inputs.ticks = world.stage.fallback_ticks;
    inputs.ticks_needed = int(session.params().fallback_hold_ticks);
    return inputs;
}

}  // namespace keystone::client

namespace keystone::client {

std::vector<FirstMoveView> first_moves(const Session& session, const HumanRoles& humans) {
    std::vector<FirstMoveView> moves;
    const auto& policies = session.policies();
    for (int role = 0; role < kRoleCount; ++role) {
        const FirstMove& move = session.scenario().first_moves[size_t(role)];
        if (!humans[size_t(role)] || move.policy.empty()) continue;
        for (size_t i = 0; i < policies.size(); ++i)
            if (policies[i].id == move.policy && policies[i].role == Role(role) && !policies[i].disabled)
                moves.push_back({Role(role), int(i), move.why});
    }
    return moves;
}

const StageCondition* first_failing_condition(const Session& session) {
    for (const StageCondition& condition : session.world().stage.next_conditions)
        if (!condition.holds) return &condition;
    return nullptr;
}

}  // namespace keystone::client
