// A game session: the world, its parameters, the loaded Lua content and the command queue.
// This is the engine's public face: the CLI, the client and the tests use only this header
// (plus the plain state headers it includes). Commands in, state out.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "sim/command.h"
#include "sim/content.h"
#include "sim/params.h"
#include "sim/state.h"

namespace keystone {

class ScriptHost;

constexpr int kMaxYears = 40;  // the longest game a scenario, --years or a replay may ask for

struct SessionConfig {
    std::string scripts_dir = "scripts";  // root of the Lua content
    std::string scenario_id = "bio_island";
    uint64_t seed = 1;
    int years = 0;                         // 0: the scenario's own length
    // Strategy per role; empty: the scenario's default AI for that role.
    std::array<std::string, kRoleCount> strategies{};
    // Roles played by a human: no AI decides for them, their events wait for an answer.
    std::array<bool, kRoleCount> human{false, false};
    // Further content folders (test fixtures, examples), loaded after scripts_dir in this order.
    std::vector<std::string> extra_content_dirs;
    // User mods: each subfolder with a mod.lua manifest (id, version) is one mod; empty = none.
    std::string mods_dir;
    // For experiments and tests (C++ only, never from scripts): parameter values replaced
    // after params.lua is read, and a last change to the scenario's initial conditions.
    std::vector<std::pair<std::string, double>> param_overrides;
    std::function<void(ScenarioDef&)> adjust_scenario;
    // false: only the last month's history record carries the state hash (hash() still answers
    // at any month). For batch games, whose results never read a hash; replays, saves, lockstep
    // and what-if compare every month's hash and keep the default.
    bool hash_every_month = true;
};

struct ScriptError {
    int32_t tick = 0;
    std::string script_id;   // e.g. "policy:forums_and_workshops"
    std::string file;
    int line = 0;
    std::string message;     // full message, "file:line: what"
};

// The timeline's sentence about a failed script: its first line and what was disabled.
Message script_error_notice(const ScriptError& error);

struct PendingEvent {
    uint32_t instance = 0;
    int32_t def_index = -1;
    int32_t raised_tick = 0;
    Role role = Role::Government;
};

// One addend of a lever's value in a month, as recompute_levers summed it (before the clamp to
// the lever's range): a role's dial ("dial:operator", its value minus the scenario baseline), a
// policy in force ("policy:ID") or a temporary effect ("event:ID/CHOICE" for an event's answer,
// else the script that pushed it). The causal trace (causal_trace.h) reads these.
struct LeverContribution {
    Lever lever = Lever::screening;
    std::string source;
    double delta = 0.0;
};

// One row of history per tick: what the charts and the CSV show.
struct TickRecord {
    int32_t tick = 0;
    Stage stage = Stage::Flocking;
    Metrics metrics;
    Culture culture;
    std::array<double, kRoleCount> budgets{};
    uint64_t hash = 0;
    // The stage conditions as step_stages measured them this month (next stage's and lock-in's,
    // with values, thresholds, whether each holds and the months held): the condition history.
    // An observer: not part of the world's hash.
    StageStatus stage_status;
    // Every non-zero addend of every lever this month (policies, event answers, dials). An
    // observer like stage_status, but not kept in saves: a loaded game traces from the load on.
    std::vector<LeverContribution> lever_contributions;
};
// A world holding only a record's measures, enough for the metric table (read_metric).
World record_view(const TickRecord& record);

// Warnings about a scenario that loads but is probably wrong: a value outside the usual range
// of the scenario reference (content_schema.h), or starting firms that need more floor space
// than the park has. Each names the field.
std::vector<std::string> scenario_warnings(const ScenarioDef& scenario, const Params& params);
// Floor units the starting firms occupy (startups, SMEs, large firms, multinationals).
double start_floor_units(const ScenarioDef& scenario, const Params& params);

// Lists the scenarios found under scripts_dir (for the start screen), without starting one.
std::vector<ScenarioDef> list_scenarios(const std::string& scripts_dir, std::string* error);
// Lists the AI strategies found under scripts_dir.
std::vector<StrategyDef> list_strategies(const std::string& scripts_dir, std::string* error);
// The strategies a session with this config could use: shipped, extra folders and mods.
std::vector<StrategyDef> list_strategies(const SessionConfig& config, std::string* error);

// Everything a save holds besides the content: what export_state/import_state exchange.
// An event a facilitator raised (Session::inject_event): the month and the event's id. Kept in
// the save and the replay, so that a class game plays again to its end.
struct Injection {
    int32_t tick = 0;
    std::string event_id;
};

struct SessionState {
    World world;
    std::vector<PendingEvent> pending;
    std::vector<int32_t> event_last_fired;
    uint32_t next_event_instance = 1;
    std::vector<Command> queue;
    std::vector<Command> command_log;
    std::vector<TickRecord> history;
    std::vector<std::string> disabled_scripts;   // "policy:id", "event:id", "strategy:id"
    std::vector<Injection> injections;           // the facilitator's events raised so far, in order
};

class ScriptHost;
struct LoadedContent;
// Loads scripts_dir, extra_content_dirs and mods (in that order; a later definition with the
// same id replaces an earlier one and the replacement is reported). Used by create and reload.
LoadedContent load_all_content(ScriptHost& host, const SessionConfig& config, std::vector<Message>* mod_report);
// The user's default mods folder: $XDG_DATA_HOME/keystone/mods or ~/.local/share/keystone/mods.
std::string default_mods_dir();

class Session {
public:
    // Loads params, content and scenario; returns nullptr and fills *error on failure.
    static std::unique_ptr<Session> create(const SessionConfig& config, std::string* error);
    // A new game in the Lua state of `previous` (which is consumed; nullptr: as create). The
    // result is the game create(config) would make, month for month and hash for hash: the
    // content is loaded again (fresh script environments, locals and storage) but files whose
    // text is unchanged are not compiled again. For many games in a row (keystone-cli batch).
    static std::unique_ptr<Session> restart(std::unique_ptr<Session> previous, const SessionConfig& config, std::string* error);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    const World& world() const { return world_; }
    const Params& params() const { return params_; }
    const SessionConfig& config() const { return config_; }
    const ScenarioDef& scenario() const { return scenario_; }
    const std::vector<PolicyDef>& policies() const { return policies_; }
    const std::vector<EventDef>& events() const { return events_; }
    const std::vector<StrategyDef>& strategies() const { return strategies_; }
    const std::string& strategy_for(Role r) const { return strategy_ids_[int(r)]; }

    // Checks a command against the current state without changing anything: an empty message
    // when valid, else why not (shown to the player in the player's language; sim/message.h).
    Message check(const Command& command) const;
    // Queues a command for the next tick boundary. Invalid commands are refused with the reason.
    Message queue_command(Command command);
    // The same in English ("" when valid): for the CLI, scripts and tests.
    std::string validate(const Command& command) const;
    std::string submit(Command command);
    const std::vector<Command>& queued() const { return queue_; }
    const std::vector<Command>& command_log() const { return command_log_; }

    void step();                       // advance one month
    bool finished() const { return world_.tick >= world_.end_tick; }
    uint64_t hash() const;             // canonical hash of the current state

    const std::vector<PendingEvent>& pending_events() const { return pending_; }
    const std::vector<ScriptError>& script_errors() const { return script_errors_; }
    const std::vector<TickRecord>& history() const { return history_; }

    // Scenario goals: decided once the game reaches the goal's year (`decided`), met or not.
    struct GoalStatus {
        const ScenarioGoal* goal = nullptr;
        double value = 0.0;     // the metric (or ratio) at the goal's year, or now if not yet there
        bool decided = false;
        bool met = false;
    };
    std::vector<GoalStatus> goal_status() const;

    // Policy helpers for the UI and scripts.
    int find_policy(const std::string& id) const;
    bool policy_active(const std::string& id) const;
    std::string date_string(int32_t tick) const;   // "YYYY-MM"

    // Saves and loads (engine/io). A save holds a format version, the game version, the
    // scenario, a hash of the scripts it used, the seed, the full state and the command log.
    // Writes are atomic (temp file + rename). Returns "" or the reason.
    std::string save(const std::string& path) const;
    nlohmann::json save_json() const;
    static std::unique_ptr<Session> load(const std::string& path, const SessionConfig& content, std::string* error);
    // `content` supplies scripts_dir and extra_content_dirs; the rest comes from the save.
    static std::unique_ptr<Session> load_json(nlohmann::json save, const SessionConfig& content, std::string* error);
    const std::string& content_hash() const { return content_hash_; }
    // Mods found in config.mods_dir: load order, replaced definitions, mods skipped and why
    // (mod_messages for the client's languages, mod_report in English).
    const std::vector<Message>& mod_messages() const { return mod_report_; }
    std::vector<std::string> mod_report() const;
    // scenario_warnings() of the scenario being played (after any adjustment).
    const std::vector<std::string>& warnings() const { return warnings_; }
    // Hot reload: reads every script again and keeps the game state (policies in force, events
    // fired). Returns an empty message or why the new scripts were not taken (the old ones stay).
    Message reload_content();
    // Changes which strategy plays a role from now on (what-if branches); empty or the reason.
    Message set_strategy(Role role, const std::string& strategy_id);
    // Marks a role as played by a human (true) or by its strategy (false).
    void set_human(Role role, bool human) { config_.human[int(role)] = human; }

    // Lockstep play (engine/net). What `strategy_id` would do for `role` now, without doing it:
    // its decide hook and, for the role's pending events, its on_event answer, as commands
    // (validated like any other) that are taken back out of the queue. The world, its random
    // streams and the queue are as before; the caller sends the commands to the facilitator.
    std::vector<Command> propose(Role role, const std::string& strategy_id);
    // Raises an event now (a facilitator's shock), whatever its trigger, chance or cooldown: a
    // pending event for a human role, answered at once by the strategy otherwise. Refused (with
    // the reason) for an unknown or disabled event, or one already pending.
    std::string inject_event(const std::string& event_id);
    // Every event inject_event raised, with its month (a refused one is not listed).
    const std::vector<Injection>& injections() const { return injections_; }

    SessionState export_state() const;
    std::string import_state(SessionState state);   // "" or the reason

    // Called by the script layer (not by the client).
    void record_script_error(ScriptError error);
    World& mutable_world() { return world_; }

private:
    Session() = default;
    static std::unique_ptr<Session> start(std::unique_ptr<ScriptHost> host, const SessionConfig& config, std::string* error);
    void apply_commands();
    void apply_command(const Command& command);
    void expire_policies();
    void recompute_levers();
    void run_ai();
    void run_events();
    void fire_event(size_t index);
    void resolve_event(const PendingEvent& pending, const std::string& choice_id, const std::string& source);
    void record_history();

    SessionConfig config_;
    Params params_;
    ScenarioDef scenario_;
    std::vector<PolicyDef> policies_;
    std::vector<EventDef> events_;
    std::vector<StrategyDef> strategies_;
    std::array<std::string, kRoleCount> strategy_ids_;
    std::unique_ptr<ScriptHost> scripts_;
    World world_;
    std::vector<Command> queue_;
    std::vector<Command> command_log_;
    std::vector<PendingEvent> pending_;
    std::vector<int32_t> event_last_fired_;   // per event def, -1 never
    uint32_t next_event_instance_ = 1;
    std::vector<ScriptError> script_errors_;
    std::vector<TickRecord> history_;
    std::vector<Injection> injections_;
    std::vector<LeverContribution> lever_contributions_;  // this month's, from recompute_levers
    std::string content_hash_;
    std::vector<Message> mod_report_;
    std::vector<std::string> warnings_;
};

}  // namespace keystone
