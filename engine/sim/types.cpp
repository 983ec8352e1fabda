// Names of the simulation's enums, the single spelling used by Lua, JSON, CSV and the UI.
#include "sim/types.h"

namespace keystone {

namespace {
const char* const kStageNames[] = {"flocking", "agglomeration", "cluster", "coi", "decline", "renewal"};
const char* const kStageTitles[] = {"Enterprises flocking together", "Industrial agglomeration",
                                    "Industrial cluster", "Cluster of innovation",
                                    "Lock-in / decline", "Renewal"};
const char* const kRoleNames[] = {"operator", "government"};
const char* const kSegmentNames[] = {"drug_development", "stem_cells", "precision_medicine",
                                     "medical_devices", "big_health"};
const char* const kEntryModeNames[] = {"startup", "academic_spinoff", "firm_spinoff", "subsidiary",
                                       "relocation"};
const char* const kProviderNames[] = {"cro", "cdmo", "cso", "ip_legal", "finance", "human_resources",
                                      "platform", "training"};
const char* const kFundReasonNames[] = {"policy", "project_quality", "fund_cluster"};
const char* const kNodeKindNames[] = {"enterprise", "institute", "provider", "fund",
                                      "operator", "government", "promotion_org", "innovation_organizer",
                                      "users", "external_domestic", "external_international"};
const char* const kJointActionNames[] = {"licensing", "joint_rnd", "supply", "joint_recruitment",
                                         "investment", "service_contract", "training", "cross_industry",
                                         "user_cocreation", "international", "forum", "consortium"};
const char* const kTalentNames[] = {"leading", "core", "supporting", "blue_collar", "returnee"};
const char* const kCentralizationNames[] = {"centralized", "polycentric", "decentralized"};
}  // namespace

const char* stage_name(Stage s) { return kStageNames[int(s)]; }
const char* stage_title(Stage s) { return kStageTitles[int(s)]; }
bool stage_from_name(const std::string& name, Stage* out) {
    for (int i = 0; i < kStageCount; ++i)
        if (name == kStageNames[i]) { *out = Stage(i); return true; }
    return false;
}
const char* role_name(Role r) { return kRoleNames[int(r)]; }
bool role_from_name(const std::string& name, Role* out) {
    for (int i = 0; i < kRoleCount; ++i)
        if (name == kRoleNames[i]) { *out = Role(i); return true; }
    return false;
}
const char* segment_name(Segment s) { return kSegmentNames[int(s)]; }
const char* entry_mode_name(EntryMode m) { return kEntryModeNames[int(m)]; }
const char* provider_kind_name(ProviderKind k) { return kProviderNames[int(k)]; }
const char* fund_reason_name(FundReason r) { return kFundReasonNames[int(r)]; }
const char* node_kind_name(NodeKind k) { return kNodeKindNames[int(k)]; }
const char* joint_action_type_name(JointActionType t) { return kJointActionNames[int(t)]; }
const char* talent_kind_name(TalentKind k) { return kTalentNames[int(k)]; }
const char* centralization_label_name(CentralizationLabel l) { return kCentralizationNames[int(l)]; }

}  // namespace keystone
