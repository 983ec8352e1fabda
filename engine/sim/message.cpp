// The engine's message catalogue (English) and the English formatting of a message; see message.h.
// A key here is also a key of the client's string tables: a translation adds the key to
// assets/i18n/<language>.json with the same placeholders (tests/game/test_i18n.cpp checks it).
#include "sim/message.h"

#include <algorithm>
#include <cassert>

#include "sim/content.h"
#include "sim/state.h"

namespace keystone {

namespace {

// Grouped by where the engine says them. Keys never change meaning; a new wording keeps the key
// only if every translation still fits it.
const std::vector<std::pair<const char*, const char*>> kCatalogue = {
    // --- why a command cannot be done (Session::check) --------------------------------------
    {"engine.refusal.unknown_policy", "unknown policy '{0}'"},
    {"engine.refusal.policy_disabled", "policy '{0}' is disabled after a script error"},
    {"engine.refusal.policy_of_role", "policy '{0}' belongs to the {1} role"},
    {"engine.refusal.in_force", "\"{0}\" is already in force"},
    {"engine.refusal.requires", "requires \"{0}\" to be in force"},
    {"engine.refusal.min_stage", "available from the {0} stage"},
    {"engine.refusal.in_debt", "in debt: no new policies until the budget is above zero again"},
    {"engine.refusal.budget", "not enough budget (needs {0} RMB million)"},
    {"engine.refusal.repeal_other_role", "policy belongs to the other role"},
    {"engine.refusal.not_in_force", "policy '{0}' is not in force"},
    {"engine.refusal.event_other_role", "this event is for the other role"},
    {"engine.refusal.unknown_choice", "unknown choice '{0}'"},
    {"engine.refusal.no_event", "no such pending event"},
    {"engine.refusal.lever_owner", "lever '{0}' belongs to the {1}"},
    {"engine.refusal.out_of_range", "value out of range"},
    {"engine.refusal.unknown_command", "unknown command"},
    {"engine.refusal.already_queued", "already queued"},
    {"engine.refusal.opposite_queued", "an opposite command for this policy is already queued"},
    {"engine.refusal.already_answered", "this event is already answered"},
    {"engine.refusal.unknown_strategy", "unknown strategy '{0}'"},
    {"engine.refusal.strategy_role", "strategy '{0}' cannot play the {1} role"},
    // --- loading mods (load_all_content) ------------------------------------------------------
    {"engine.mods.loaded", "loaded mod {0}: '{1}' {2} ({3})"},
    {"engine.mods.replaces", "mod '{0}' replaces {1} '{2}' from {3}"},
    {"engine.mods.skipped_folder", "skipped mod folder {0}: {1}"},
    {"engine.mods.duplicate_id", "skipped mod folder {0}: another mod already has id '{1}'"},
    {"engine.mods.skipped", "skipped mod '{0}' {1}: {2}"},
    {"engine.mods.skipped_more", "skipped mod '{0}' {1}: {2} (and {3} more)"},
    {"engine.mods.circular", "mods with circular load_after: {0} ...; loading them alphabetically"},
    {"engine.kind.scenario", "scenario"},
    {"engine.kind.policy", "policy"},
    {"engine.kind.event", "event"},
    {"engine.kind.strategy", "strategy"},
    // --- why a script reload was not taken (Session::reload_content) ----------------------------
    {"engine.reload.no_scenario", "the reloaded scripts no longer have scenario '{0}'"},
    {"engine.reload.no_strategy", "the reloaded scripts no longer have strategy '{0}'"},
    // --- the timeline (World::log) ----------------------------------------------------------------
    {"log.text.scenario_started", "Scenario started: {0}"},
    {"log.text.enacted", "{0} enacted: {1}"},
    {"log.text.repealed", "{0} repealed: {1}"},
    {"log.text.expired", "Expired: {0}"},
    {"log.text.refused", "Command refused: {0}"},
    {"log.text.event", "Event: {0}"},
    {"log.text.answered", "{0}: {1} ({2})"},
    {"log.text.credit_line_repeal", "{0} is past its credit line and repealed: {1}"},
    {"log.text.reload_ended", "Reload: policy '{0}' no longer exists and was ended"},
    {"log.text.reloaded", "Scripts reloaded (content {0})"},
    {"log.text.script_disabled", "{0} ({1} disabled)"},
    {"log.source.player", "player"},
    {"log.source.ai", "ai:{0}"},
    {"log.source.default", "default, unanswered"},
};

}  // namespace

const std::vector<std::pair<const char*, const char*>>& message_catalogue() { return kCatalogue; }

const char* english_pattern(const std::string& key) {
    for (const auto& [k, pattern] : kCatalogue)
        if (key == k) return pattern;
    return nullptr;
}

Message sentence(const char* key, std::vector<Message> args) {
    assert(english_pattern(key) != nullptr);
    Message m;
    m.key = key;
    m.args = std::move(args);
    return m;
}

Message text_arg(std::string text) {
    Message m;
    m.kind = Message::Kind::Text;
    m.text = std::move(text);
    return m;
}

Message term_arg(std::string key, std::string english_name) {
    Message m;
    m.kind = Message::Kind::Term;
    m.key = std::move(key);
    m.text = std::move(english_name);
    return m;
}

Message content_arg(std::string key, std::string english_name) {
    Message m = term_arg(std::move(key), std::move(english_name));
    m.kind = Message::Kind::Content;
    return m;
}

Message role_arg(Role role) { return role_arg(role_name(role)); }
Message role_arg(const std::string& name) { return term_arg("role." + name, name); }
Message stage_arg(Stage stage) { return term_arg(std::string("stage.") + stage_name(stage), stage_title(stage)); }
Message lever_arg(Lever lever) { return term_arg(std::string("lever.") + lever_name(lever), lever_name(lever)); }
Message policy_name_arg(const PolicyDef& policy) { return content_arg("policy." + policy.id + ".name", policy.name); }
Message policy_id_arg(const std::string& id) { return content_arg("policy." + id + ".name", id); }
Message event_title_arg(const EventDef& event) { return content_arg("event." + event.id + ".title", event.title); }
Message choice_label_arg(const EventDef& event, const EventChoiceDef& choice) {
    return content_arg("event." + event.id + ".choice." + choice.id + ".label", choice.label);
}

std::string fill_placeholders(const std::string& pattern, const std::vector<std::string>& arguments) {
    std::string out;
    out.reserve(pattern.size() + 16);
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' && pattern[i + 1] <= '9') {
            const size_t index = size_t(pattern[i + 1] - '0');
            if (index < arguments.size()) out += arguments[index];
            i += 2;
            continue;
        }
        out += pattern[i];
    }
    return out;
}

std::string english(const Message& message) {
    if (message.kind != Message::Kind::Sentence) return message.text;
    if (message.key.empty()) return "";
    std::vector<std::string> arguments;
    for (const Message& arg : message.args) arguments.push_back(english(arg));
    const char* pattern = english_pattern(message.key);
    return fill_placeholders(pattern ? pattern : message.key, arguments);
}

void add_log_message(World& world, const std::string& kind, Message message) {
    std::string text = english(message);
    world.log.push_back({world.tick, kind, std::move(text), std::move(message)});
}

}  // namespace keystone
