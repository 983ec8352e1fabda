// Session saves and loads: header, checksum, content hash, atomic writes (see session.h).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "io/atomic_file.h"
#include "io/json_fields.h"
#include "io/json_file.h"
#include "io/migrations.h"
#include "io/snapshot.h"
#include "io/versions.h"
#include "script/script_host.h"
#include "session/log_sentences.h"
#include "session/session.h"
#include "sim/rules.h"

namespace keystone {

namespace {

constexpr std::uintmax_t kMaxSaveBytes = 512u << 20;

}  // namespace

SessionState Session::export_state() const {
    SessionState s;
    s.world = world_;
    s.pending = pending_;
    s.event_last_fired = event_last_fired_;
    s.next_event_instance = next_event_instance_;
    s.queue = queue_;
    s.command_log = command_log_;
    s.history = history_;
    s.injections = injections_;
    for (const auto& p : policies_) if (p.disabled) s.disabled_scripts.push_back("policy:" + p.id);
    for (const auto& e : events_) if (e.disabled) s.disabled_scripts.push_back("event:" + e.id);
    for (const auto& st : strategies_) if (st.disabled) s.disabled_scripts.push_back("strategy:" + st.id);
    return s;
}

std::string Session::import_state(SessionState s) {
    // Policy instances refer to definitions by id; the index is rebuilt, never trusted.
    for (auto& p : s.world.policies) {
        p.def_index = find_policy(p.id);
        if (p.def_index < 0) return "the save uses policy '" + p.id + "', which these scripts do not have";
    }
    world_ = std::move(s.world);
    index_enterprises(world_);   // derived indexes are rebuilt, not loaded
    pending_ = std::move(s.pending);
    event_last_fired_ = std::move(s.event_last_fired);
    next_event_instance_ = s.next_event_instance;
    queue_ = std::move(s.queue);
    command_log_ = std::move(s.command_log);
    history_ = std::move(s.history);
    injections_ = std::move(s.injections);
    for (const std::string& id : s.disabled_scripts) {
        for (auto& p : policies_) if ("policy:" + p.id == id) p.disabled = true;
        for (auto& e : events_) if ("event:" + e.id == id) e.disabled = true;
        for (auto& st : strategies_) if ("strategy:" + st.id == id) st.disabled = true;
    }
    return "";
}

nlohmann::json Session::save_json() const {
    nlohmann::json save;
    save["format"] = "keystone-save";
    save["format_version"] = int(kSaveVersionCurrent);
    save["game_version"] = KEYSTONE_VERSION;
    save["scenario"] = scenario_.id;
    save["content_hash"] = content_hash_;
    save["seed"] = config_.seed;
    save["years"] = config_.years;
    save["strategies"] = {strategy_ids_[0], strategy_ids_[1]};
    save["human"] = {config_.human[0], config_.human[1]};
    save["state"] = snapshot_state(*this);
    nlohmann::json storage;
    std::string error;
    if (!scripts_->export_storage(&storage, &error)) {
        save["storage_error"] = error;
        storage = nlohmann::json::object();
    }
    save["script_storage"] = storage;
    save["checksum"] = json_checksum(save["state"]);
    return save;
}

std::string Session::save(const std::string& path) const {
    nlohmann::json save = save_json();
    if (save.contains("storage_error")) return "cannot save: " + save["storage_error"].get<std::string>();
    std::string error;
    if (!write_file_atomic(path, save.dump(), &error)) return error;
    return "";
}

std::unique_ptr<Session> Session::load(const std::string& path, const SessionConfig& content, std::string* error) {
    nlohmann::json save;
    if (!read_json_file(path, "save", kMaxSaveBytes, &save, error)) return nullptr;
    auto session = load_json(std::move(save), content, error);
    if (!session) *error = path + ": " + *error;
    return session;
}

std::unique_ptr<Session> Session::load_json(nlohmann::json save, const SessionConfig& content, std::string* error) {
    try {
        auto field = [&](const char* name) -> const nlohmann::json& { return json_field(save, name, name); };
        if (!save.is_object() || !save.contains("format") || !save["format"].is_string() || save["format"] != "keystone-save") {
            *error = "not a Keystone save";
            if (save.is_object() && save.contains("format") && !save["format"].is_string())
                *error += " (field 'format': expected a string, got " + describe_json(save["format"]) + ")";
            return nullptr;
        }
        // Order: refuse unknown or newer versions, then check the state as written, then migrate.
        if (!save.contains("format_version") || !save["format_version"].is_number_integer() ||
            (save["format_version"].is_number_unsigned() ? save["format_version"].get<uint64_t>() > uint64_t(kSaveVersionCurrent)
                                                         : save["format_version"].get<int64_t>() > kSaveVersionCurrent)) {
            *error = migrate_save(save);
            if (error->empty()) *error = "unknown save format";
            return nullptr;
        }
        // The depth of the document was bounded when it was read; a document built in memory
        // (the replay viewer's snapshots) comes from our own writer.
        if (!save.contains("state") || !save["checksum"].is_string() || json_checksum(save["state"]) != save["checksum"].get<std::string>()) {
            *error = "the save is damaged (checksum mismatch)";
            return nullptr;
        }
        const int64_t saved_version = save["format_version"].get<int64_t>();
        const std::string refusal = migrate_save(save);
        if (!refusal.empty()) { *error = refusal; return nullptr; }
        SessionConfig config = content;
        config.scenario_id = json_string(field("scenario"), "scenario");
        config.seed = json_uint64(field("seed"), "seed");
        config.years = int(json_integer(field("years"), "years", 0, kMaxYears));
        const auto& strategies = json_array(field("strategies"), "strategies", kRoleCount);
        const auto& human = json_array(field("human"), "human", kRoleCount);
        for (int r = 0; r < kRoleCount; ++r) {
            config.strategies[size_t(r)] = json_string(strategies[size_t(r)], "strategies[" + std::to_string(r) + "]");
            config.human[size_t(r)] = json_bool(human[size_t(r)], "human[" + std::to_string(r) + "]");
        }
        const std::string content_hash = json_string(field("content_hash"), "content_hash");
        const nlohmann::json& storage = field("script_storage");
        auto session = create(config, error);
        if (!session) return nullptr;
        if (session->content_hash_ != content_hash) {
            *error = "the scripts changed since this game was saved (content " + content_hash +
                     ", now " + session->content_hash_ + "): continuing would not reproduce the game";
            return nullptr;
        }
        const std::string problem = restore_state(*session, save["state"]);
        if (!problem.empty()) { *error = "the save is damaged: " + problem; return nullptr; }
        std::string storage_error;
        if (!session->scripts_->import_storage(storage, &storage_error)) { *error = storage_error; return nullptr; }
        // Before version 8 the timeline kept only English text: the session's own sentences are
        // recognised (the content is the one they were written with) so they read in any language.
        if (saved_version < kSaveVersionLogMessages)
            for (LogEntry& entry : session->world_.log)
                if (entry.message.empty())
                    entry.message = log_message_of_text(entry.kind, entry.text, session->scenario_, session->policies_, session->events_);
        return session;
    } catch (const FieldError& e) {
        *error = std::string("the save is damaged: ") + e.what();
        return nullptr;
    } catch (const nlohmann::json::exception& e) {
        // Every field above is checked first; this is a last guard that keeps the library's text out.
        *error = std::string("the save is damaged (unexpected value, JSON error ") + std::to_string(e.id) + ")";
        return nullptr;
    }
}

Message Session::set_strategy(Role role, const std::string& strategy_id) {
    for (const auto& s : strategies_)
        if (s.id == strategy_id) {
            if (std::find(s.roles.begin(), s.roles.end(), role) == s.roles.end())
                return sentence("engine.refusal.strategy_role", {content_arg("strategy." + s.id + ".name", strategy_id), role_arg(role)});
            strategy_ids_[int(role)] = strategy_id;
            config_.strategies[int(role)] = strategy_id;
            return {};
        }
    return sentence("engine.refusal.unknown_strategy", {text_arg(strategy_id)});
}

}  // namespace keystone
