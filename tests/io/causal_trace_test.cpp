// The causal trace (issue 11 item 2): each month's record keeps every addend of every lever, the
// addends sum to the levers the rules read, and a condition's flip names the policies in force
// that fed its measure, never one that was not in force.
#include <algorithm>
#include <set>

#include <catch2/catch.hpp>

#include "../engine/test_support.h"
#include "session/causal_trace.h"
#include "sim/lever_registry.h"

using namespace keystone;
using namespace keystone::test;

namespace {

// A game with no AI: only the commands below decide, so every policy is one the test enacted.
std::unique_ptr<Session> human_game(uint64_t seed) {
    SessionConfig config = bio_island_config(seed);
    config.human = {true, true};
    return start(config);
}

// The operator enacts `policy` at the next month boundary.
void enact(Session& s, const std::string& policy) {
    Command command;
    command.type = CommandType::EnactPolicy;
    command.role = Role::Operator;
    command.policy_id = policy;
    REQUIRE(s.submit(command).empty());
}

std::set<std::string> policies_in_force(const Session& s) {
    std::set<std::string> ids;
    for (const auto& p : s.world().policies) ids.insert("policy:" + s.policies()[size_t(p.def_index)].id);
    return ids;
}

}  // namespace

TEST_CASE("each month's lever contributions sum, with the baseline, to the levers the rules read", "[io][trace]") {
    auto s = start(bio_island_config(7));
    for (int month = 0; month < 60; ++month) {
        s->step();
        LeverValues sum = s->world().baseline_levers;
        for (const auto& c : s->history().back().lever_contributions) sum[size_t(c.lever)] += c.delta;
        for (int l = 0; l < kLeverCount; ++l) CHECK(std::clamp(sum[size_t(l)], 0.0, lever_max(Lever(l))) == s->world().levers[size_t(l)]);
    }
    bool any_policy = false;
    for (const auto& r : s->history())
        for (const auto& c : r.lever_contributions) any_policy = any_policy || c.source.rfind("policy:", 0) == 0;
    CHECK(any_policy);   // the historical strategies enact policies, and the record shows them
}

TEST_CASE("a condition fed by the one enacted policy names it among the causes of its next flip, and no policy out of force", "[io][trace]") {
    const std::string policy = "forums_and_workshops";
    int traced = 0;
    for (uint64_t seed : test_seeds(12)) {
        auto s = human_game(seed);
        enact(*s, policy);
        std::vector<std::set<std::string>> in_force;   // by history index
        for (int month = 0; month < 120; ++month) {
            s->step();
            in_force.push_back(policies_in_force(*s));
        }
        const int32_t enacted = s->history().front().tick;
        for (const ConditionFlip& f : condition_flips(s->history(), condition_columns(s->params()))) {
            for (const TraceCause& c : f.causes) {
                if (c.source.rfind("policy:", 0) != 0) continue;
                INFO("seed " << seed << " cause " << c.source << " months " << c.first_tick << ".." << c.last_tick);
                const int32_t first_month = s->history().front().tick;
                CHECK(in_force[size_t(c.first_tick - first_month)].count(c.source) == 1);   // named only while in force
                CHECK(in_force[size_t(c.last_tick - first_month)].count(c.source) == 1);
                CHECK(c.source == "policy:" + policy);        // the only policy enacted
            }
        }
        // The next flip after the enactment of a condition whose measure the forums lever feeds.
        for (const ConditionFlip& f : condition_flips(s->history(), condition_columns(s->params()))) {
            if (f.flip_tick < enacted || std::find(f.levers.begin(), f.levers.end(), Lever::forums) == f.levers.end()) continue;
            INFO("seed " << seed << ": " << f.transition << "." << f.condition.metric << " flipped in month " << f.flip_tick);
            CHECK(std::any_of(f.causes.begin(), f.causes.end(), [&](const TraceCause& c) { return c.source == "policy:" + policy; }));
            ++traced;
            break;
        }
    }
    CHECK(traced >= 12);   // every seed had such a flip to check
}

TEST_CASE("what moved a measure in a month: its declared levers with every addend, that month's decisions, no policy out of force", "[io][trace]") {
    const std::string policy = "forums_and_workshops", metric = "firm_ties_per_firm";
    const std::vector<Lever> declared = levers_moving(metric);
    REQUIRE(std::find(declared.begin(), declared.end(), Lever::forums) != declared.end());   // the registry links the two
    for (uint64_t seed : test_seeds(12)) {
        INFO("seed " << seed);
        auto s = human_game(seed);
        enact(*s, policy);
        std::vector<std::set<std::string>> in_force;
        for (int month = 0; month < 24; ++month) {
            s->step();
            in_force.push_back(policies_in_force(*s));
        }
        const auto& history = s->history();
        for (size_t i = 0; i < history.size(); ++i) {
            const MetricCauses causes = what_moved(history, s->command_log(), metric, history[i].tick);
            REQUIRE(causes.found);
            CHECK(causes.declared);
            CHECK(causes.measured);
            CHECK(causes.value == history[i].metrics.firm_ties_per_firm);
            CHECK(causes.change == (i == 0 ? 0.0 : history[i].metrics.firm_ties_per_firm - history[i - 1].metrics.firm_ties_per_firm));
            REQUIRE(causes.levers.size() == declared.size());
            for (size_t l = 0; l < declared.size(); ++l) {
                CHECK(causes.levers[l].lever == declared[l]);
                double sum = 0.0;
                for (const auto& a : causes.levers[l].addends) {
                    CHECK(a.lever == declared[l]);
                    sum += a.delta;
                    if (a.source.rfind("policy:", 0) == 0) CHECK(in_force[i].count(a.source) == 1);   // only policies in force
                }
                CHECK(causes.levers[l].total == sum);
            }
            const auto forums = std::find_if(causes.levers.begin(), causes.levers.end(), [](const LeverAddends& a) { return a.lever == Lever::forums; });
            const bool names_policy = std::any_of(forums->addends.begin(), forums->addends.end(),
                                                  [&](const LeverContribution& c) { return c.source == "policy:" + policy; });
            CHECK(names_policy == (in_force[i].count("policy:" + policy) == 1));
            // The enactment is the first month's decision; no one decides afterwards in this game.
            CHECK(causes.decisions.size() == (i == 0 ? 1u : 0u));
            if (i == 0 && !causes.decisions.empty()) CHECK(causes.decisions[0].policy_id == policy);
        }
        // A measure the registry does not link to rules: no rules, and only the levers with an addend.
        const MetricCauses startups = what_moved(history, s->command_log(), "startups", history.back().tick);
        CHECK_FALSE(startups.declared);
        CHECK(startups.rules.empty());
        for (const auto& l : startups.levers) CHECK_FALSE(l.addends.empty());
        CHECK_FALSE(what_moved(history, s->command_log(), metric, history.back().tick + 1).found);
        CHECK_FALSE(what_moved(history, s->command_log(), "no_such_measure", history.back().tick).measured);
    }
}
