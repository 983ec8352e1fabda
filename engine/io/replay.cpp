// Replays (see replay.h).
#include "io/replay.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/atomic_file.h"
#include "io/json_fields.h"
#include "io/json_file.h"
#include "io/versions.h"
#include "session/scenario_adjustments.h"
#include "session/session.h"
#include "sim/hash.h"

namespace keystone {

namespace {
bool from_player(const Command& c) { return c.source.rfind("ai:", 0) != 0; }
}  // namespace

nlohmann::json command_fields_json(const Command& c) {
    return {{"type", int(c.type)}, {"role", int(c.role)}, {"policy", c.policy_id}, {"event_instance", c.event_instance},
            {"choice", c.choice_id}, {"lever", int(c.lever)}, {"value", c.value}};
}

Command command_from_fields(const nlohmann::json& j, const std::string& at) {
    auto get = [&](const char* name) -> const nlohmann::json& { return json_field(j, name, at + "." + name); };
    Command c;
    c.type = CommandType(json_integer(get("type"), at + ".type", 0, int(CommandType::SetLever)));
    c.role = Role(json_integer(get("role"), at + ".role", 0, kRoleCount - 1));
    c.policy_id = json_string(get("policy"), at + ".policy");
    c.event_instance = uint32_t(json_integer(get("event_instance"), at + ".event_instance", 0, UINT32_MAX));
    c.choice_id = json_string(get("choice"), at + ".choice");
    c.lever = Lever(json_integer(get("lever"), at + ".lever", 0, kLeverCount - 1));
    c.value = json_number(get("value"), at + ".value", -1e12, 1e12);
    return c;
}

nlohmann::json make_replay(const Session& session) {
    nlohmann::json r;
    r["format"] = "keystone-replay";
    r["format_version"] = int(kSaveVersionCurrent);
    r["game_version"] = KEYSTONE_VERSION;
    r["scenario"] = session.scenario().id;
    r["content_hash"] = session.content_hash();
    r["seed"] = session.config().seed;
    r["years"] = session.world().end_tick / 12;  // the length played, even when the scenario chose it
    r["strategies"] = {session.strategy_for(Role::Operator), session.strategy_for(Role::Government)};
    r["human"] = {session.config().human[0], session.config().human[1]};
    nlohmann::json commands = nlohmann::json::array();
    for (const Command& c : session.command_log()) {
        if (!from_player(c)) continue;
        nlohmann::json command = command_fields_json(c);
        command["tick"] = c.tick;
        commands.push_back(std::move(command));
    }
    r["commands"] = commands;
    nlohmann::json injections = nlohmann::json::array();
    for (const Injection& i : session.injections()) injections.push_back({{"tick", i.tick}, {"event", i.event_id}});
    r["injections"] = injections;
    nlohmann::json hashes = nlohmann::json::array();
    for (const TickRecord& t : session.history()) hashes.push_back(hash_hex(t.hash));
    r["hashes"] = hashes;
    return r;
}

bool write_replay(const Session& session, const std::string& path, std::string* error) {
    return write_file_atomic(path, make_replay(session).dump(1) + "\n", error);
}

bool read_replay(const std::string& path, nlohmann::json* replay, std::string* error) {
    if (!read_json_file(path, "replay", kMaxReplayBytes, replay, error)) return false;
    try {
        if (json_string(json_field(*replay, "format", "format"), "format") != "keystone-replay")
            throw FieldError("field 'format': expected \"keystone-replay\", got another string");
    } catch (const FieldError& e) {
        *error = path + ": not a Keystone replay (" + e.what() + ")";
        return false;
    }
    return true;
}

std::string parse_replay(const nlohmann::json& r, ReplayData* out) {
    try {
        auto field = [&](const char* name) -> const nlohmann::json& { return json_field(r, name, name); };
        if (json_string(field("format"), "format") != "keystone-replay") return "not a Keystone replay";
        out->format_version = int(json_integer(field("format_version"), "format_version", 1, INT32_MAX));
        if (out->format_version > kSaveVersionCurrent) return "made by a newer Keystone: update the game";
        out->scenario = json_string(field("scenario"), "scenario");
        out->content_hash = json_string(field("content_hash"), "content_hash");
        out->seed = json_uint64(field("seed"), "seed");
        // 0: the scenario's own length (replays written before the length was recorded).
        out->years = int(json_integer(field("years"), "years", 0, kMaxYears));
        const auto& strategies = json_array(field("strategies"), "strategies", kRoleCount);
        const auto& human = json_array(field("human"), "human", kRoleCount);
        for (int i = 0; i < kRoleCount; ++i) {
            out->strategies[size_t(i)] = json_string(strategies[size_t(i)], "strategies[" + std::to_string(i) + "]");
            out->human[size_t(i)] = json_bool(human[size_t(i)], "human[" + std::to_string(i) + "]");
        }
        const int64_t months = int64_t(out->years > 0 ? out->years : kMaxYears) * 12;
        const auto& hashes = json_array(field("hashes"), "hashes");
        if (int64_t(hashes.size()) > months)
            return "field 'hashes': " + std::to_string(hashes.size()) + " months, more than " + std::to_string(out->years) + " years hold";
        out->hashes.clear();
        for (size_t i = 0; i < hashes.size(); ++i) out->hashes.push_back(json_string(hashes[i], "hashes[" + std::to_string(i) + "]"));
        const auto& commands = json_array(field("commands"), "commands");
        out->commands.clear();
        for (size_t i = 0; i < commands.size(); ++i) {
            const std::string at = "commands[" + std::to_string(i) + "]";
            Command c = command_from_fields(commands[i], at);
            c.tick = int32_t(json_integer(json_field(commands[i], "tick", at + ".tick"), at + ".tick", 0, months - 1));
            c.source = "replay";
            out->commands.push_back(std::move(c));
        }
        std::stable_sort(out->commands.begin(), out->commands.end(), [](const Command& a, const Command& b) { return a.tick < b.tick; });
        // Injected events are recorded from format 9; an older replay was made without any.
        out->injections.clear();
        if (out->format_version >= kSaveVersionInjections) {
            const auto& injections = json_array(field("injections"), "injections");
            for (size_t i = 0; i < injections.size(); ++i) {
                const std::string at = "injections[" + std::to_string(i) + "]";
                const auto& j = injections[i];
                Injection injection;
                injection.tick = int32_t(json_integer(json_field(j, "tick", at + ".tick"), at + ".tick", 0, months - 1));
                injection.event_id = json_string(json_field(j, "event", at + ".event"), at + ".event");
                out->injections.push_back(std::move(injection));
            }
            std::stable_sort(out->injections.begin(), out->injections.end(), [](const Injection& a, const Injection& b) { return a.tick < b.tick; });
        }
        return "";
    } catch (const FieldError& e) {
        return e.what();
    }
}

SessionConfig replay_config(const ReplayData& replay, SessionConfig content) {
    content.scenario_id = replay.scenario;
    content.seed = replay.seed;
    content.years = replay.years;
    for (int i = 0; i < kRoleCount; ++i) {
        content.strategies[size_t(i)] = replay.strategies[size_t(i)];
        content.human[size_t(i)] = replay.human[size_t(i)];
    }
    return content;
}

std::unique_ptr<Session> play_replay(const nlohmann::json& r, const SessionConfig& content, std::string* error,
                                     const std::function<bool(size_t month, const std::string& recorded, const Session&)>& after_month,
                                     size_t* months_played) {
    *months_played = 0;
    ReplayData replay;
    *error = parse_replay(r, &replay);
    if (!error->empty()) return nullptr;
    SessionConfig config = replay_config(replay, content);
    // A start adjusted by the player (the sandbox sliders) is part of the replay.
    if (auto client = r.find("client"); client != r.end() && client->is_object() && client->contains("scenario_adjustments")) {
        ScenarioAdjustments adjustments;
        if (adjustments_from_json((*client)["scenario_adjustments"], &adjustments)) config.adjust_scenario = make_adjuster(adjustments);
    }
    auto session = Session::create(config, error);
    if (!session) return nullptr;
    if (session->content_hash() != replay.content_hash) {
        *error = "the scripts differ from the ones the replay was recorded with (content " + replay.content_hash +
                 ", now " + session->content_hash() + ")";
        return nullptr;
    }
    size_t next = 0, next_injection = 0;
    for (size_t month = 0; month < replay.hashes.size() && !session->finished(); ++month) {
        // As a facilitator does: the month's injected events first, then the players' commands
        // (which may answer them). A refusal now is a divergence the hashes will show.
        while (next_injection < replay.injections.size() && replay.injections[next_injection].tick == session->world().tick)
            session->inject_event(replay.injections[next_injection++].event_id);
        while (next < replay.commands.size() && replay.commands[next].tick == session->world().tick)
            session->submit(replay.commands[next++]);  // a refusal now is a divergence the hashes will show
        session->step();
        *months_played = month + 1;
        if (!after_month(month, replay.hashes[month], *session)) break;
    }
    return session;
}

int verify_replay(const nlohmann::json& r, const SessionConfig& content, std::string* error) {
    int diverged = -1;
    size_t played = 0;
    const auto session = play_replay(r, content, error, [&diverged](size_t month, const std::string& recorded, const Session& s) {
        if (hash_hex(s.hash()) == recorded) return true;
        diverged = int(month) + 1;
        return false;
    }, &played);
    if (!session) return -1;
    if (diverged < 0 && played < r["hashes"].size()) diverged = int(played) + 1;   // the game ended before the replay did
    return diverged;
}

}  // namespace keystone
