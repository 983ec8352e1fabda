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
    ReplayData data;
    *error = parse_replay(replay, &data);
    if (!error->empty()) return nullptr;
    player->adjustments_ = adjustments_of(replay);
    SessionConfig config = content;
    config.adjust_scenario = player->adjustments_ ? make_adjuster(*player->adjustments_) : nullptr;
    player->content_ = config;
    config = replay_config(data, config);
    player->commands_ = std::move(data.commands);
    player->injections_ = std::move(data.injections);
    player->hashes_ = std::move(data.hashes);
    player->session_ = Session::create(config, error);
    if (!player->session_) return nullptr;
    if (player->session_->content_hash() != data.content_hash) {
        *error = "the scripts differ from the ones the replay was recorded with (content " + data.content_hash + ", now " +
                 player->session_->content_hash() + "): it cannot be played back exactly";
        return nullptr;
    }
    replay.erase("commands");
    replay.erase("hashes");
    replay.erase("injections");
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
    for (const Injection& injection : injections_)
        if (injection.tick == tick) session_->inject_event(injection.event_id);   // before the commands, as a facilitator does
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
