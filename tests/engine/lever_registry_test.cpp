// The lever registry (engine/sim/lever_registry.cpp) must say exactly which levers each rule
// reads: the shipped scenarios are played with every lever at a mid value and the reads traced.
#include <catch2/catch.hpp>

#include <algorithm>

#include "sim/lever_registry.h"
#include "sim/metric_table.h"
#include "sim/stage_thresholds.h"
#include "sim/rules.h"
#include "test_support.h"

using namespace keystone;
using namespace keystone::test;

namespace {

// Every lever half way up its range, both roles human (no AI moves a lever), no answer given to
// events: every rule sees every lever above zero for the whole run.
SessionConfig mid_levers_config(const std::string& scenario_id) {
    SessionConfig config;
    config.scripts_dir = scripts_dir();
    config.scenario_id = scenario_id;
    config.seed = 7;
    config.human = {true, true};
    config.adjust_scenario = [](ScenarioDef& scenario) {
        for (int l = 0; l < kLeverCount; ++l) scenario.levers[size_t(l)] = lever_max(Lever(l)) / 2.0;
    };
    return config;
}

std::vector<std::string> shipped_scenarios() {
    std::string error;
    std::vector<std::string> ids;
    for (const auto& scenario : list_scenarios(scripts_dir(), &error)) ids.push_back(scenario.id);
    INFO(error);
    REQUIRE(ids.size() >= 5);
    return ids;
}

}  // namespace

TEST_CASE("the lever registry names exactly the levers each rule reads in the shipped scenarios", "[levers]") {
    LeverTrace traced;
    {
        const LeverTracing tracing(&traced);
        for (const std::string& id : shipped_scenarios()) {
            auto session = start(mid_levers_config(id));
            play(*session, 36);
        }
    }
    const std::string difference = describe_trace_difference(declared_lever_reads(), traced);
    if (!difference.empty())
        FAIL("The lever registry and the rules disagree. Update the table in engine/sim/lever_registry.cpp, then run\n"
             "`keystone-cli docs` so that docs/levers.md follows:\n"
             << difference);
}

TEST_CASE("tracing lever reads leaves the simulation bit-identical", "[levers]") {
    auto plain = start(mid_levers_config("bio_island"));
    auto traced_session = start(mid_levers_config("bio_island"));
    LeverTrace trace;
    for (int month = 0; month < 24; ++month) {
        plain->step();
        {
            const LeverTracing tracing(&trace);
            traced_session->step();
        }
        REQUIRE(plain->hash() == traced_session->hash());
    }
}

TEST_CASE("a lever read outside a rule is not recorded as a rule's read", "[levers]") {
    auto session = start(mid_levers_config("sandbox"));
    LeverTrace trace;
    const LeverTracing tracing(&trace);
    lever(session->world(), Lever::screening);
    for (uint64_t bits : trace.levers_read) CHECK(bits == 0);
    {
        const RuleScope scope(Rule::entry);
        lever(session->world(), Lever::screening);
    }
    CHECK(trace.levers_read[size_t(Rule::entry)] == uint64_t(1) << int(Lever::screening));
}

TEST_CASE("the registry lists its rule families in step order and answers both ways", "[levers]") {
    const auto& families = rule_families();
    REQUIRE(families.size() == size_t(kRuleCount));
    for (int r = 0; r < kRuleCount; ++r) {
        CHECK(families[size_t(r)].rule == Rule(r));
        Rule back;
        REQUIRE(rule_from_id(families[size_t(r)].id, &back));
        CHECK(back == Rule(r));
    }
    CHECK(levers_read_by(Rule::measure).empty());
    CHECK(levers_read_by(Rule::stages).empty());
    const auto subsidies = rules_reading(Lever::subsidies);
    // Subsidies keep firms alive (exit, firms) and cost the government per firm (economy).
    CHECK(subsidies == std::vector<Rule>{Rule::exit, Rule::firms, Rule::economy});
    for (Rule rule : rules_reading(Lever::services)) {
        const auto read = levers_read_by(rule);
        CHECK(std::find(read.begin(), read.end(), Lever::services) != read.end());
    }
}

TEST_CASE("every measure a stage condition reads names the rules that move it", "[levers]") {
    const Params params;
    std::vector<StageCondition> conditions = stage_decline_thresholds(params);
    for (Stage target : {Stage::Agglomeration, Stage::Cluster, Stage::Coi})
        for (const StageCondition& condition : stage_entry_thresholds(params, target)) conditions.push_back(condition);
    for (const StageCondition& condition : stage_renewal_thresholds(params)) conditions.push_back(condition);
    for (const StageCondition& condition : conditions) {
        INFO(condition.metric);
        CHECK(metric_exists(condition.metric));
        CHECK_FALSE(rules_moving(condition.metric).empty());
        CHECK_FALSE(levers_moving(condition.metric).empty());
    }
    for (const MetricSources& sources : metric_sources()) {
        INFO(sources.metric);
        CHECK(metric_exists(sources.metric));
    }
    // Ties per firm come from joint actions, so the forums lever moves them; tax breaks do not
    // reach the culture rule.
    const auto ties = levers_moving("firm_ties_per_firm");
    CHECK(std::find(ties.begin(), ties.end(), Lever::forums) != ties.end());
    const auto culture = levers_moving("innovation_culture");
    CHECK(std::find(culture.begin(), culture.end(), Lever::tax_incentive) == culture.end());
}
