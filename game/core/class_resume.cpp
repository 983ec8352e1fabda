// Finding the classes a crashed or closed client left unfinished (class_resume.h).
#include "core/class_resume.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <nlohmann/json.hpp>

#include "core/user_files.h"
#include "io/json_file.h"

namespace keystone::client {

namespace {
constexpr std::uintmax_t kMaxListedSaveBytes = std::uintmax_t(256) << 20;   // only read to be listed

// Fills scenario, code and months from the save; leaves them unknown when it cannot be read.
void read_summary(UnfinishedClass* found) {
    nlohmann::json save;
    std::string error;
    if (!read_json_file(found->session_path, "session save", kMaxListedSaveBytes, &save, &error) || !save.is_object()) return;
    try {
        const nlohmann::json& config = save.at("session").at("config");
        const nlohmann::json& state = save.at("session").at("state");
        const std::string scenario = config.at("scenario").get<std::string>(), code = config.at("join_code").get<std::string>();
        const int month = state.at("month").get<int>(), years = config.at("years").get<int>();
        found->scenario_id = scenario;
        found->join_code = code;
        found->month = month;
        found->end_month = years * 12;
    } catch (const nlohmann::json::exception&) {
        // left unknown: resuming it shows why
    }
}
}  // namespace

std::string classes_dir() { return (std::filesystem::path(user_data_dir()) / "classes").string(); }

std::string new_class_folder(const std::string& dir, const std::string& join_code, std::time_t when) {
    return (std::filesystem::path(dir) / (local_time_text(when, "%Y%m%d_%H%M%S") + "_" + join_code)).string();
}

std::vector<UnfinishedClass> list_unfinished_classes(const std::string& dir) {
    std::vector<UnfinishedClass> out;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::filesystem::path folder = it->path();
        const std::filesystem::path session = folder / kSessionSaveName;
        if (!std::filesystem::is_regular_file(session, ec) || std::filesystem::exists(folder / "summary.json", ec)) continue;
        UnfinishedClass found;
        found.folder = folder.string();
        found.session_path = session.string();
        found.modified = modified_time(found.session_path);
        found.saved_at = local_time_text(found.modified, "%Y-%m-%d %H:%M");
        read_summary(&found);
        // A class played to its end but never closed has nothing left to resume.
        if (found.month >= 0 && found.end_month >= 0 && found.month >= found.end_month) continue;
        out.push_back(std::move(found));
    }
    std::sort(out.begin(), out.end(), [](const UnfinishedClass& a, const UnfinishedClass& b) {
        return a.modified != b.modified ? a.modified > b.modified : a.folder > b.folder;
    });
    return out;
}

}  // namespace keystone::client
