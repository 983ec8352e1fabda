// One month of the park, in a fixed order. This function is the table of contents of the model:
// read it top to bottom to know what happens in a tick and in which order.
#include "sim/rules.h"

namespace keystone {

void step_world(World& world, const Params& params) {
    Metrics& m = world.metrics;
    m.entries_this_tick = m.exits_this_tick = 0;
    m.funding_professional = m.funding_nonprofessional = 0.0;
    m.transformed_outputs = 0.0;
    m.limit_cut.fill(0.0);
    world.joint_actions_this_tick.clear();

    index_enterprises(world);
    step_entry(world, params);          // candidates, screening, Gresham, spin-offs, large firms
    step_exit(world, params);           // attrition, incentive-chasers leaving, partner shocks
    index_enterprises(world);
    step_talent(world, params);         // talent pools and shortage
    step_funds(world, params);          // investors arriving, by reason
    step_enablers(world, params);       // institutes, providers, organizers, promotion orgs
    step_joint_actions(world, params);  // willingness x ability, forums, hubs, consortia
    step_knowledge(world, params);      // research outputs and transformation
    step_firms(world, params);          // cash, products, growth
    step_economy(world, params);        // rent, tax, budgets, rival parks
    measure(world, params);             // network and park measures
    step_culture(world, params);        // trust, culture, reputation (slow)
    step_stages(world, params);         // stage conditions with hysteresis
    world.tick++;
}

}  // namespace keystone
