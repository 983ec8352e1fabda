// The world: plain structs in vectors indexed by stable ids. Rules (engine/sim/rules_*.cpp) are
// free functions over this state; nothing here knows about Lua, SDL or files.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "sim/levers.h"
#include "sim/limits.h"
#include "sim/message.h"
#include "sim/rng.h"
#include "sim/types.h"

namespace keystone {

// Region traits (MODEL section 10): a scenario sets them, they shape which chances are taken.
struct RegionProfile {
    double technology_base = 0.5;     // research strength of the home city
    double market_orientation = 0.5;  // access to demanding users and markets
    double mindset = 0.5;             // 1 = entrepreneurial, 0 = subsidy-seeking
    double government_pace = 0.5;     // how hard the local government sets the pace
    double openness = 0.5;            // international openness of the city
    double capital_regime = 0.5;      // 1 = professional VC-led, 0 = local-government capital
    double home_city_services = 0.5;  // professional services available in the city around
    double cost_orientation = 0.3;    // pull towards integrated, price-competing "substitutors"
};

struct Enterprise {
    uint32_t id = 0;
    bool alive = true;
    Segment segment = Segment::Drug;
    FirmSize size = FirmSize::Startup;
    Origin origin = Origin::Local;
    EntryMode entry_mode = EntryMode::Startup;
    bool policy_driven = false;     // came for tax and rent incentives, not for the cluster
    bool anchor = false;            // a large firm the park is built around
    double quality = 0.5;           // 0..1 capability of the team and technology
    double rd_intensity = 0.1;      // R&D spending share of revenue/budget
    double specialization = 0.5;    // 1 = specialized complementor, 0 = integrated substitutor
    // The innovation pipeline, in patents' worth of work (rules_knowledge.cpp):
    double pipeline = 0.0;             // own projects in development
    double pipeline_university = 0.0;  // projects on licensed or spun-off university patents
    double market_own = 0.0;           // own patents launched on the market, not yet made at scale
    double market_university = 0.0;    // the same for university patents
    double industrialized = 0.0;       // products made at scale (product units)
    double products = 0.0;          // products on the market (drives revenue)
    double cash = 0.0;              // RMB million
    double revenue = 0.0;           // RMB million per month
    double headcount = 5.0;         // people employed: sets the firm's talent demand
    double professional_capital = 0.0;     // RMB million raised from professional investors
    double nonprofessional_capital = 0.0;  // RMB million raised from entrepreneur-investors
    double trust = 0.3;             // this firm's trust in the park community
    int32_t entry_tick = 0;
    int32_t exit_tick = -1;
    int32_t shock_until = -1;       // a partner left: extra exit hazard until this tick
    double incentive_at_entry = 0.0; // incentive level that brought it (policy-driven tenants)
    double units = 1.0;             // floor space used, in small-firm units
    int32_t last_service_tick = -1000;  // last service contract (CRO/CDMO/...) formed
    int32_t consortium_until = -1;  // member of a total enabler joint action until this tick
    uint16_t ties = 0;              // active ties this tick
};

struct Institute {
    uint32_t id = 0;
    double knowledge = 1.0;          // knowledge stock
    double transfer_quality = 0.3;   // technology-transfer office quality
    bool star_scientist = false;     // hosts a star scientist and her team (rules_enablers.cpp)
    double unlicensed_patents = 0.0; // patents waiting for a licensee or a spin-off (they go stale)
    int32_t entry_tick = 0;
};

struct Provider {
    uint32_t id = 0;
    ProviderKind kind = ProviderKind::Cro;
    bool in_park = true;             // false: sits in the home city and serves the park from there
    double capacity = 1.0;
    int32_t entry_tick = 0;
};

struct Fund {
    uint32_t id = 0;
    bool professional = true;
    FundReason reason = FundReason::Policy;
    double capital = 100.0;          // RMB million available
    int32_t entry_tick = 0;
    int32_t last_deal_tick = 0;      // its last investment in the park (entry counts as one)
    int32_t exit_tick = -1;          // left the park (found no deals); -1 while here. Ids stay stable.
};

struct Organizer {  // innovation organizer, a "keystone figure"
    uint32_t id = 0;
    std::string name;
    double influence = 0.7;
    int32_t entry_tick = 0;
};

struct PromotionOrg {  // cluster-promotion organization, a "keystone organization"
    uint32_t id = 0;
    double capacity = 0.5;
    int32_t entry_tick = 0;
};

struct RivalPark {
    uint32_t id = 0;
    double incentive = 0.3;          // how generous its tax/rent incentives are
    double attractiveness = 0.3;     // what it offers a good firm besides money; grows as it matures
};

// Institutions, paradigms and culture: park-level, slow-moving (years).
struct Culture {
    double trust = 0.2;
    double entrepreneurial = 0.3;
    double innovation = 0.2;
    double team = 0.3;
    double learning = 0.3;
    double openness = 0.2;
    double open_innovation = 0.1;    // paradigm: closed (0) -> open innovation (1)
    double quadruple_helix = 0.0;    // paradigm: users as a fourth helix
};

struct Tie {
    NodeId a, b;
    JointActionType type = JointActionType::Supply;  // the latest joint action on this tie
    int32_t formed_tick = 0;
    int32_t expires_tick = 0;
    double trust = 0.3;        // the pair's trust in each other, earned by working together
    uint16_t contacts = 1;     // joint actions on this tie so far (repeated contact)
};

struct JointActionRecord {  // one joint action formed this tick (for the log and the network view)
    JointActionType type;
    uint8_t participants;    // enabler count (2 for pairs, more for consortia)
    uint8_t enabler_kinds;   // distinct enabler kinds involved
};

// Per-tick measurements that rules, stage conditions and the UI read.
struct Metrics {
    int enterprises = 0, multinationals = 0, large_firms = 0, smes = 0, startups = 0;
    int research_institutes = 0, service_providers = 0, providers_in_park = 0;
    int star_scientists = 0;            // institutes hosting a star scientist
    int investment_funds = 0, professional_funds = 0;
    int organizers = 0, promotion_orgs = 0;
    int entries_this_tick = 0, exits_this_tick = 0;
    int policy_driven_firms = 0;
    double high_quality_share = 0.0;    // share of firms with quality above the params' bar
    double mean_quality = 0.0;
    double innovative_share = 0.0;      // share with R&D intensity above the industry average
    double mean_rd_intensity = 0.0;
    double occupancy = 0.0;             // used floor units / capacity
    double transformation_rate = 0.0;   // rolling: transformed outputs / research outputs
    double research_outputs = 0.0;      // this tick
    double enterprise_outputs = 0.0;    // this tick, by enterprises only
    double transformed_outputs = 0.0;   // patents launched on the market this tick (commercialized)
    double industrialization_rate = 0.0; // rolling: patents made at scale / research outputs
    // Cumulative since the game started, in patents: [0] enterprise, [1] university.
    std::array<double, 2> patents_total{}, launched_total{}, industrialized_total{};
    double products_launched_total = 0.0, products_industrialized_total = 0.0;  // in products
    double output_value = 0.0;          // RMB million per month, all tenants
    double tax_revenue = 0.0;           // RMB million per month collected
    double rent_revenue = 0.0;          // RMB million per month collected by the operator
    // network
    int ties = 0;
    int firm_firm_ties = 0;
    double firm_ties_per_firm = 0.0;        // enterprise interaction
    double cross_segment_share = 0.0;       // share of firm-firm ties across segments
    double cross_segment_ties_per_firm = 0.0;  // industrial interaction
    double external_tie_share = 0.0;
    double university_industry_ties = 0.0;  // per institute
    double density = 0.0;
    double clustering = 0.0;
    double centralization = 1.0;
    CentralizationLabel centralization_label = CentralizationLabel::Centralized;
    double diversity = 0.0;                 // normalized Shannon entropy of segments
    double complementor_share = 0.0;
    double anchor_dependence = 0.0;         // revenue share of the largest firm
    double mean_joint_action_size = 2.0;
    int defections_this_tick = 0;           // partners who broke a joint action and its tie
    double repeat_tie_share = 0.0;          // share of ties with repeated contact (2+ joint actions)
    double mean_tie_trust = 0.0;            // mean pair trust over the ties
    double joint_actions_this_tick = 0.0;
    std::array<int, kJointActionTypeCount> joint_actions_by_type{};
    std::array<int, kSegmentCount> firms_by_segment{};
    std::array<int, kEntryModeCount> firms_by_entry_mode{};
    std::array<double, kTalentKindCount> talent{};
    double talent_shortage = 0.0;           // 0 = demand met, 1 = nothing available
    std::array<double, kTalentKindCount> talent_shortage_by_kind{};  // per kind of post (returnees fill others)
    double funding_professional = 0.0;      // RMB million invested this tick
    double funding_nonprofessional = 0.0;
    double funding_government = 0.0;
    double reputation = 0.0;
    double survival = 1.0;                  // political survival: firms kept alive by support
    double innovation_index = 0.0;          // innovation output relative to firm count
    int firm_change_24m = 0;                // firms now minus firms 24 months ago
    double implicit_enablers = 0.0;         // organizers + promotion organizations
    LimitCuts limit_cut{};                  // how much each limit cut its flow this month (0..1)
};

// One condition of a stage transition: the "why" the client shows.
struct StageCondition {
    std::string id;        // e.g. "firm_ties_per_firm"
    std::string metric;    // metric it reads
    double value = 0.0;
    double threshold = 0.0;
    bool at_least = true;  // true: value >= threshold holds; false: value <= threshold
    bool holds = false;
    int group = 0;         // conditions of one group must all hold; groups are alternatives
};

struct StageStatus {
    Stage stage = Stage::Flocking;
    Stage next = Stage::Agglomeration;   // the transition the conditions below describe
    std::vector<StageCondition> next_conditions;
    int held_ticks = 0;                  // consecutive ticks all next_conditions held
    int hold_needed = 0;
    std::vector<StageCondition> decline_conditions;  // risk of lock-in (stages 1-3)
    int decline_held_ticks = 0;
    int fallback_ticks = 0;              // ticks the current stage's own entry conditions failed
    int stage_entered_tick = 0;
    Stage best_stage = Stage::Flocking;  // highest regular stage reached (for renewal)
};

struct StageChange {
    int32_t tick;
    Stage from, to;
};

struct PolicyInstance {
    std::string id;
    Role role = Role::Operator;
    int32_t enacted_tick = 0;
    int32_t expires_tick = -1;  // -1: until repealed
    int32_t def_index = -1;     // index into the session's policy definitions
};

struct TemporaryEffect {      // a lever delta from an event choice, for a number of months
    Lever lever;
    double delta;
    int32_t until_tick;
    std::string source;
};

struct MarketShock {          // demand for a segment multiplied by factor until a tick
    Segment segment;
    double factor;
    int32_t until_tick;
};

struct RoleState {
    double budget = 0.0;         // RMB million
    double income_this_tick = 0.0;
    double spending_this_tick = 0.0;
    LeverValues dial{};          // lever values chosen by commands (SetLever) ...
    std::array<bool, kLeverCount> dial_set{};  // ... replacing the scenario baseline where set
};

struct LogEntry {
    int32_t tick;
    std::string kind;  // "policy", "event", "stage", "script_error", "enabler", "firm"
    std::string text;  // English: what the CLI, run.json and a save's reader see
    // The same sentence as a key and arguments for the client's languages; empty for entries
    // the rules write as plain English and for games saved before save version 8.
    Message message{};
};

struct World {
    // calendar
    int32_t tick = 0;
    int start_year = 2011, start_month = 7;
    int32_t end_tick = 300;
    uint64_t seed = 0;
    std::array<Rng, kStreamCount> rng;

    RegionProfile region;
    double capacity_units = 600.0;   // floor space in small-firm units
    double used_units = 0.0;
    int candidates_without_room = 0;  // this month (scratch for the floor-space limit; not saved)
    double reputation = 0.1;
    double investment_deals_smoothed = 0.0;  // investment deals per month, smoothed (deal flow)

    std::vector<Enterprise> enterprises;   // index == id; dead firms stay (ids are stable)
    std::vector<Institute> institutes;
    std::vector<Provider> providers;
    std::vector<Fund> funds;
    std::vector<Organizer> organizers;
    std::vector<PromotionOrg> promotion_orgs;
    std::vector<RivalPark> rivals;
    Culture culture;
    std::array<double, kTalentKindCount> talent_pool{};

    std::vector<Tie> ties;
    // Running hash of every tie ever formed (ties never change after forming; they only expire
    // by rule), so the per-tick state hash need not walk all ties.
    uint64_t tie_log_hash = 0;
    uint64_t ties_formed = 0;
    std::vector<JointActionRecord> joint_actions_this_tick;
    std::vector<NodeId> hubs;          // nodes other than the operator that host their own events
    std::vector<uint32_t> alive_ids;   // alive enterprises, ascending (rebuilt each tick)
    std::vector<uint32_t> active_fund_ids;  // funds still in the park, ascending (rebuilt by step_funds)
    std::array<std::vector<uint32_t>, kSegmentCount> alive_by_segment;

    LeverValues baseline_levers{};    // from the scenario
    LeverValues levers{};             // effective this tick (recomputed each tick)
    std::array<RoleState, kRoleCount> roles;
    std::vector<PolicyInstance> policies;
    std::vector<TemporaryEffect> temporary_effects;
    double rival_pressure = 0.0;      // extra rival incentive pushed by events
    std::vector<MarketShock> market_shocks;
    std::array<double, kSegmentCount> market_factor{1, 1, 1, 1, 1};  // recomputed from shocks

    // rolling windows (ring buffers of the last N months)
    std::vector<double> outputs_window, transformed_window, industrialized_window;
    std::vector<int> firm_count_history;   // enterprises per tick since start

    Metrics metrics;
    StageStatus stage;
    std::vector<StageChange> stage_history;
    std::vector<LogEntry> log;
};

}  // namespace keystone
