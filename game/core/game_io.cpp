// Saves, loads, autosaves and replays; see game_io.h.
#include "core/game_io.h"

#include <filesystem>

#include "core/files.h"
#include "core/user_files.h"
#include "io/autosave.h"
#include "io/replay.h"

namespace keystone::client {

namespace fs = std::filesystem;

SessionConfig content_config(const std::string& scripts_dir, const std::string& mods_dir,
                             const std::optional<ScenarioAdjustments>& adjustments) {
    SessionConfig config;
    config.scripts_dir = scripts_dir;
    config.mods_dir = mods_dir;
    if (adjustments) config.adjust_scenario = make_adjuster(*adjustments);
    return config;
}

nlohmann::json client_block(const Session& session, const std::optional<ScenarioAdjustments>& adjustments,
                            std::time_t now) {
    nlohmann::json block = {
        {"scenario_name", session.scenario().name.empty() ? session.scenario().id : session.scenario().name},
        {"game_date", session.date_string(session.world().tick)},
        {"tick", session.world().tick},
        {"saved_at", local_time_text(now, "%Y-%m-%d %H:%M")},
    };
    if (adjustments) block["scenario_adjustments"] = adjustments_to_json(*adjustments);
    return block;
}

std::optional<ScenarioAdjustments> adjustments_of(const nlohmann::json& document) {
    if (!document.is_object()) return std::nullopt;
    const auto client = document.find("client");
    if (client == document.end() || !client->is_object()) return std::nullopt;
    const auto stored = client->find("scenario_adjustments");
    if (stored == client->end()) return std::nullopt;
    ScenarioAdjustments adjustments;
    if (!adjustments_from_json(*stored, &adjustments)) return std::nullopt;
    return adjustments;
}

FileResult save_game(const Session& session, const std::optional<ScenarioAdjustments>& adjustments,
                     const std::string& dir, std::time_t now) {
    FileResult result;
    nlohmann::json save = session.save_json();
    // Session::save refuses the same way: script storage that cannot be written is not saved.
    if (save.contains("storage_error")) {
        result.message = "cannot save: " + save["storage_error"].get<std::string>();
        return result;
    }
    save["client"] = client_block(session, adjustments, now);
    result.path = unused_path(dir, stamped_file_name(session.scenario().id, session.config().seed, now, ".save"));
    std::string error;
    if (!write_file_atomic(result.path, save.dump(), &error)) {
        result.message = error;
        return result;
    }
    result.ok = true;
    return result;
}

std::unique_ptr<Session> load_game(const std::string& path, const std::string& scripts_dir, const std::string& mods_dir,
                                   std::optional<ScenarioAdjustments>* adjustments, std::string* error) {
    nlohmann::json header;
    std::string header_error;
    std::optional<ScenarioAdjustments> stored;
    if (read_file_header(path, &header, &header_error)) stored = adjustments_of(header);
    auto session = Session::load(path, content_config(scripts_dir, mods_dir, stored), error);
    if (session && adjustments) *adjustments = stored;
    return session;
}

std::string autosave_game(const Session& session, const std::optional<ScenarioAdjustments>& adjustments,
                          const std::string& dir, std::time_t now) {
    return autosave(session, dir, kAutosavesKept, client_block(session, adjustments, now));
}

nlohmann::json replay_document(const Session& session, const std::optional<ScenarioAdjustments>& adjustments,
                               std::time_t now) {
    nlohmann::json replay = make_replay(session);
    replay["client"] = client_block(session, adjustments, now);
    return replay;
}

FileResult save_replay(const Session& session, const std::optional<ScenarioAdjustments>& adjustments,
                       const std::string& dir, std::time_t now) {
    FileResult result;
    result.path = unused_path(dir, stamped_file_name(session.scenario().id, session.config().seed, now, ".replay"));
    std::string error;
    if (!write_file_atomic(result.path, replay_document(session, adjustments, now).dump(1) + "\n", &error)) {
        result.message = error;
        return result;
    }
    result.ok = true;
    return result;
}

}  // namespace keystone::client
