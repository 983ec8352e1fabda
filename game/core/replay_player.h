// The replay viewer's engine side: a session re-created from a replay's header (scenario, seed,
// strategies, human roles as recorded), the recorded player commands submitted at their months,
// and every month's state hash checked against the recorded one. Seeking keeps in-memory
// snapshots (Session::save_json every 12 months while playing forward): a seek loads the nearest
// snapshot at or before the target month and steps forward from there, so the timeline can jump
// anywhere without replaying from the first month each time.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/scenario_setup.h"
#include "session/session.h"

namespace keystone::client {

class ReplayPlayer {
public:
    static constexpr int kSnapshotMonths = 12;

    // From a replay document (read_replay, or replay_document for an in-memory game). `content`
    // gives scripts_dir and mods_dir. nullptr and *error when the replay cannot be played here
    // (damaged, newer format, other scripts).
    static std::unique_ptr<ReplayPlayer> open(nlohmann::json replay, const SessionConfig& content, std::string* error);
    static std::unique_ptr<ReplayPlayer> open_file(const std::string& path, const SessionConfig& content, std::string* error);

    Session& session() { return *session_; }
    const Session& session() const { return *session_; }
    // Hands the session over (what-if branches fork from a replayed month); the player is spent.
    std::unique_ptr<Session> release_session() { return std::move(session_); }

    int month() const { return session_->world().tick; }   // months played so far
    int months() const { return int(hashes_.size()); }     // months recorded
    bool at_end() const { return month() >= months(); }

    // One month forward: the month's recorded commands, a step, the hash check. False at the end.
    bool step();
    // Jumps to month (clamped to 0..months()). "" or the reason (the position is then unchanged).
    std::string seek(int month);

    // Verification: 1-based month of the first recorded hash that did not match, -1 if none so far.
    int first_divergence() const;
    int months_checked() const;               // months whose hash has been compared
    bool fully_verified() const { return months_checked() == months() && first_divergence() < 0; }

    // Where the last seek started from (a snapshot month, or the current month) and how many
    // months it stepped: the tests check that seeks use snapshots.
    int last_seek_from() const { return last_seek_from_; }
    int last_seek_steps() const { return last_seek_steps_; }
    size_t snapshot_count() const { return snapshots_.size(); }

    const nlohmann::json& header() const { return header_; }   // the replay without commands and hashes
    const std::optional<ScenarioAdjustments>& adjustments() const { return adjustments_; }
    const std::string& source_path() const { return source_path_; }

private:
    ReplayPlayer() = default;
    void take_snapshot_if_due();

    std::unique_ptr<Session> session_;
    SessionConfig content_;
    nlohmann::json header_;
    std::optional<ScenarioAdjustments> adjustments_;
    std::vector<Command> commands_;           // sorted by tick
    std::vector<Injection> injections_;       // a facilitator's events, sorted by tick
    std::vector<std::string> hashes_;         // state hash (hex) after each month
    std::vector<int8_t> checked_;             // per month: 0 not yet, 1 matched, -1 differed
    std::map<int, std::string> snapshots_;    // month -> save_json text
    int last_seek_from_ = 0, last_seek_steps_ = 0;
    std::string source_path_;
};

}  // namespace keystone::client
