// Money that binds (issue 10, item 1): budgets stay within what the park's flows can carry over
// 40 years under every shipped strategy, enacting everything runs into debt and repeals, and the
// historical strategies on Bio Island afford what they do.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <future>

#include "session/treasury.h"
#include "test_support.h"

using namespace keystone;
using namespace keystone::test;

namespace {

struct BudgetRun {
    std::string label;
    std::array<double, kRoleCount> start{}, final_budget{}, final_income{}, lowest{}, highest_late{};
    std::array<double, kRoleCount> income_late{}, spending_late{};   // highest monthly flows, last ten years
    // Worst month: debt beyond the credit line, in months of the outgoings that ran it up (the
    // highest of the last twelve months: repeals shrink the current month's outgoings, which
    // would make a fixed debt look ever larger).
    std::array<double, kRoleCount> past_line{};
    int repeals = 0;
};

BudgetRun play_budgets(const std::string& label, SessionConfig config) {
    auto session = start(config);
    BudgetRun run;
    run.label = label;
    for (int r = 0; r < kRoleCount; ++r) run.start[size_t(r)] = run.lowest[size_t(r)] = session->world().roles[size_t(r)].budget;
    const int late = session->world().end_tick - 120;   // the last ten years
    std::array<std::vector<double>, kRoleCount> outgoings;
    while (!session->finished()) {
        session->step();
        for (int r = 0; r < kRoleCount; ++r) {
            const RoleState& role = session->world().roles[size_t(r)];
            run.lowest[size_t(r)] = std::min(run.lowest[size_t(r)], role.budget);
            outgoings[size_t(r)].push_back(role.spending_this_tick);
            const auto& spent = outgoings[size_t(r)];
            const double recent = *std::max_element(spent.end() - std::min<std::ptrdiff_t>(12, std::ptrdiff_t(spent.size())), spent.end());
            const double beyond = -role.budget - credit_line(role, session->params());
            if (beyond > 0.0) run.past_line[size_t(r)] = std::max(run.past_line[size_t(r)], beyond / std::max(1.0, recent));
            if (session->world().tick < late) continue;
            run.highest_late[size_t(r)] = std::max(run.highest_late[size_t(r)], role.budget);
            run.income_late[size_t(r)] = std::max(run.income_late[size_t(r)], role.income_this_tick);
            run.spending_late[size_t(r)] = std::max(run.spending_late[size_t(r)], role.spending_this_tick);
        }
    }
    for (int r = 0; r < kRoleCount; ++r) {
        run.final_budget[size_t(r)] = session->world().roles[size_t(r)].budget;
        run.final_income[size_t(r)] = session->world().roles[size_t(r)].income_this_tick;
    }
    for (const LogEntry& entry : session->world().log)
        if (entry.text.find("past its credit line") != std::string::npos) ++run.repeals;
    return run;
}

std::vector<BudgetRun> play_all(std::vector<std::pair<std::string, SessionConfig>> games) {
    std::vector<std::future<BudgetRun>> pending;
    for (auto& [label, config] : games) pending.push_back(std::async(std::launch::async, play_budgets, label, config));
    std::vector<BudgetRun> out;
    for (auto& p : pending) out.push_back(p.get());
    return out;
}

}  // namespace

TEST_CASE("no budget grows without bound under any shipped strategy over 40 years", "[economy]") {
    std::vector<std::pair<std::string, SessionConfig>> games;
    for (const char* scenario : {"bio_island", "sandbox", "locked_in_park", "science_city", "second_tier_city"}) {
        const auto probe = start(scenario_config(scenario, 11));
        std::vector<std::string> strategies = probe->scenario().strategies;
        strategies.push_back("hands_off");
        for (const std::string& id : strategies) {
            SessionConfig config = scenario_config(scenario, 11);
            config.years = 40;
            for (const StrategyDef& def : probe->strategies())
                if (def.id == id)
                    for (Role role : def.roles) config.strategies[size_t(role)] = id;
            games.emplace_back(std::string(scenario) + "/" + id, config);
        }
    }
    for (const BudgetRun& run : play_all(games)) {
        for (int r = 0; r < kRoleCount; ++r) {
            std::printf("%-36s %-10s start %7.1f  lowest %8.1f  highest (last 10 y) %8.1f  final %8.1f  income %6.1f/month  repeals %d\n",
                        run.label.c_str(), role_name(Role(r)), run.start[size_t(r)], run.lowest[size_t(r)],
                        run.highest_late[size_t(r)], run.final_budget[size_t(r)], run.final_income[size_t(r)], run.repeals);
            INFO(run.label << " " << role_name(Role(r)) << ": highest budget in the last ten years " << run.highest_late[size_t(r)]
                           << ", highest income " << run.income_late[size_t(r)] << " and outgoings " << run.spending_late[size_t(r)]
                           << " a month; debt beyond the credit line up to " << run.past_line[size_t(r)] << " months of outgoings");
            // A surplus above the reserve (two years of outgoings, at least the starting budget)
            // leaves at 1/12 a month, so a budget settles below the reserve plus a year of income.
            CHECK(run.highest_late[size_t(r)] <= std::max(run.start[size_t(r)], 24.0 * run.spending_late[size_t(r)]) +
                                                     12.0 * run.income_late[size_t(r)]);
            // Past the credit line a policy goes each month, then the owner takes the rest: the
            // debt never runs more than a year of outgoings beyond the line.
            CHECK(run.past_line[size_t(r)] <= 12.0);
        }
    }
}

TEST_CASE("enacting every policy runs both budgets into debt and forces repeals", "[economy]") {
    std::vector<std::pair<std::string, SessionConfig>> games;
    for (uint64_t seed : test_seeds(12)) games.emplace_back("all_policies", scenario_config("bio_island", seed, "all_policies"));
    int in_debt = 0, repealed = 0;
    for (const BudgetRun& run : play_all(games)) {
        if (run.lowest[0] < 0.0 && run.lowest[1] < 0.0) ++in_debt;
        if (run.repeals > 0) ++repealed;
    }
    CHECK(in_debt == 12);
    CHECK(repealed == 12);
}

TEST_CASE("the historical strategies on Bio Island afford what they do", "[economy][calibration]") {
    std::vector<std::pair<std::string, SessionConfig>> games;
    for (uint64_t seed : test_seeds(12)) games.emplace_back("historical", bio_island_config(seed, "historical"));
    for (const BudgetRun& run : play_all(games)) {
        INFO("lowest budgets " << run.lowest[0] << " / " << run.lowest[1]);
        CHECK(run.repeals == 0);
        CHECK(run.lowest[0] >= 0.0);
        CHECK(run.lowest[1] >= 0.0);
    }
}
