// Stages and transitions (MODEL section 5): each upgrade has named conditions with thresholds;
// a transition happens only after all its conditions held for several consecutive ticks
// (hysteresis), and every condition's value is exposed so the client can say what is missing.
#include <algorithm>

#include "sim/metric_table.h"
#include "sim/rules.h"
#include "sim/stage_thresholds.h"

namespace keystone {

namespace {

StageCondition condition(const char* metric, double threshold, bool at_least, int group = 0) {
    StageCondition c;
    c.id = metric;
    c.metric = metric;
    c.threshold = threshold;
    c.at_least = at_least;
    c.group = group;
    return c;
}

std::vector<StageCondition> measured(const World& world, std::vector<StageCondition> conditions) {
    for (StageCondition& c : conditions) {
        read_metric(world, c.metric, &c.value);
        c.holds = c.at_least ? c.value >= c.threshold : c.value <= c.threshold;
    }
    return conditions;
}

}  // namespace

// Conditions to enter `target` (a regular stage) from the stage below it.
std::vector<StageCondition> stage_entry_thresholds(const Params& p, Stage target) {
    switch (target) {
        case Stage::Agglomeration:  // enterprise interaction
            return {condition("enterprises", p.agglomeration_enterprises, true),
                    condition("firm_ties_per_firm", p.agglomeration_firm_ties, true),
                    condition("reputation", p.agglomeration_reputation, true)};
        case Stage::Cluster:  // industrial interaction
            return {condition("cross_segment_ties_per_firm", p.cluster_cross_segment, true),
                    condition("service_providers", p.cluster_providers, true),
                    condition("complementor_share", p.cluster_complementors, true),
                    condition("enterprises", p.cluster_enterprises, true)};
        case Stage::Coi:  // innovation network and ecosystem
            return {condition("external_tie_share", p.coi_external_share, true),
                    condition("implicit_enablers", p.coi_implicit, true),
                    condition("transformation_rate", p.coi_transformation, true),
                    condition("innovation_culture", p.coi_innovation_culture, true),
                    condition("university_industry_ties", p.coi_university_industry, true)};
        default:
            return {};
    }
}

// Lock-in: closed and homogeneous (group 0), or shrinking fast (group 1).
std::vector<StageCondition> stage_decline_thresholds(const Params& p) {
    return {condition("external_tie_share", p.decline_external_max, false, 0),
            condition("diversity", p.decline_diversity_max, false, 0),
            condition("firm_growth_24m", -p.decline_shrink, false, 1)};
}

std::vector<StageCondition> stage_renewal_thresholds(const Params& p) {
    return {condition("external_tie_share", p.renewal_external_min, true),
            condition("diversity", p.renewal_diversity_min, true),
            condition("firm_growth_24m", 0.0, true)};
}

namespace {

std::vector<StageCondition> entry_conditions(const World& w, const Params& p, Stage target) {
    return measured(w, stage_entry_thresholds(p, target));
}
std::vector<StageCondition> decline_conditions(const World& w, const Params& p) { return measured(w, stage_decline_thresholds(p)); }
std::vector<StageCondition> renewal_conditions(const World& w, const Params& p) { return measured(w, stage_renewal_thresholds(p)); }

bool all_hold(const std::vector<StageCondition>& conditions) {
    return std::all_of(conditions.begin(), conditions.end(), [](const StageCondition& c) { return c.holds; });
}

// Groups are alternatives: the set holds if every condition of some group holds.
bool any_group_holds(const std::vector<StageCondition>& conditions) {
    int max_group = 0;
    for (const auto& c : conditions) max_group = std::max(max_group, c.group);
    for (int g = 0; g <= max_group; ++g) {
        bool all = true, any = false;
        for (const auto& c : conditions)
            if (c.group == g) { any = true; all = all && c.holds; }
        if (any && all) return true;
    }
    return false;
}

Stage next_regular(Stage s) {
    switch (s) {
        case Stage::Flocking: return Stage::Agglomeration;
        case Stage::Agglomeration: return Stage::Cluster;
        case Stage::Cluster: return Stage::Coi;
        case Stage::Renewal: return Stage::Cluster;
        case Stage::Decline: return Stage::Renewal;
        case Stage::Coi: return Stage::Coi;
    }
    return Stage::Coi;
}

Stage previous_regular(Stage s) {
    switch (s) {
        case Stage::Agglomeration: return Stage::Flocking;
        case Stage::Cluster: return Stage::Agglomeration;
        case Stage::Coi: return Stage::Cluster;
        default: return s;
    }
}

void change_stage(World& world, Stage to) {
    StageStatus& st = world.stage;
    world.stage_history.push_back({world.tick, st.stage, to});
    add_log(world, "stage", std::string("Stage changed: ") + stage_title(st.stage) + " -> " + stage_title(to));
    st.stage = to;
    st.held_ticks = 0;
    st.decline_held_ticks = 0;
    st.fallback_ticks = 0;
    st.stage_entered_tick = world.tick;
    if (stage_rank(to) > stage_rank(st.best_stage) && to != Stage::Decline && to != Stage::Renewal) st.best_stage = to;
}

}  // namespace

void evaluate_stage_conditions(World& world, const Params& p) {
    StageStatus& st = world.stage;
    st.next = next_regular(st.stage);
    st.hold_needed = int(p.stage_hold_ticks);
    if (st.stage == Stage::Decline) {
        st.next_conditions = renewal_conditions(world, p);
        st.hold_needed = int(p.renewal_hold_ticks);
    } else if (st.stage == Stage::Coi) {
        st.next_conditions.clear();
    } else {
        st.next_conditions = entry_conditions(world, p, st.next);
    }
    const bool can_decline = st.stage != Stage::Flocking && st.stage != Stage::Decline;
    if (can_decline) st.decline_conditions = decline_conditions(world, p);
    else st.decline_conditions.clear();
}

void classify_start_stage(World& world, const Params& p) {
    // A park that already exists starts at the highest stage whose entry conditions its
    // measured state meets. There is no past to hold them for, so no hysteresis here.
    for (;;) {
        evaluate_stage_conditions(world, p);
        const StageStatus& st = world.stage;
        const bool regular = st.stage == Stage::Flocking || st.stage == Stage::Agglomeration || st.stage == Stage::Cluster;
        if (!regular || st.next_conditions.empty() || !all_hold(st.next_conditions)) break;
        change_stage(world, st.next);
    }
}

void step_stages(World& world, const Params& p) {
    evaluate_stage_conditions(world, p);
    StageStatus& st = world.stage;

    if (!st.decline_conditions.empty()) {
        st.decline_held_ticks = any_group_holds(st.decline_conditions) ? st.decline_held_ticks + 1 : 0;
        if (st.decline_held_ticks >= int(p.decline_hold_ticks)) {
            change_stage(world, Stage::Decline);
            evaluate_stage_conditions(world, p);
            return;
        }
    }
    if (!st.next_conditions.empty()) {
        st.held_ticks = all_hold(st.next_conditions) ? st.held_ticks + 1 : 0;
        if (st.held_ticks >= st.hold_needed) {
            change_stage(world, st.next);
            evaluate_stage_conditions(world, p);
            return;
        }
    }
    // Falling back: a regular stage whose key interaction condition (enterprise interaction,
    // industrial interaction, openness) or most of whose entry conditions fail for a long time.
    if (st.stage == Stage::Agglomeration || st.stage == Stage::Cluster || st.stage == Stage::Coi) {
        const auto own = entry_conditions(world, p, st.stage);
        const auto holding = std::count_if(own.begin(), own.end(), [](const StageCondition& c) { return c.holds; });
        const char* key = st.stage == Stage::Agglomeration ? "firm_ties_per_firm"
                        : st.stage == Stage::Cluster       ? "cross_segment_ties_per_firm"
                                                           : "external_tie_share";
        const bool key_fails = std::any_of(own.begin(), own.end(), [&](const StageCondition& c) { return c.id == key && !c.holds; });
        st.fallback_ticks = (key_fails || 2 * holding < long(own.size())) ? st.fallback_ticks + 1 : 0;
        if (st.fallback_ticks >= int(p.fallback_hold_ticks)) {
            change_stage(world, previous_regular(st.stage));
            evaluate_stage_conditions(world, p);
        }
    }
}

}  // namespace keystone
