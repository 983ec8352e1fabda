// Core vocabulary of the simulation: ids and enums shared by every rule file.
// One theory concept, one name: these names are also used by the Lua API, the UI and the docs.
#pragma once
#include <array>
#include <cstdint>
#include <string>

namespace keystone {

enum class Stage : uint8_t { Flocking = 0, Agglomeration, Cluster, Coi, Decline, Renewal };
constexpr int kStageCount = 6;
const char* stage_name(Stage s);            // "flocking", "agglomeration", ...
const char* stage_title(Stage s);           // "Enterprises flocking together", ...
bool stage_from_name(const std::string& name, Stage* out);

enum class Role : uint8_t { Operator = 0, Government };
constexpr int kRoleCount = 2;
const char* role_name(Role r);
bool role_from_name(const std::string& name, Role* out);

// Enterprise segments of the biotech and healthcare industry (MODEL section 2).
enum class Segment : uint8_t { Drug = 0, StemCell, Precision, Device, BigHealth };
constexpr int kSegmentCount = 5;
const char* segment_name(Segment s);

enum class FirmSize : uint8_t { Startup = 0, Sme, Large, Multinational };
enum class Origin : uint8_t { Local = 0, Returnee, Foreign };
// How a firm arrived (MODEL section 11): the mix is the cluster's "genotype".
enum class EntryMode : uint8_t { Startup = 0, AcademicSpinoff, FirmSpinoff, Subsidiary, Relocation };
constexpr int kEntryModeCount = 5;
const char* entry_mode_name(EntryMode m);

enum class ProviderKind : uint8_t { Cro = 0, Cdmo, Cso, IpLegal, Finance, HumanResources, Platform, Training };
constexpr int kProviderKindCount = 8;
const char* provider_kind_name(ProviderKind k);

// Why an investment fund came to the park (stylized fact SF12).
enum class FundReason : uint8_t { Policy = 0, ProjectQuality, FundCluster };
constexpr int kFundReasonCount = 3;
const char* fund_reason_name(FundReason r);

// Node kinds of the joint-action network. External nodes stand for the outside world.
enum class NodeKind : uint8_t {
    Enterprise = 0, Institute, Provider, Fund, Operator, Government, PromotionOrg, Organizer,
    Users, ExternalDomestic, ExternalInternational
};
constexpr int kNodeKindCount = 11;
const char* node_kind_name(NodeKind k);

struct NodeId {
    NodeKind kind = NodeKind::Operator;
    uint32_t index = 0;
    uint64_t key() const { return (uint64_t(kind) << 32) | index; }
    bool operator==(const NodeId& o) const { return kind == o.kind && index == o.index; }
};

// Joint action types (MODEL section 3).
enum class JointActionType : uint8_t {
    Licensing = 0,      // university/institute -> enterprise, including spin-offs
    JointRnd,           // enterprise x institute or enterprise x enterprise research
    Supply,             // supply and procurement inside the park
    JointRecruitment,
    Investment,         // investor -> enterprise
    ServiceContract,    // provider -> enterprise
    Training,
    CrossIndustry,      // cross-segment collaboration
    UserCoCreation,
    International,      // licence-in/out, joint ventures, bridge workshops
    Forum,              // operator-brokered matchmaking
    Consortium          // total enabler joint action
};
constexpr int kJointActionTypeCount = 12;
const char* joint_action_type_name(JointActionType t);

enum class TalentKind : uint8_t { Leading = 0, Core, Supporting, BlueCollar, Returnee };
constexpr int kTalentKindCount = 5;
const char* talent_kind_name(TalentKind k);

enum class CentralizationLabel : uint8_t { Centralized = 0, Polycentric, Decentralized };
const char* centralization_label_name(CentralizationLabel l);

}  // namespace keystone
