// Replay viewer: re-simulation, hash checks and snapshot seeking; see replay_player.h.
#include "core/replay_player.h"

#include <algorithm>

#include "core/game_io.h"
#include "io/replay.h"
#include "io/versions.h"
#include "sim/hash.h"

namespace keystone::client {

std::unique_ptr<ReplayPlayer> ReplayPlayer::open(nlohmann::json replay, const SessionConfig& content, std::string* error) {
    std::unique_ptr<ReplayPlayer> player(new ReplayPlayer());
    try {
        if (!replay.is_object() || replay.value("format", "") != "keystone-replay") {
            *error = "not a Keystone replay";
            return nullptr;
        }
        if (replay.value("format_version", 0) > int(kSaveVersionCurrent)) {
            *error = "this replay was made by a newer Keystone: update the game";
            return nullptr;
        }
        player->adjustments_ = adjustments_of(replay);
        SessionConfig config = content;
        config.adjust_scenario = player->adjustments_ ? make_adjuster(*player->adjustments_) : nullptr;
        player->content_ = config;
        config.scenario_id = replay.at("scenario").get<std::string>();
        config.seed = replay.at("seed").get<uint64_t>();
        config.years = replay.at("years").get<int>();
        for (int r = 0; r < kRoleCount; ++r) {
            config.strategies[size_t(r)] = replay.at("strategies").at(size_t(r)).get<std::string>();
            config.human[size_t(r)] = replay.at("human").at(size_t(r)).get<bool>();
        }
        for (const auto& j : replay.at("commands")) {
            const int type = j.at("type").get<int>(), role = j.at("role").get<int>(), lever = j.at("lever").get<int>();
            if (type < 0 || type > int(CommandType::SetLever) || role < 0 || role >= kRoleCount || lever < 0 ||
                lever >= kLeverCount) {
                *error = "a command in the replay is damaged";
                return nullptr;
            }
            Command command;
            command.type = CommandType(type);
            command.role = Role(role);
            command.policy_id = j.at("policy").get<std::string>();
            command.event_instance = j.at("event_instance").get<uint32_t>();
            command.choice_id = j.at("choice").get<std::string>();
            command.lever = Lever(lever);
            command.value = j.at("value").get<double>();
            command.tick = j.at("tick").get<int32_t>();
            command.source = "replay";
            player->commands_.push_back(std::move(command));
        }
        std::stable_sort(player->commands_.begin(), player->commands_.end(),
                         [](const Command& a, const Command& b) { return a.tick < b.tick; });
        for (const auto& hash : replay.at("hashes")) player->hashes_.push_back(hash.get<std::string>());

        player->session_ = Session::create(config, error);
        if (!player->session_) return nullptr;
        const std::string recorded = replay.value("content_hash", "");
        if (player->session_->content_hash() != recorded) {
            *error = "the scripts differ from the ones the replay was recorded with (content " + recorded + ", now " +
                     player->session_->content_hash() + "): it cannot be played back exactly";
            return nullptr;
        }
    } catch (const nlohmann::json::exception& e) {
        *error = std::string("the replay is damaged: ") + e.what();
        return nullptr;
    }
    replay.erase("commands");
    replay.erase("hashes");
    player->header_ = std::move(replay);
    player->checked_.assign(player->hashes_.size(), 0);
    player->take_snapshot_if_due();
    return player;
}

std::unique_ptr<ReplayPlayer> ReplayPlayer::open_file(const std::string& path, const SessionConfig& content,
                                                      std::string* error) {
    nlohmann::json replay;
    if (!read_replay(path, &replay, error)) return nullptr;
    auto player = open(std::move(replay), content, error);
    if (!player) {
        *error = path + ": " + *error;
        return nullptr;
    }
    player->source_path_ = path;
    return player;
}

void ReplayPlayer::take_snapshot_if_due() {
    const int tick = month();
    if (tick % kSnapshotMonths == 0 && snapshots_.find(tick) == snapshots_.end())
        snapshots_[tick] = session_->save_json().dump();
}

bool ReplayPlayer::step() {
    if (at_end()) return false;
    const int tick = month();
    if (session_->finished()) {
        // The recording goes on where this game cannot: a divergence by definition.
        checked_[size_t(tick)] = -1;
        return false;
    }
    take_snapshot_if_due();   // before this month's commands: a snapshot is a month's start
    const auto first = std::lower_bound(commands_.begin(), commands_.end(), tick,
                                        [](const Command& c, int t) { return c.tick < t; });
    for (auto it = first; it != commands_.end() && it->tick == tick; ++it) {
        Command command = *it;
        command.tick = -1;
        session_->submit(command);   // a refusal now shows as a divergence in the hashes
    }
    session_->step();
    checked_[size_t(tick)] = hash_hex(session_->hash()) == hashes_[size_t(tick)] ? 1 : -1;
    take_snapshot_if_due();
    return true;
}

std::string ReplayPlayer::seek(int target) {
    target = std::clamp(target, 0, months());
    const int current = month();
    last_seek_from_ = current;
    last_seek_steps_ = 0;
    if (target == current) return "";
    // The nearest snapshot at or before the target; used when going back, or when it lies ahead
    // of where we are (after an earlier jump back).
    auto snapshot = snapshots_.upper_bound(target);
    if (snapshot != snapshots_.begin()) {
        --snapshot;
        if (target < current || snapshot->first > current) {
            std::string error;
            auto restored = Session::load_json(nlohmann::json::parse(snapshot->second), content_, &error);
            if (!restored) return "cannot return to " + std::to_string(snapshot->first) + ": " + error;
            session_ = std::move(restored);
            last_seek_from_ = snapshot->first;
        }
    }
    while (month() < target && step()) ++last_seek_steps_;
    return "";
}

int ReplayPlayer::first_divergence() const {
    for (size_t i = 0; i < checked_.size(); ++i)
        if (checked_[i] < 0) return int(i) + 1;
    return -1;
}

int ReplayPlayer::months_checked() const {
    return int(std::count_if(checked_.begin(), checked_.end(), [](int8_t c) { return c != 0; }));
}

}  // namespace keystone::client
