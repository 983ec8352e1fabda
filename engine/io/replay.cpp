// Replays (see replay.h).
#include "io/replay.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/atomic_file.h"
#include "io/versions.h"
#include "session/scenario_adjustments.h"
#include "session/session.h"
#include "sim/hash.h"

namespace keystone {

namespace {
bool from_player(const Command& c) { return c.source.rfind("ai:", 0) != 0; }
}  // namespace

nlohmann::json make_replay(const Session& session) {
    nlohmann::json r;
    r["format"] = "keystone-replay";
    r["format_version"] = int(kSaveVersionCurrent);
    r["game_version"] = KEYSTONE_VERSION;
    r["scenario"] = session.scenario().id;
    r["content_hash"] = session.content_hash();
    r["seed"] = session.config().seed;
    r["years"] = session.config().years;
    r["strategies"] = {session.strategy_for(Role::Operator), session.strategy_for(Role::Government)};
    r["human"] = {session.config().human[0], session.config().human[1]};
    nlohmann::json commands = nlohmann::json::array();
    for (const Command& c : session.command_log()) {
        if (!from_player(c)) continue;
        commands.push_back({{"tick", c.tick}, {"type", int(c.type)}, {"role", int(c.role)}, {"policy", c.policy_id},
                            {"event_instance", c.event_instance}, {"choice", c.choice_id}, {"lever", int(c.lever)},
                            {"value", c.value}});
    }
    r["commands"] = commands;
    nlohmann::json hashes = nlohmann::json::array();
    for (const TickRecord& t : session.history()) hashes.push_back(hash_hex(t.hash));
    r["hashes"] = hashes;
    return r;
}

bool write_replay(const Session& session, const std::string& path, std::string* error) {
    return write_file_atomic(path, make_replay(session).dump(1) + "\n", error);
}

bool read_replay(const std::string& path, nlohmann::json* replay, std::string* error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) { *error = path + ": cannot read"; return false; }
    std::stringstream buffer;
    buffer << in.rdbuf();
    try {
        *replay = nlohmann::json::parse(buffer.str());
    } catch (const nlohmann::json::exception& e) {
        *error = path + ": not a readable replay (" + e.what() + ")";
        return false;
    }
    if (!replay->is_object() || replay->value("format", "") != "keystone-replay") { *error = path + ": not a Keystone replay"; return false; }
    return true;
}

int verify_replay(const nlohmann::json& r, const SessionConfig& content, std::string* error) {
    try {
        if (r.value("format_version", 0) > kSaveVersionCurrent) { *error = "made by a newer Keystone"; return -1; }
        SessionConfig config = content;
        config.scenario_id = r.at("scenario").get<std::string>();
        config.seed = r.at("seed").get<uint64_t>();
        config.years = r.at("years").get<int>();
        for (int i = 0; i < kRoleCount; ++i) {
            config.strategies[i] = r.at("strategies").at(i).get<std::string>();
            config.human[i] = r.at("human").at(i).get<bool>();
        }
        // A start adjusted by the player (the sandbox sliders) is part of the replay.
        if (auto client = r.find("client"); client != r.end() && client->is_object() && client->contains("scenario_adjustments")) {
            ScenarioAdjustments adjustments;
            if (adjustments_from_json((*client)["scenario_adjustments"], &adjustments)) config.adjust_scenario = make_adjuster(adjustments);
        }
        auto session = Session::create(config, error);
        if (!session) return -1;
        if (session->content_hash() != r.value("content_hash", "")) {
            *error = "the scripts differ from the ones the replay was recorded with (content " + r.value("content_hash", "?") +
                     ", now " + session->content_hash() + ")";
            return -1;
        }
        const auto& commands = r.at("commands");
        const auto& hashes = r.at("hashes");
        size_t next = 0;
        for (size_t month = 0; month < hashes.size(); ++month) {
            if (session->finished()) return int(month) + 1;
            while (next < commands.size() && commands[next].at("tick").get<int>() == int(session->world().tick)) {
                const auto& j = commands[next++];
                const int type = j.at("type").get<int>(), role = j.at("role").get<int>(), lever = j.at("lever").get<int>();
                if (type < 0 || type > 3 || role < 0 || role >= kRoleCount || lever < 0 || lever >= kLeverCount) {
                    *error = "a command in the replay is damaged";
                    return -1;
                }
                Command c;
                c.type = CommandType(type);
                c.role = Role(role);
                c.policy_id = j.at("policy").get<std::string>();
                c.event_instance = j.at("event_instance").get<uint32_t>();
                c.choice_id = j.at("choice").get<std::string>();
                c.lever = Lever(lever);
                c.value = j.at("value").get<double>();
                c.source = "replay";
                session->submit(c);  // a refusal now is a divergence the hashes will show
            }
            session->step();
            if (hash_hex(session->hash()) != hashes[month].get<std::string>()) return int(month) + 1;
        }
        return -1;
    } catch (const nlohmann::json::exception& e) {
        *error = std::string("the replay is damaged: ") + e.what();
        return -1;
    }
}

}  // namespace keystone
