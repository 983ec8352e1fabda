// One month of the park, in a fixed order. This function is the table of contents of the model:
// read it top to bottom to know what happens in a tick and in which order.
#include "sim/lever_registry.h"
#include "sim/rules.h"

namespace keystone {

namespace {
// Runs one rule family with it marked as the running rule, so a lever trace can say who read what.
void run(Rule rule, void (*step)(World&, const Params&), World& world, const Params& params) {
    const RuleScope scope(rule);
    step(world, params);
}
}  // namespace

void step_world(World& world, const Params& params) {
    Metrics& m = world.metrics;
    m.entries_this_tick = m.exits_this_tick = 0;
    m.funding_professional = m.funding_nonprofessional = 0.0;
    m.transformed_outputs = 0.0;
    m.limit_cut.fill(0.0);
    world.joint_actions_this_tick.clear();

    index_enterprises(world);
    run(Rule::entry, step_entry, world, params);                  // candidates, screening, Gresham, spin-offs, large firms
    run(Rule::exit, step_exit, world, params);                    // attrition, incentive-chasers leaving, partner shocks
    index_enterprises(world);
    run(Rule::talent, step_talent, world, params);                // talent pools and shortage
    run(Rule::funds, step_funds, world, params);                  // investors arriving, by reason
    run(Rule::enablers, step_enablers, world, params);            // institutes, providers, organizers, promotion orgs
    run(Rule::joint_actions, step_joint_actions, world, params);  // willingness x ability, forums, hubs, consortia
    run(Rule::knowledge, step_knowledge, world, params);          // research outputs and transformation
    run(Rule::firms, step_firms, world, params);                  // cash, products, growth
    run(Rule::economy, step_economy, world, params);              // rent, tax, budgets, rival parks
    run(Rule::measure, measure, world, params);                   // network and park measures
    run(Rule::culture, step_culture, world, params);              // trust, culture, reputation (slow)
    run(Rule::stages, step_stages, world, params);                // stage conditions with hysteresis
    world.tick++;
}

}  // namespace keystone
