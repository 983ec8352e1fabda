// The causal trace (see causal_trace.h): condition -> registry levers -> recorded contributions.
#include "session/causal_trace.h"

#include <algorithm>
#include <map>
#include <utility>

#include "sim/lever_registry.h"
#include "sim/metric_table.h"
#include "sim/stage_thresholds.h"

namespace keystone {

std::vector<ConditionColumn> condition_columns(const Params& params) {
    std::vector<ConditionColumn> columns;
    for (Stage target : {Stage::Agglomeration, Stage::Cluster, Stage::Coi})
        for (const auto& c : stage_entry_thresholds(params, target)) columns.push_back({stage_name(target), c});
    for (const auto& c : stage_decline_thresholds(params)) columns.push_back({stage_name(Stage::Decline), c});
    for (const auto& c : stage_renewal_thresholds(params)) columns.push_back({stage_name(Stage::Renewal), c});
    return columns;
}

StageCondition measure_condition(StageCondition c, const TickRecord& record) {
    read_metric(record_view(record), c.metric, &c.value);
    c.holds = c.at_least ? c.value >= c.threshold : c.value <= c.threshold;
    return c;
}

std::vector<TraceCause> trace_causes(const std::vector<TickRecord>& history, const std::vector<Lever>& levers, int32_t from, int32_t to) {
    std::map<std::pair<std::string, int>, TraceCause> found;   // ordered: by source, then lever
    for (const TickRecord& r : history) {
        if (r.tick < from || r.tick > to) continue;
        for (const LeverContribution& c : r.lever_contributions) {
            if (std::find(levers.begin(), levers.end(), c.lever) == levers.end()) continue;
            TraceCause& cause = found[{c.source, int(c.lever)}];
            if (cause.months == 0) { cause.source = c.source; cause.lever = c.lever; cause.first_tick = r.tick; }
            cause.mean_delta += c.delta;
            cause.last_tick = r.tick;
            ++cause.months;
        }
    }
    std::vector<TraceCause> causes;
    for (auto& [key, cause] : found) {
        cause.mean_delta /= cause.months;
        causes.push_back(cause);
    }
    return causes;
}

namespace {
ConditionFlip make_flip(const std::vector<TickRecord>& history, const std::string& transition, const StageCondition& measured,
                        int32_t flip_tick, int32_t window_from) {
    ConditionFlip flip{transition, measured, flip_tick, window_from, levers_moving(measured.metric), {}};
    flip.causes = trace_causes(history, flip.levers, window_from, flip_tick);
    return flip;
}
}  // namespace

std::vector<ConditionFlip> condition_flips(const std::vector<TickRecord>& history, const std::vector<ConditionColumn>& columns) {
    std::vector<ConditionFlip> flips;
    if (history.empty()) return flips;
    for (const ConditionColumn& column : columns) {
        bool before = measure_condition(column.condition, history[0]).holds;
        int32_t window_from = history[0].tick;
        for (size_t i = 1; i < history.size(); ++i) {
            const StageCondition now = measure_condition(column.condition, history[i]);
            if (now.holds == before) continue;
            flips.push_back(make_flip(history, column.transition, now, history[i].tick, window_from));
            before = now.holds;
            window_from = history[i].tick + 1;
        }
    }
    std::stable_sort(flips.begin(), flips.end(), [](const ConditionFlip& a, const ConditionFlip& b) { return a.flip_tick < b.flip_tick; });
    return flips;
}

std::vector<ConditionFlip> flips_behind_change(const std::vector<TickRecord>& history, size_t at, const std::string& transition,
                                               const std::vector<StageCondition>& conditions, int32_t since) {
    std::vector<ConditionFlip> flips;
    if (at >= history.size()) return flips;
    for (const StageCondition& c : conditions) {
        const StageCondition now = measure_condition(c, history[at]);
        // The first record of the run of months that ends at `at` with today's verdict.
        size_t start = at;
        while (start > 0 && measure_condition(c, history[start - 1]).holds == now.holds) --start;
        if (start == 0 || history[start].tick <= since) continue;   // the verdict did not change since then
        flips.push_back(make_flip(history, transition, now, history[start].tick, since));
    }
    return flips;
}

MetricCauses what_moved(const std::vector<TickRecord>& history, const std::vector<Command>& command_log, const std::string& metric,
                        int32_t tick) {
    MetricCauses out;
    out.metric = metric;
    out.tick = tick;
    const auto at = std::find_if(history.begin(), history.end(), [tick](const TickRecord& r) { return r.tick == tick; });
    if (at == history.end()) return out;
    out.found = true;
    out.measured = read_metric(record_view(*at), metric, &out.value);
    double before = out.value;
    if (out.measured && at != history.begin()) read_metric(record_view(*(at - 1)), metric, &before);
    out.change = out.value - before;
    out.rules = rules_moving(metric);
    out.declared = !out.rules.empty();
    std::vector<Lever> levers = levers_moving(metric);
    if (!out.declared)
        for (int l = 0; l < kLeverCount; ++l)
            if (std::any_of(at->lever_contributions.begin(), at->lever_contributions.end(), [l](const LeverContribution& c) { return int(c.lever) == l; }))
                levers.push_back(Lever(l));
    for (Lever lever : levers) {
        LeverAddends entry;
        entry.lever = lever;
        for (const LeverContribution& c : at->lever_contributions)
            if (c.lever == lever) {
                entry.addends.push_back(c);
                entry.total += c.delta;
            }
        out.levers.push_back(std::move(entry));
    }
    for (const Command& c : command_log)
        if (c.tick + 1 == tick) out.decisions.push_back(c);
    return out;
}

}  // namespace keystone
