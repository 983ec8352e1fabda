// A team's side of a class session: it connects with the join code, gets its seat, plays its
// park locally and lets its strategy propose each month's commands (a human's panel will do
// the same through this class). It steps only when the facilitator says MonthGo, with the
// facilitator's ordered commands, and reports its hash; a Resync replaces its park.
// No wall clock in here: the caller drives service().
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "net/peer_guard.h"
#include "net/transport.h"
#include "session/session.h"

namespace keystone::net {

struct TeamConfig {
    SessionConfig content;          // scripts_dir, extra folders, mods (the scenario comes from the host)
    std::string host = "127.0.0.1";
    uint16_t port = 0;
    std::string join_code, name, token;   // token: empty for a new seat, else the seat's token (rejoin)
    std::string strategy;           // the AI strategy that proposes the team's commands; empty: a
                                    // player (the client's panels queue commands in player_park())
    uint8_t roles = 0;              // 0: every role the strategy plays
    std::string park;               // a park shared with another team (this one plays one role of it); "": its own
    std::string game_version = KEYSTONE_VERSION;   // tests claim another to check the refusal
    // Fault drills for tests: change the local park before stepping this month (a desync), or
    // kill this process after sending this month's hash (a crashed laptop). -1: never.
    int32_t desync_at_month = -1;
    int32_t kill_at_month = -1;
    std::function<void(const std::string&)> log;
    std::function<void(const std::string&)> on_token;   // called when the host gives the seat's token
};

class TeamClient {
public:
    static std::unique_ptr<TeamClient> create(TeamConfig config, std::string* error);
    ~TeamClient();
    // Returns false once the session is over for this team (see exit_code / failure).
    bool service(uint32_t wait_ms);
    // After the host was lost (exit code 4 once seated): connects again and rejoins the seat with
    // its token; the park plays on from the host's Resync. False (and *error) if it cannot try.
    bool reconnect(std::string* error);
    bool host_lost() const { return host_lost_; }   // the connection broke after seating (no goodbye)
    int welcomes() const { return welcomes_; }   // Welcome messages taken: the first seat, then each rejoin
    int exit_code() const { return exit_code_; }   // 0 played to the end, 3 refused, 4 connection lost
    const std::string& failure() const { return failure_; }
    const Session* park() const { return park_.get(); }
    // A player's team (no strategy): the park whose queue the client's panels fill. The queue
    // never applies here: at each MonthGo the new clicks are taken out and sent as the next
    // month's commands (and queued again, to show as waiting, until they come back validated in
    // the facilitator's MonthGo); the park applies only the facilitator's commands. nullptr
    // before the seat.
    Session* player_park() { return config_.strategy.empty() ? park_.get() : nullptr; }
    // What the facilitator said: whether it holds the clock (and why), its messages in order.
    bool seated() const { return welcomed_; }
    bool class_held() const { return class_held_; }
    const std::string& hold_reason() const { return hold_reason_; }
    const std::vector<std::string>& broadcasts() const { return broadcasts_; }
    // The ranking the facilitator shows the teams, one line each ("": none shown).
    const std::string& leaderboard() const { return leaderboard_; }
    const MessageCounters& counters() const { return counters_; }

private:
    TeamClient() = default;
    void on_message(const Message& message);
    void send(Message message);
    void send_commands();
    void finish(int code, const std::string& why);
    void say(const std::string& line) const;

    TeamConfig config_;
    std::unique_ptr<Transport> transport_;
    PeerId host_peer_ = 0;
    PeerGuard guard_;
    MessageCounters counters_;
    uint32_t next_sequence_ = 1;
    std::string content_hash_;
    std::unique_ptr<Session> park_;
    SessionConfig park_config_;
    uint32_t epoch_ = 0;
    int32_t catch_up_to_ = 0;       // months before this are replayed: no commands are proposed for them
    std::string resync_text_;       // the save being assembled from Resync chunks
    uint32_t resync_epoch_ = 0, resync_total_ = 0;
    int32_t resync_month_ = 0;
    bool class_held_ = false;
    std::string hold_reason_;
    std::vector<std::string> broadcasts_;
    std::string leaderboard_;
    std::vector<Command> player_commands_;   // a player's new clicks, taken at MonthGo, sent next
    size_t requeued_ = 0;   // the sent ones queued again at the front (shown as waiting)
    bool welcomed_ = false, done_ = false;
    int welcomes_ = 0;
    bool host_lost_ = false;
    int exit_code_ = 0;
    std::string failure_;
};

}  // namespace keystone::net
