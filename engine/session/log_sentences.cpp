// Timeline sentences as messages; see log_sentences.h. The legacy patterns are the session's
// add_log formats before save version 8 (git log -S "enacted: " engine/session/session.cpp), which
// are the English of today's catalogue keys: a candidate counts only if its English is the text.
#include "session/log_sentences.h"

namespace keystone {

Message source_arg(const std::string& source) {
    if (source == "player") return sentence("log.source.player");
    if (source == "default, unanswered") return sentence("log.source.default");
    if (source.rfind("ai:", 0) == 0) return sentence("log.source.ai", {content_arg("strategy." + source.substr(3) + ".name", source.substr(3))});
    return text_arg(source);
}

namespace {

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }
bool ends_with(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The candidates a sentence of this kind could be; log_message_of_text keeps the first whose English is the text.
std::vector<Message> candidates(const std::string& kind, const std::string& text, const ScenarioDef& scenario,
                                const std::vector<PolicyDef>& policies, const std::vector<EventDef>& events) {
    std::vector<Message> out;
    auto policy_arg = [&](const std::string& name) {   // a repeal of a policy the scripts no longer have named its id
        for (const PolicyDef& policy : policies)
            if (policy.name == name) return policy_name_arg(policy);
        return text_arg(name);
    };
    if (kind == "scenario") {
        const std::string started = "Scenario started: ", reloaded = "Scripts reloaded (content ";
        if (text == started + scenario.name) out.push_back(sentence("log.text.scenario_started", {content_arg("scenario." + scenario.id + ".name", scenario.name)}));
        if (starts_with(text, reloaded) && ends_with(text, ")"))
            out.push_back(sentence("log.text.reloaded", {text_arg(text.substr(reloaded.size(), text.size() - reloaded.size() - 1))}));
    } else if (kind == "policy") {
        for (int r = 0; r < kRoleCount; ++r) {
            const std::string role = role_name(Role(r));
            for (const auto& [verb, key] : {std::pair<const char*, const char*>{" enacted: ", "log.text.enacted"},
                                            {" repealed: ", "log.text.repealed"},
                                            {" is past its credit line and repealed: ", "log.text.credit_line_repeal"}})
                if (starts_with(text, role + verb)) out.push_back(sentence(key, {role_arg(Role(r)), policy_arg(text.substr(role.size() + std::string(verb).size()))}));
        }
        const std::string expired = "Expired: ", refused = "Command refused: ", reload = "Reload: policy '", ended = "' no longer exists and was ended";
        if (starts_with(text, expired)) out.push_back(sentence("log.text.expired", {policy_arg(text.substr(expired.size()))}));
        if (starts_with(text, refused)) out.push_back(sentence("log.text.refused", {text_arg(text.substr(refused.size()))}));
        if (starts_with(text, reload) && ends_with(text, ended))
            out.push_back(sentence("log.text.reload_ended", {text_arg(text.substr(reload.size(), text.size() - reload.size() - ended.size()))}));
    } else if (kind == "event") {
        for (const EventDef& event : events) {
            if (text == "Event: " + event.title) out.push_back(sentence("log.text.event", {event_title_arg(event)}));
            for (const EventChoiceDef& choice : event.choices) {
                const std::string answered = event.title + ": " + choice.label + " (";
                if (starts_with(text, answered) && ends_with(text, ")"))
                    out.push_back(sentence("log.text.answered", {event_title_arg(event), choice_label_arg(event, choice),
                                                                 source_arg(text.substr(answered.size(), text.size() - answered.size() - 1))}));
            }
        }
    } else if (kind == "script_error" && ends_with(text, " disabled)")) {
        const size_t open = text.rfind(" (");
        if (open != std::string::npos)
            out.push_back(sentence("log.text.script_disabled", {text_arg(text.substr(0, open)), text_arg(text.substr(open + 2, text.size() - open - 12))}));
    }
    return out;
}

}  // namespace

Message log_message_of_text(const std::string& kind, const std::string& text, const ScenarioDef& scenario,
                           const std::vector<PolicyDef>& policies, const std::vector<EventDef>& events) {
    for (Message& message : candidates(kind, text, scenario, policies, events))
        if (english(message) == text) return message;
    return {};
}

}  // namespace keystone
