// The bridge between the session and Lua: loads content files into definitions and calls the
// scripts' hooks. It is the only owner of the Lua runtime; callers never see lua.h.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "script/lua_runtime.h"
#include "sim/content.h"
#include "sim/params.h"
#include "sim/types.h"

namespace keystone {

class Session;

enum class ScriptMode { Loading, Reading, Effects, Actions };

struct LoadedContent {
    std::vector<ScenarioDef> scenarios;
    std::vector<PolicyDef> policies;
    std::vector<EventDef> events;
    std::vector<StrategyDef> strategies;
    std::vector<ScriptFailure> errors;   // files that failed to load (skipped)
    std::vector<ScriptFailure> warnings; // loaded, but something looks wrong (unknown fields)
};

struct ModManifest {          // mod.lua of a user mod
    std::string id, version, name, description, dir;
    std::vector<std::string> load_after;
};

class ScriptHost {
public:
    explicit ScriptHost(RuntimeLimits limits = {});
    ~ScriptHost();

    // params.lua: every parameter must be present as { value, "reason" }.
    bool load_params(const std::string& file, Params* params, std::string* error);
    // Loads every content file under scripts_dir (sorted paths); broken files are reported in
    // content.errors and skipped.
    LoadedContent load_content(const std::string& scripts_dir);
    // Loads a single content file of the given kind ("policy", "event", "scenario", "strategy").
    // `display_name` is how messages name the file (default: the path).
    bool load_file(const std::string& kind, const std::string& path, LoadedContent* content,
                   const std::string& display_name = "");

    // Reads a mod's mod.lua manifest; false with the reason if it is missing or malformed.
    bool load_manifest(const std::string& file, ModManifest* manifest, std::string* error);

    // Forgets the loaded content (hooks, libraries, storage, content hash) so the content can be
    // loaded again into this Lua state for a new game (Session::restart). Loading again runs
    // every file anew in a new environment, reusing the compiled chunks of unchanged files.
    void reset();

    void bind(Session* session) { session_ = session; }
    Session* session() const { return session_; }

    // Hooks. Each returns false if the script failed (the failure is recorded in the session).
    bool policy_hook(const PolicyDef& def, const char* hook, Role role);
    bool event_trigger(const EventDef& def, bool* fired);
    bool choice_apply(const EventDef& def, size_t choice, Role role);
    bool strategy_decide(const StrategyDef& def, Role role);
    bool strategy_on_event(const StrategyDef& def, Role role, const EventDef& event, std::string* choice);
    bool scenario_hook(const ScenarioDef& def, const char* hook);

    // Context of the call in progress, read by the API functions.
    ScriptMode mode() const { return mode_; }
    Role role() const { return role_; }
    const std::string& script_id() const { return script_id_; }
    LuaRuntime& runtime() { return *runtime_; }

    // Hash of every file read (names and bytes, in load order): a save records it so a game is
    // not continued with different scripts by accident.
    const std::string& content_hash() const { return content_hash_; }

    // Per-script storage (keystone.storage()): the only script state that survives a save.
    // Exported as JSON; functions and other unsavable values are refused with their path.
    bool export_storage(nlohmann::json* out, std::string* error);
    bool import_storage(const nlohmann::json& in, std::string* error);
    void push_storage_table();   // +1: the table of the script now running (api_world.cpp)

private:
    bool call(const std::string& script_id, ScriptMode mode, Role role, int nargs, int nresults);
    bool push_hook(const std::string& key);  // +1 if present
    void report(const std::string& script_id, const ScriptFailure& failure);

    std::unique_ptr<LuaRuntime> runtime_;
    std::map<std::string, LuaRef> hooks_;    // "policy:id:on_tick" -> function
    std::map<std::string, std::string> files_;  // "policy:id" -> file it came from
    Session* session_ = nullptr;
    ScriptMode mode_ = ScriptMode::Loading;
    Role role_ = Role::Operator;
    std::string script_id_;
    std::string content_hash_;
    uint64_t content_hash_state_ = 0;
    LuaRef storage_root_;
    LuaRef libraries_;   // name -> locked table from lib/NAME.lua
};

}  // namespace keystone
