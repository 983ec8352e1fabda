// Timeline sentences in the chosen language; see log_text.h. The patterns mirror the add_log
// calls in engine/session/session.cpp and engine/sim/rules_*.cpp; a test keeps them in step.
#include "core/log_text.h"

#include "core/content_text.h"
#include "core/strings.h"

namespace keystone::client {

namespace {
bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

std::string policy_name_text(const Session& session, const std::string& english) {
    for (const PolicyDef& policy : session.policies())
        if (policy.name == english) return content_text("policy." + policy.id + ".name", english);
    return english;
}

std::string stage_text(const std::string& english_title) {
    for (int s = 0; s < kStageCount; ++s)
        if (english_title == stage_title(Stage(s))) return tr_or(std::string("stage.") + stage_name(Stage(s)), english_title);
    return english_title;
}

std::string role_text(const std::string& role) { return tr_or("role." + role, role); }
}  // namespace

std::string localized_log_text(const Session& session, const std::string& text) {
    if (current_language() == "en") return text;
    if (starts_with(text, "Stage changed: ")) {
        const std::string rest = text.substr(15);
        const size_t arrow = rest.find(" -> ");
        if (arrow != std::string::npos)
            return trf("log.text.stage_changed", {stage_text(rest.substr(0, arrow)), stage_text(rest.substr(arrow + 4))});
    }
    if (starts_with(text, "Scenario started: ")) return trf("log.text.scenario_started", {scenario_name_text(session.scenario())});
    if (starts_with(text, "Expired: ")) return trf("log.text.expired", {policy_name_text(session, text.substr(9))});
    if (starts_with(text, "Command refused: ")) return trf("log.text.refused", {text.substr(17)});
    if (starts_with(text, "Scripts reloaded (content ")) return trf("log.text.reloaded", {text.substr(26, text.size() - 27)});
    if (starts_with(text, "An innovation organizer joined the park: ")) return trf("log.text.organizer_joined", {text.substr(41)});
    if (text == "A cluster-promotion organization was founded") return tr("log.text.promotion_org_founded");
    if (starts_with(text, "A large tenant left the park (")) {
        const std::string reason = text.substr(30, text.size() - 31);
        return trf("log.text.large_tenant_left", {tr_or("log.reason." + std::string(reason == "attrition" ? "attrition" : "relocated"), reason)});
    }
    for (int r = 0; r < kRoleCount; ++r) {
        const std::string role = role_name(Role(r));
        for (const char* verb : {"enacted", "repealed", "could not pay for"}) {
            const std::string prefix = role + " " + verb + ": ";
            if (!starts_with(text, prefix)) continue;
            const std::string key = std::string("log.text.") + (verb[0] == 'e' ? "enacted" : verb[0] == 'r' ? "repealed" : "unpaid");
            return trf(key.c_str(), {role_text(role), policy_name_text(session, text.substr(prefix.size()))});
        }
    }
    for (const EventDef& event : session.events()) {
        const std::string title = content_text("event." + event.id + ".title", event.title);
        if (text == "Event: " + event.title) return trf("log.text.event", {title});
        if (!starts_with(text, event.title + ": ")) continue;
        for (const EventChoiceDef& choice : event.choices) {
            const std::string answered = event.title + ": " + choice.label + " (";
            if (!starts_with(text, answered)) continue;
            std::string source = text.substr(answered.size(), text.size() - answered.size() - 1);
            source = source == "player" ? tr("log.source.player") : starts_with(source, "ai:") ? trf("log.source.ai", {source.substr(3)}) : source;
            return trf("log.text.answered", {title, content_text("event." + event.id + ".choice." + choice.id + ".label", choice.label), source});
        }
    }
    return text;
}

}  // namespace keystone::client
