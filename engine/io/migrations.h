// Named migration steps between save versions (versions.h). Each step upgrades a parsed save
// by exactly one version; migrate_save applies them in order.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace keystone {

// Upgrades `save` to kSaveVersionCurrent; returns "" or why it cannot (newer or unknown).
std::string migrate_save(nlohmann::json& save);
void migrate_v1_to_v2(nlohmann::json& save);   // adds empty per-script storage
void migrate_v2_to_v3(nlohmann::json& save);   // additive lever dials become absolute dials
void migrate_v3_to_v4(nlohmann::json& save);   // model v2: deal-flow memory and limit cuts
void migrate_v4_to_v5(nlohmann::json& save);   // trust and contacts per tie, tie measures
void migrate_v5_to_v6(nlohmann::json& save);   // talent shortage per kind, star scientists
void migrate_v6_to_v7(nlohmann::json& save);   // stage conditions in every history record
void migrate_v7_to_v8(nlohmann::json& save);   // timeline entries keep their message

}  // namespace keystone
