// UiActions: the one path from a click to the engine. Every button that changes the world calls
// one of these functions, and so do the tests, so a test exercises exactly what a click does.
// Nothing here changes state directly: it builds a Command and hands it to Session::submit.
#pragma once
#include <array>
#include <string>

#include "session/session.h"

namespace keystone::client {

// Which roles sit at this screen (one player, or two players sharing it).
using HumanRoles = std::array<bool, kRoleCount>;

Command make_enact_command(Role role, const std::string& policy_id);
Command make_repeal_command(Role role, const std::string& policy_id);
Command make_answer_command(const PendingEvent& pending, const std::string& choice_id);

// Each returns "" when the command was queued, else the reason it was refused (for the UI).
std::string request_enact(Session& session, Role role, const std::string& policy_id);
std::string request_repeal(Session& session, Role role, const std::string& policy_id);
std::string answer_event(Session& session, const PendingEvent& pending, const std::string& choice_id);

// Why a button is disabled: "" when the click would be accepted. Asks Session::validate and
// adds one client-side reason: a command for the same policy is already waiting for the next month.
std::string enact_blocker(const Session& session, Role role, const std::string& policy_id);
std::string repeal_blocker(const Session& session, Role role, const std::string& policy_id);

bool is_policy_command_queued(const Session& session, Role role, const std::string& policy_id);
bool is_event_answered(const Session& session, uint32_t event_instance);

// The oldest pending event that a human at this screen must answer and has not answered yet;
// nullptr when none. The client pauses the clock while one exists.
const PendingEvent* next_unanswered_event(const Session& session, const HumanRoles& humans);

}  // namespace keystone::client
