// UiActions: clicks -> Commands; see ui_actions.h.
#include "core/ui_actions.h"

#include "core/message_text.h"
#include "core/strings.h"

namespace keystone::client {

namespace {
const char* const kPlayerSource = "player";
}

Command make_enact_command(Role role, const std::string& policy_id) {
    Command command;
    command.type = CommandType::EnactPolicy;
    command.role = role;
    command.policy_id = policy_id;
    command.source = kPlayerSource;
    return command;
}

Command make_repeal_command(Role role, const std::string& policy_id) {
    Command command = make_enact_command(role, policy_id);
    command.type = CommandType::RepealPolicy;
    return command;
}

Command make_answer_command(const PendingEvent& pending, const std::string& choice_id) {
    Command command;
    command.type = CommandType::AnswerEvent;
    command.role = pending.role;
    command.event_instance = pending.instance;
    command.choice_id = choice_id;
    command.source = kPlayerSource;
    return command;
}

bool is_policy_command_queued(const Session& session, Role role, const std::string& policy_id) {
    for (const Command& queued : session.queued()) {
        if ((queued.type == CommandType::EnactPolicy || queued.type == CommandType::RepealPolicy) &&
            queued.role == role && queued.policy_id == policy_id)
            return true;
    }
    return false;
}

bool is_event_answered(const Session& session, uint32_t event_instance) {
    for (const Command& queued : session.queued())
        if (queued.type == CommandType::AnswerEvent && queued.event_instance == event_instance) return true;
    return false;
}

std::string enact_blocker(const Session& session, Role role, const std::string& policy_id) {
    if (is_policy_command_queued(session, role, policy_id)) return tr("policy.reason_queued");
    return message_text(session.check(make_enact_command(role, policy_id)));
}

std::string repeal_blocker(const Session& session, Role role, const std::string& policy_id) {
    if (is_policy_command_queued(session, role, policy_id)) return tr("policy.reason_queued");
    return message_text(session.check(make_repeal_command(role, policy_id)));
}

std::string request_enact(Session& session, Role role, const std::string& policy_id) {
    // A double click must not queue the same policy twice: the second click is refused here.
    if (is_policy_command_queued(session, role, policy_id)) return tr("policy.reason_queued");
    return message_text(session.queue_command(make_enact_command(role, policy_id)));
}

std::string request_repeal(Session& session, Role role, const std::string& policy_id) {
    if (is_policy_command_queued(session, role, policy_id)) return tr("policy.reason_queued");
    return message_text(session.queue_command(make_repeal_command(role, policy_id)));
}

std::string answer_event(Session& session, const PendingEvent& pending, const std::string& choice_id) {
    if (is_event_answered(session, pending.instance)) return tr("event.reason_answered");
    return message_text(session.queue_command(make_answer_command(pending, choice_id)));
}

const PendingEvent* next_unanswered_event(const Session& session, const HumanRoles& humans) {
    for (const PendingEvent& pending : session.pending_events()) {
        if (!humans[int(pending.role)]) continue;
        if (is_event_answered(session, pending.instance)) continue;
        return &pending;
    }
    return nullptr;
}

}  // namespace keystone::client
