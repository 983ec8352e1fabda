// UiActions: the functions the client's buttons call are the ones tested here, so a passing test
// means a click does what it says. Sessions use the shipped Bio Island scenario.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "core/ui_actions.h"
#include "session/session.h"

using namespace keystone;
using namespace keystone::client;

namespace {
std::unique_ptr<Session> make_session(uint64_t seed, HumanRoles humans) {
    SessionConfig config;
    config.scripts_dir = std::string(KEYSTONE_SOURCE_DIR) + "/scripts";
    config.scenario_id = "bio_island";
    config.seed = seed;
    config.human = humans;
    std::string error;
    auto session = Session::create(config, &error);
    INFO("Session::create: " << error);
    REQUIRE(session);
    return session;
}

// The first operator policy that a click could enact right now.
std::string enactable_policy(const Session& session, Role role) {
    for (const PolicyDef& policy : session.policies())
        if (policy.role == role && !policy.disabled && !session.policy_active(policy.id) &&
            enact_blocker(session, role, policy.id).empty())
            return policy.id;
    return "";
}

bool queued_command(const Session& session, CommandType type, const std::string& policy_id) {
    return std::any_of(session.queued().begin(), session.queued().end(), [&](const Command& command) {
        return command.type == type && command.policy_id == policy_id && command.source == "player";
    });
}
}  // namespace

TEST_CASE("an Enact click queues an EnactPolicy command that takes effect at the next step", "[game][ui_actions]") {
    auto session = make_session(7, {true, false});
    const std::string policy_id = enactable_policy(*session, Role::Operator);
    REQUIRE_FALSE(policy_id.empty());

    REQUIRE(request_enact(*session, Role::Operator, policy_id).empty());
    CHECK(queued_command(*session, CommandType::EnactPolicy, policy_id));
    CHECK_FALSE(session->policy_active(policy_id));  // nothing changes before the tick boundary

    SECTION("a second click in the same month is refused with a reason") {
        CHECK_FALSE(request_enact(*session, Role::Operator, policy_id).empty());
        CHECK_FALSE(enact_blocker(*session, Role::Operator, policy_id).empty());
        CHECK(std::count_if(session->queued().begin(), session->queued().end(),
                            [&](const Command& c) { return c.policy_id == policy_id; }) == 1);
    }
    SECTION("the policy is active after the next step, and a Repeal click ends it a step later") {
        session->step();
        CHECK(session->policy_active(policy_id));
        CHECK(session->queued().empty());
        REQUIRE(repeal_blocker(*session, Role::Operator, policy_id).empty());
        REQUIRE(request_repeal(*session, Role::Operator, policy_id).empty());
        CHECK(queued_command(*session, CommandType::RepealPolicy, policy_id));
        session->step();
        CHECK_FALSE(session->policy_active(policy_id));
    }
}

TEST_CASE("a policy of the other role cannot be enacted from this role's panel", "[game][ui_actions]") {
    auto session = make_session(7, {true, false});
    const std::string government_policy = enactable_policy(*session, Role::Government);
    REQUIRE_FALSE(government_policy.empty());
    CHECK_FALSE(enact_blocker(*session, Role::Operator, government_policy).empty());
    CHECK_FALSE(request_enact(*session, Role::Operator, government_policy).empty());
    CHECK(session->queued().empty());
}

TEST_CASE("answering an event submits an AnswerEvent command for that event", "[game][ui_actions]") {
    // Both roles human: every event waits for a player, so one appears within a few years.
    auto session = make_session(3, {true, true});
    const HumanRoles humans{true, true};
    const PendingEvent* pending = nullptr;
    for (int month = 0; month < 240 && !pending && !session->finished(); ++month) {
        session->step();
        pending = next_unanswered_event(*session, humans);
    }
    REQUIRE(pending != nullptr);
    const PendingEvent event = *pending;
    const EventDef& definition = session->events()[size_t(event.def_index)];
    REQUIRE_FALSE(definition.choices.empty());
    const std::string choice = definition.choices.front().id;

    REQUIRE(answer_event(*session, event, choice).empty());
    const auto& queue = session->queued();
    const auto answer = std::find_if(queue.begin(), queue.end(), [&](const Command& c) {
        return c.type == CommandType::AnswerEvent && c.event_instance == event.instance;
    });
    REQUIRE(answer != queue.end());
    CHECK(answer->choice_id == choice);
    CHECK(answer->role == event.role);
    CHECK(answer->source == "player");
    CHECK(is_event_answered(*session, event.instance));
    // The modal moves on: the answered event no longer holds the clock.
    const PendingEvent* next = next_unanswered_event(*session, humans);
    CHECK((next == nullptr || next->instance != event.instance));
    CHECK_FALSE(answer_event(*session, event, choice).empty());  // no second answer

    session->step();
    const auto& still_pending = session->pending_events();
    CHECK(std::none_of(still_pending.begin(), still_pending.end(),
                       [&](const PendingEvent& p) { return p.instance == event.instance; }));
}

TEST_CASE("events for a role played by the AI never block the player's clock", "[game][ui_actions]") {
    auto session = make_session(3, {true, false});
    for (int month = 0; month < 120 && !session->finished(); ++month) {
        session->step();
        const PendingEvent* pending = next_unanswered_event(*session, {true, false});
        if (pending) CHECK(pending->role == Role::Operator);
    }
}
