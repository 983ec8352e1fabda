// The facilitator (host) of a class session: it owns the clock. It seats teams that bring the
// join code, the same game version and the same scripts; keeps a reference Session per team;
// each month collects each team's commands, orders and validates them on the reference, sends
// them back (MonthGo), steps, and checks the hash every team reports for that month. A mismatch
// is reported and repaired with the reference's save; a dropped team is waited for, then rejoins
// with its token and catches up from the last yearly save plus the commands since.
// No wall clock in here: the caller passes the time to service() (ARCHITECTURE.md).
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "net/peer_guard.h"
#include "net/transport.h"
#include "session/session.h"

namespace keystone::net {

struct FacilitatorConfig {
    SessionConfig content;               // scripts, mods, scenario, seed, years (every park's start)
    uint16_t port = 0;
    bool bind_any = false;               // false: 127.0.0.1 only; true: every interface (a classroom LAN)
    std::string join_code;
    int teams = 1;                       // the class starts when this many teams are seated
    double months_per_second = 0.0;      // 0: as fast as the slowest team
    double rejoin_wait_seconds = 120.0;  // how long the class waits for a dropped team
    double join_wait_seconds = 600.0;    // how long the host waits for every seat to fill
    uint64_t token_seed = 0;             // entropy for team tokens (the caller draws it)
    struct Timed { int32_t month = 0; std::string text; };
    std::vector<Timed> injections;       // event ids raised in every park at a month
    std::vector<Timed> broadcasts;       // messages sent to every team at a month
    // The session save (session_save.cpp): written atomically at the class start and every
    // session_save_months months after, so that a crashed facilitator resumes from it. "": none.
    std::string session_save_path;
    int session_save_months = 1;
    std::function<void(const std::string&)> log;   // one line per notable happening
};

struct HashMismatch {
    int32_t month = 0;
    uint64_t host = 0, team = 0;
};

// One seat: its reference park, its connection and what its hashes have shown. Two seats that
// name the same park (one operator, one government) share one reference park: the first of them
// seated owns it and steps it; both get its hashes, commands and checkpoints.
struct TeamSeat {
    uint16_t index = 0;
    std::string name, token;
    uint8_t roles = 0;
    std::string park_name;                // "" : the seat's own park
    uint16_t park_owner = 0;              // the seat that steps this seat's park (itself when alone)
    std::shared_ptr<Session> park;
    PeerId peer = 0;
    bool connected = false;
    bool absent = false;                  // dropped longer than rejoin_wait: the class went on without it
    double dropped_at = 0.0;
    uint32_t epoch = 0;
    int32_t commands_month = -1;          // the month `pending` is for
    std::vector<Command> pending;
    int32_t next_hash_month = 0;          // the month whose hash the team sends next
    std::vector<uint64_t> host_hashes;    // the reference's hash after each month
    std::vector<std::vector<Command>> month_commands;   // what MonthGo sent, per month (catch-up)
    std::string checkpoint_save;          // the reference's save at checkpoint_month (yearly)
    int32_t checkpoint_month = 0;
    int months_verified = 0;
    int32_t verified_to = 0;              // months before this were verified (a catch-up checks them again)
    std::vector<HashMismatch> mismatches;
    int resyncs = 0, reconnects = 0, refused_commands = 0;
    uint64_t last_team_hash = 0;
};

class Facilitator {
public:
    static std::unique_ptr<Facilitator> create(FacilitatorConfig config, std::string* error);
    // A facilitator that crashed, started again from its session save: the parks are rebuilt from
    // their checkpoints and the commands since (every hash checked), and the class waits for its
    // teams to rejoin with their tokens. `config` gives what is this machine's (scripts, mods,
    // log, the save's own path, waits); the rest comes from the save. Refuses a damaged save by name.
    static std::unique_ptr<Facilitator> resume(const std::string& path, FacilitatorConfig config, std::string* error);
    ~Facilitator();

    // Handles what arrived (waiting up to wait_ms for it) and moves the clock when every team is
    // ready; `now_seconds` is any monotonic clock. Returns false once the session is over.
    bool service(double now_seconds, uint32_t wait_ms);
    bool finished() const { return phase_ == Phase::Done; }
    // Why the session ended early ("" when it played to the end).
    const std::string& failure() const { return failure_; }

    int32_t month() const { return month_; }
    const FacilitatorConfig& config() const { return config_; }
    const std::vector<TeamSeat>& teams() const { return teams_; }
    const MessageCounters& counters() const { return counters_; }
    uint64_t bytes_sent() const { return transport_->bytes_sent(); }
    uint64_t bytes_received() const { return transport_->bytes_received(); }
    const std::string& content_hash() const { return content_hash_; }
    // Teams, hashes, mismatches, counters, traffic: the session summary (docs/classroom.md).
    nlohmann::json summary_json() const;
    // Everything resume() needs, as one JSON document (docs/classroom.md).
    nlohmann::json session_save_json() const;

    // --- the facilitator's controls (the client's console; facilitator_controls.cpp) ----------
    // Each takes effect at a month boundary: service() steps whole months, so a control given
    // between two calls holds for the next month of every park, references and teams alike.
    // Holds the class before the next month (the teams are told `why`); resume() lets it go on.
    void pause(const std::string& why);
    void resume();
    bool held() const { return held_; }
    bool started() const { return phase_ != Phase::Joining; }
    // Months per second; 0 plays as fast as the slowest team.
    void set_speed(double months_per_second);
    double speed() const { return config_.months_per_second; }
    // Plays until the class reaches `month`, then holds for discussion; -1 cancels.
    void play_to(int32_t month);
    int32_t play_to_month() const { return play_to_; }
    // Raises the event at the start of month() in the chosen teams (seat indices; empty: every
    // team). "" or why not (an event the content does not have, a team that is not seated).
    std::string inject_now(const std::string& event_id, const std::vector<uint16_t>& teams);
    // Sends a line to every connected team now (it changes no park).
    void broadcast_now(const std::string& text);
    // Shows the teams a ranking (lines separated by '\n'); "" hides it again.
    void show_leaderboard(const std::string& standings);
    // Ends the session now, whatever the month: every team is told `why` (Bye) and disconnected;
    // the reference parks stay as they are (the class bundle is written from them).
    void end_now(const std::string& why);
    int32_t end_month() const { return end_month_; }

private:
    enum class Phase { Joining, Playing, Ending, Done };
    struct Connection { PeerGuard guard; int team = -1; uint32_t next_sequence = 1; double opened_at = 0.0; };

    Facilitator() = default;
    void on_receive(PeerId peer, const std::vector<uint8_t>& data, double now);
    void on_hello(PeerId peer, Connection& connection, const Message& hello);
    void on_commands(TeamSeat& team, Connection& connection, const Message& message);
    void on_state_hash(TeamSeat& team, Connection& connection, const Message& message);
    void on_drop(PeerId peer, double now, const std::string& why);
    void advance(double now);
    void step_month();
    void step_park(TeamSeat& owner);
    void write_session_save();
    std::string restore(const nlohmann::json& session, const std::string& parks_folder);
    void resync(TeamSeat& team, bool catch_up);
    Message welcome_for(const TeamSeat& team) const;
    void send(PeerId peer, Message message);
    void send_to_teams(const Message& message);
    void say(const std::string& line) const;
    std::string team_label(const TeamSeat& team) const;
    // The console's controls (facilitator_controls.cpp): whether the clock holds now (sending
    // the teams the pause once), and the live injections for `team` at `month`.
    bool holding();
    void send_live_injections(const TeamSeat& team, int32_t month, bool raise_on_reference);
    struct LiveInjection;
    // Whether a live injection reaches the park stepped by seat `owner`: every team's, or one
    // chosen for any seat of that park (`park_owner_of[seat]`). Live play and a resume share it.
    static bool reaches_park(const LiveInjection& injection, uint16_t owner, const std::vector<int>& park_owner_of);

    FacilitatorConfig config_;
    std::unique_ptr<Transport> transport_;
    std::string content_hash_;
    std::vector<TeamSeat> teams_;
    std::map<PeerId, Connection> connections_;
    Phase phase_ = Phase::Joining;
    int32_t month_ = 0;
    int32_t end_month_ = 0;
    double started_at_ = -1.0, next_month_at_ = 0.0, ending_since_ = -1.0, created_at_ = -1.0, finished_at_ = 0.0;
    bool paused_ = false;
    std::string failure_;
    MessageCounters counters_;
    // The console's controls.
    struct LiveInjection { int32_t month = 0; std::string event_id; std::vector<uint16_t> teams; };
    std::vector<LiveInjection> live_injections_;
    bool held_ = false, hold_told_ = false;
    std::string hold_reason_;
    int32_t play_to_ = -1;
};

}  // namespace keystone::net
