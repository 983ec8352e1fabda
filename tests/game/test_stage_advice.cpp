// The stage panel's advice: policies and event choices that move a failing condition come from
// the engine's lever registry, numbers compare at the precision shown, and the fall-back inputs
// agree with the engine's counter.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/log_view.h"
#include "core/stage_advice.h"
#include "core/strings.h"
#include "sim/lever_registry.h"

using namespace keystone;
using namespace keystone::client;

namespace {
std::unique_ptr<Session> start(const std::string& scenario, uint64_t seed) {
    SessionConfig config;
    config.scripts_dir = std::string(KEYSTONE_SOURCE_DIR) + "/scripts";
    config.scenario_id = scenario;
    config.seed = seed;
    std::string error;
    auto session = Session::create(config, &error);
    INFO(error);
    REQUIRE(session);
    return session;
}

int policy_index(const Session& session, const std::string& id) {
    const auto& policies = session.policies();
    for (size_t i = 0; i < policies.size(); ++i)
        if (policies[i].id == id) return int(i);
    return -1;
}

bool lists(const ConditionAdvice& advice, int def_index) {
    return std::any_of(advice.policies.begin(), advice.policies.end(),
                       [&](const PolicyOption& option) { return option.def_index == def_index; });
}
}  // namespace

TEST_CASE("a policy whose lever feeds a condition is listed for it, others are not", "[game][stage_advice]") {
    auto session = start("bio_island", 3);
    const HumanRoles operator_only{true, false};
    // Forums set the forums lever; the joint-action rule reads it; ties per firm come from joint actions.
    const int forums = policy_index(*session, "forums_and_workshops");
    REQUIRE(forums >= 0);
    const ConditionAdvice ties = advise_condition(*session, "firm_ties_per_firm", operator_only);
    CHECK(lists(ties, forums));
    // The government's policies are not this player's to enact.
    const int tax = policy_index(*session, "tax_incentive");
    REQUIRE(tax >= 0);
    CHECK_FALSE(lists(ties, tax));
    CHECK(lists(advise_condition(*session, "firm_ties_per_firm", HumanRoles{true, true}), forums));

    // Over every condition of the shipped ladder: listed exactly when one of the policy's effects
    // is a lever of a rule the registry says moves the measure.
    for (const std::string metric : {"enterprises", "reputation", "service_providers", "transformation_rate",
                                     "innovation_culture", "external_tie_share", "diversity"}) {
        INFO(metric);
        const ConditionAdvice advice = advise_condition(*session, metric, HumanRoles{true, true});
        const std::vector<Lever> levers = levers_moving(metric);
        CHECK(advice.levers == levers);
        for (size_t i = 0; i < session->policies().size(); ++i) {
            const PolicyDef& policy = session->policies()[i];
            const bool moves = std::any_of(policy.effects.begin(), policy.effects.end(), [&](const auto& effect) {
                return effect.second != 0.0 && std::find(levers.begin(), levers.end(), effect.first) != levers.end();
            });
            INFO(policy.id);
            CHECK(lists(advice, int(i)) == moves);
        }
        for (const EventChoiceOption& choice : advice.event_choices)
            CHECK_FALSE(session->events()[size_t(choice.event_index)].choices[size_t(choice.choice_index)].effects.empty());
    }
}

TEST_CASE("values compare at the precision shown", "[game][stage_advice]") {
    const ComparedText near = format_compared(0.398, 0.40);
    CHECK(near.value != near.threshold);
    CHECK(near.value == "0.398");
    const ComparedText far = format_compared(0.31, 0.40);
    CHECK(far.value == "0.31");
    CHECK(far.threshold == "0.40");
    const ComparedText equal = format_compared(0.4, 0.4);
    CHECK(equal.value == equal.threshold);
    const ComparedText tiny = format_compared(2.99999, 3.0);
    CHECK(tiny.value != tiny.threshold);
}

TEST_CASE("the trend covers the last twelve months and says which way the measure went", "[game][stage_advice]") {
    auto session = start("bio_island", 4);
    for (int month = 0; month < 30; ++month) session->step();
    const Trend trend = metric_trend(*session, "enterprises", 12);
    REQUIRE(trend.values.size() == 13);
    CHECK(trend.change == Approx(double(trend.values.back()) - double(trend.values.front())));
    CHECK(trend.direction == (trend.change > 0.01 * trend.values.back() ? 1 : (trend.change < -0.01 * trend.values.front() ? -1 : 0)));
    CHECK(metric_trend(*session, "no_such_measure", 12).values.empty());
}

TEST_CASE("the fall-back inputs agree with the engine's counter every month", "[game][stage_advice]") {
    int months_checked = 0;
    for (const char* scenario : {"bio_island", "locked_in_park"}) {
        auto session = start(scenario, 11);
        for (int month = 0; month < 150 && !session->finished(); ++month) {
            const Stage before = session->world().stage.stage;
            const int ticks_before = session->world().stage.fallback_ticks;
            session->step();
            if (session->world().stage.stage != before) continue;  // a change resets the counters
            const FallbackInputs inputs = fallback_inputs(*session);
            if (!inputs.applies) continue;
            INFO(scenario << " month " << session->world().tick);
            CHECK(inputs.failing == (session->world().stage.fallback_ticks == ticks_before + 1));
            CHECK(inputs.ticks == session->world().stage.fallback_ticks);
            months_checked += 1;
        }
    }
    CHECK(months_checked > 24);
}

TEST_CASE("every shipped scenario suggests a first move per role that the role can make at the start", "[game][stage_advice]") {
    for (const char* scenario : {"bio_island", "locked_in_park", "sandbox", "science_city", "second_tier_city"}) {
        auto session = start(scenario, 1);
        const std::vector<FirstMoveView> moves = first_moves(*session, HumanRoles{true, true});
        INFO(scenario);
        REQUIRE(moves.size() == 2);
        for (const FirstMoveView& move : moves) {
            const PolicyDef& policy = session->policies()[size_t(move.def_index)];
            CHECK(policy.role == move.role);
            CHECK(int(policy.min_stage) <= int(session->world().stage.stage));
            CHECK_FALSE(move.why.empty());
        }
        CHECK(first_moves(*session, HumanRoles{false, true}).size() == 1);
    }
}

TEST_CASE("the timeline folds runs of the same line into one counted row", "[game][log]") {
    const std::vector<LogEntry> log = {{1, "firm", "A large tenant left the park (attrition)"},
                                       {2, "firm", "A large tenant left the park (attrition)"},
                                       {2, "policy", "Forums enacted"},
                                       {3, "firm", "A large tenant left the park (attrition)"},
                                       {4, "firm", "A large tenant left the park (attrition)"}};
    const std::vector<LogRow> rows = fold_log_rows(log, {4, 3, 2, 1, 0});
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].count == 2);
    CHECK(rows[0].newest == 4);
    CHECK(rows[0].oldest == 3);
    CHECK(rows[1].count == 1);
    CHECK(rows[2].count == 2);
    CHECK(rows[2].oldest == 0);
    // A filter that hides the policy line joins the runs around it.
    CHECK(fold_log_rows(log, {4, 3, 1, 0}).size() == 1);
}

TEST_CASE("who answered an event reads in words, other lines are unchanged", "[game][log]") {
    StrategyDef historical;
    historical.id = "historical";
    historical.name = "Historical";
    const std::vector<StrategyDef> strategies = {historical};
    std::string warning;
    REQUIRE(strings().load(std::string(KEYSTONE_SOURCE_DIR) + "/assets/i18n/en.json", &warning));
    const std::string by_ai = readable_log_text("Rival park undercuts: Match it (ai:historical)", strategies);
    CHECK(by_ai.find("ai:") == std::string::npos);
    CHECK(by_ai.find("Historical") != std::string::npos);
    CHECK(by_ai.rfind("Rival park undercuts: Match it (", 0) == 0);
    CHECK(readable_log_text("A large tenant left the park (attrition)", strategies) == "A large tenant left the park (attrition)");
    CHECK(readable_log_text("no tag", strategies) == "no tag");
    // An organizer that arrived by chance is named in words, in the timeline and elsewhere; a
    // scenario's own organizer names stay as written.
    const std::string joined = readable_log_text("An innovation organizer joined the park: organizer 3", strategies);
    CHECK(joined == "An innovation organizer joined the park: Independent innovation organizer no. 3");
    CHECK(organizer_display_name("organizer 12") == "Independent innovation organizer no. 12");
    CHECK(organizer_display_name("organizer") == "organizer");
    CHECK(organizer_display_name("organizer 3b") == "organizer 3b");
    CHECK(organizer_display_name("Bio Island Innovation Center") == "Bio Island Innovation Center");
}
