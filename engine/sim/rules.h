// The model's rules, one free function per mechanism family, called in a fixed order by
// step_world(). Read step.cpp first: it is the table of contents of a month.
#pragma once
#include "sim/params.h"
#include "sim/state.h"

namespace keystone {

// step.cpp
void step_world(World& world, const Params& params);

// rules_entry_exit.cpp: firms arriving (entry modes, screening, Gresham) and leaving.
void step_entry(World& world, const Params& params);
void step_exit(World& world, const Params& params);
void remove_enterprise(World& world, const Params& params, uint32_t id, const char* reason);
void anchor_departure(World& world, const Params& params);

// rules_firms.cpp: cash, products, growth of tenants.
void step_firms(World& world, const Params& params);

// rules_joint_actions.cpp: willingness x ability, forums, hubs, total enabler joint actions.
void step_joint_actions(World& world, const Params& params);

// rules_knowledge.cpp: research outputs, transformation, product pipelines.
void step_knowledge(World& world, const Params& params);

// rules_finance.cpp: funds arriving; rules_enablers.cpp: institutes, providers, organizers, orgs.
void step_funds(World& world, const Params& params);
void step_enablers(World& world, const Params& params);
void introduce_organizer(World& world, const std::string& name);

// rules_talent.cpp, rules_culture.cpp
void step_talent(World& world, const Params& params);
void seed_talent(World& world, const Params& params);  // a starting workforce at equilibrium
// Shortage (0..1) of the talent a firm of this size needs for research: technical talent for a
// startup, its whole mix of posts for a larger firm.
double research_talent_shortage(const World& world, const Params& params, FirmSize size);
// Shortage (0..1) of what growing in size needs: managers, supporting staff, blue-collar workers.
double scaling_talent_shortage(const World& world, const Params& params);
void step_culture(World& world, const Params& params);

// rules_economy.cpp: rent, tax, budgets, rival parks.
void step_economy(World& world, const Params& params);

// rules_network.cpp: measures of the network and the park (fills world.metrics).
void measure(World& world, const Params& params);
void index_enterprises(World& world);  // rebuild alive_ids and alive_by_segment

// rules_stages.cpp: stage conditions with hysteresis.
void step_stages(World& world, const Params& params);
void evaluate_stage_conditions(World& world, const Params& params);
void classify_start_stage(World& world, const Params& params);  // a mature start's stage, at tick 0

// Every node of the network under one dense number: enterprises first, then institutes,
// providers, funds, the operator, government, promotion organizations, organizers, users and
// the outside world. Rules that need per-node lists (degrees, a node's ties) index by it.
struct NodeIndex {
    std::array<uint32_t, kNodeKindCount + 1> offset{};
    explicit NodeIndex(const World& w) {
        const std::array<uint32_t, kNodeKindCount> counts{
            uint32_t(w.enterprises.size()), uint32_t(w.institutes.size()), uint32_t(w.providers.size()),
            uint32_t(w.funds.size()), 1, 1, uint32_t(w.promotion_orgs.size()), uint32_t(w.organizers.size()),
            1, 3, 3};
        for (int k = 0; k < kNodeKindCount; ++k) offset[k + 1] = offset[k] + counts[k];
    }
    uint32_t of(NodeId n) const { return offset[int(n.kind)] + n.index; }
    uint32_t size() const { return offset[kNodeKindCount]; }
    NodeId node(uint32_t dense) const {
        int k = 0;
        while (k + 1 < kNodeKindCount && dense >= offset[k + 1]) ++k;
        return {NodeKind(k), dense - offset[k]};
    }
};

// Shared helpers over state (rules_common.cpp).
void record_tie(World& world, const Tie& tie);   // appends a tie and folds it into tie_log_hash
double incentive_level(const World& world, const Params& params);
double best_rival_incentive(const World& world);
double implicit_strength(const World& world);   // organizers' influence + promotion org capacity
double lever(const World& world, Lever l);
// A tenant's monthly costs (RMB million): its size's burn, more with more R&D.
double size_burn(const Params& params, FirmSize size);
double monthly_burn(const Params& params, const Enterprise& firm);
// Lock-in and the closed container (MODEL 6), 0..1: how much the park depends on one segment or
// one firm (concentration) times how closed it is to outside knowledge. Outside knowledge comes
// in two ways, a paradigm open to it (open innovation culture) and ties that actually reach
// other clusters; the park is as closed as the mean of the two gaps.
double lock_in_pressure(const World& world, const Params& params);
int stage_rank(Stage s);                       // 0..3 for regular stages, decline/renewal mapped
void add_log(World& world, const std::string& kind, const std::string& text);
// Inline: rules call it in every per-firm and per-tie loop.
inline double clamp01(double v) { return v < 0.0 ? 0.0 : (v > 1.0 ? 1.0 : v); }
double saturate(double x, double half);  // x / (x + half): half its maximum at `half`
// Records that a limit cut `share` (0..1) of the flow it bounds this month (the largest cut wins).
void record_limit(World& world, Limit limit, double share);

}  // namespace keystone
