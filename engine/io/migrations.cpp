// Save migrations (see migrations.h).
#include "io/migrations.h"

#include "io/versions.h"

namespace keystone {

void migrate_v1_to_v2(nlohmann::json& save) {
    save["script_storage"] = nlohmann::json::object();
    save["format_version"] = int(kSaveVersionScriptStorage);
}

std::string migrate_save(nlohmann::json& save) {
    if (!save.contains("format_version") || !save["format_version"].is_number_integer())
        return "not a Keystone save (no format_version)";
    const int version = save["format_version"].get<int>();
    if (version > kSaveVersionCurrent)
        return "this save was made by a newer Keystone (save format " + std::to_string(version) +
               ", this game reads up to " + std::to_string(int(kSaveVersionCurrent)) + "): update the game";
    if (version < kSaveVersionFirst) return "unknown save format " + std::to_string(version);
    if (save["format_version"].get<int>() == kSaveVersionFirst) migrate_v1_to_v2(save);
    return "";
}

}  // namespace keystone
