// Saves, loads, autosaves and replays as the client's buttons do them. Each menu item calls one
// of these functions, and so do the tests. Files get a "client" block beside the engine's fields:
// the scenario's display name, the in-game month, when it was written and, for an adjusted
// sandbox, the set-up (so a replay or a what-if branch can re-create the game's first month).
#pragma once
#include <ctime>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/scenario_setup.h"
#include "session/session.h"

namespace keystone::client {

constexpr int kAutosavesKept = 3;

// What the client passes to Session::load / load_json / create besides a save's own fields:
// where the scripts and mods are, and the scenario set-up when there is one.
SessionConfig content_config(const std::string& scripts_dir, const std::string& mods_dir,
                             const std::optional<ScenarioAdjustments>& adjustments = std::nullopt);

struct FileResult {
    bool ok = false;
    std::string path;      // the file written (when ok)
    std::string message;   // the refusal or error (when not ok)
};

// The "client" block of saves and replays.
nlohmann::json client_block(const Session& session, const std::optional<ScenarioAdjustments>& adjustments,
                            std::time_t now);
// The set-up a save's or replay's client block records, if any.
std::optional<ScenarioAdjustments> adjustments_of(const nlohmann::json& document);

// Game > Save: writes DIR/<scenario>_<date>_seed<N>.save (atomic). The engine's refusal, if it
// refuses, is the message.
FileResult save_game(const Session& session, const std::optional<ScenarioAdjustments>& adjustments,
                     const std::string& dir, std::time_t now);
// Game > Load: the loaded session, or nullptr and *error (the current game is not touched).
std::unique_ptr<Session> load_game(const std::string& path, const std::string& scripts_dir, const std::string& mods_dir,
                                   std::optional<ScenarioAdjustments>* adjustments, std::string* error);
// Autosave once per in-game year, keeping kAutosavesKept files, with the client block (game
// month, sandbox set-up) like a save; "" or the reason.
std::string autosave_game(const Session& session, const std::optional<ScenarioAdjustments>& adjustments,
                          const std::string& dir, std::time_t now);

// The replay document (engine fields from make_replay plus the client block).
nlohmann::json replay_document(const Session& session, const std::optional<ScenarioAdjustments>& adjustments,
                               std::time_t now);
// Game > Save replay: writes DIR/<scenario>_<date>_seed<N>.replay (atomic).
FileResult save_replay(const Session& session, const std::optional<ScenarioAdjustments>& adjustments,
                       const std::string& dir, std::time_t now);

}  // namespace keystone::client
