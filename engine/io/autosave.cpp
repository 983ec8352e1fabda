// Autosave rotation (see autosave.h). The new save is written completely before any older
// one is moved, so a failed write never costs an existing autosave.
#include "io/autosave.h"

#include <filesystem>

#include "io/atomic_file.h"
#include "session/session.h"

namespace keystone {

std::string autosave(const Session& session, const std::string& dir, int keep, const nlohmann::json& client) {
    nlohmann::json save = session.save_json();
    if (!client.is_null()) save["client"] = client;
    return write_autosave(save, dir, keep);
}

std::string write_autosave(const nlohmann::json& save, const std::string& dir, int keep) {
    namespace fs = std::filesystem;
    if (save.contains("storage_error")) return "cannot save: " + save["storage_error"].get<std::string>();
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return "cannot create " + dir + ": " + ec.message();
    auto slot = [&](int i) { return (fs::path(dir) / ("autosave_" + std::to_string(i) + ".save")).string(); };
    const std::string fresh = (fs::path(dir) / "autosave_new.save").string();
    std::string error;
    if (!write_file_atomic(fresh, save.dump(), &error)) return error;
    fs::remove(slot(keep), ec);
    for (int i = keep - 1; i >= 1; --i)
        if (fs::exists(slot(i))) fs::rename(slot(i), slot(i + 1), ec);
    fs::rename(fresh, slot(1), ec);
    return ec ? "cannot rotate autosaves in " + dir + ": " + ec.message() : "";
}

}  // namespace keystone
