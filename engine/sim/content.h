// Content definitions read from Lua scripts into plain C++ data. The engine applies declared
// effects without calling Lua; optional hooks (on_enact, on_tick, trigger, apply) stay in Lua
// and are called through the ScriptHost.
#pragma once
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "sim/levers.h"
#include "sim/state.h"
#include "sim/types.h"

namespace keystone {

struct SourceRef {  // where a definition came from, for messages "file:line"
    std::string file;
    int line = 0;
};

struct PolicyDef {
    std::string id, name, description, concept_name, mechanism;
    Role role = Role::Operator;
    double cost_enact = 0.0;     // RMB million once
    double cost_monthly = 0.0;   // RMB million per month while active
    int duration_months = -1;    // -1: until repealed
    std::vector<std::string> prerequisites;  // policy ids that must be active
    Stage min_stage = Stage::Flocking;
    std::vector<std::pair<Lever, double>> effects;  // lever contributions while active
    bool has_on_enact = false, has_on_tick = false, has_on_expire = false;
    SourceRef source;
    bool disabled = false;       // a script error disabled it
};

struct EventChoiceDef {
    std::string id, label, text;
    std::vector<std::pair<Lever, double>> effects;  // temporary lever deltas
    int effect_months = 12;
    double cost = 0.0;            // paid by the answering role
    bool has_apply = false;       // Lua function apply(fx)
};

struct EventDef {
    std::string id, title, text, concept_name;
    Role role = Role::Government;  // who answers
    double chance = 0.0;           // per month when the trigger holds
    bool once = true;
    int cooldown_months = 12;
    int earliest_tick = 0;
    std::vector<EventChoiceDef> choices;
    std::string default_choice;
    bool has_trigger = false;
    SourceRef source;
    bool disabled = false;
};

struct InitialEnterprises {
    int count = 20;
    double quality_mean = 0.5, quality_spread = 0.15;
    double policy_driven_share = 0.2;
    std::array<double, kSegmentCount> segment_weights{1, 1, 1, 1, 1};
    int large = 0, multinationals = 0;
    bool anchor = false;  // the largest starting firm is an anchor
    double anchor_share = -1.0;  // the anchor's share of the park's sales at the start; < 0: params' default size
    // A park that already exists (all optional; the defaults describe a new park):
    double startup_share = -1.0;          // share of `count` that are startups; < 0: params' default
    double age_years = 0.0;               // mean age of the starting firms
    double funded_share = 0.0;            // share that raised professional venture capital
    double ties_per_firm = 0.0;           // firm-to-firm ties per firm already working
    double external_ties_per_firm = 0.0;  // ties per firm with other clusters at home and abroad
};

// A scenario goal. Three forms: a metric at or above / at or below a value at a given year
// (optionally divided by another metric, `per`); a stage reached by a year; a stage not held at
// a year.
struct ScenarioGoal {
    std::string text;
    std::string metric, per;       // metric form
    double threshold = 0.0;
    bool at_least = true;
    Stage stage = Stage::Flocking; // stage forms
    enum class Kind : uint8_t { Metric, StageAtLeast, StageNot } kind = Kind::Metric;
    int by_tick = 0;
};

// A suggested first decision for a role, shown when a game starts: a policy and why.
struct FirstMove {
    std::string policy;   // policy id of that role ("" : none suggested)
    std::string why;      // one or two sentences for the player
};

// A figure from the case's sources at a year (the scenario's `calibration` list): for the
// debrief's "against history" table only; no rule reads it.
struct CalibrationPoint {
    int year = 0;
    std::string note;
    std::vector<std::pair<std::string, double>> figures;   // metric name, value
    std::string stage_at_least;
};

struct ScenarioDef {
    std::string id, name, description, teaching_note;
    int start_year = 2011, start_month = 7, years = 25;
    RegionProfile region;
    double area_km2 = 1.0;
    double floor_area_ratio = 0.0;  // 0: the model's typical ratio (params)
    double floor_m2 = 0.0;          // lab and office floor in m2; > 0 replaces area x density
    InitialEnterprises enterprises;
    int institutes = 3, providers_in_park = 2, providers_in_city = 4;
    double institute_links = 0.0;          // enterprise ties per institute already working
    int professional_funds = 1, nonprofessional_funds = 1;
    std::vector<std::string> organizers;   // names of innovation organizers present at start
    int promotion_orgs = 0;
    int rival_parks = 3;
    double rival_incentive = 0.3;
    double initial_trust = 0.2, initial_reputation = 0.1;
    LeverValues levers{};
    std::array<double, kRoleCount> budgets{100.0, 300.0};   // RMB million (converted from `currency`)
    std::string currency_code = "RMB";     // the currency the file's money fields were written in
    double rmb_per_unit = 1.0;             // RMB per unit of that currency (1 for RMB)
    std::array<std::string, kRoleCount> default_ai{"historical", "historical"};
    std::vector<std::string> strategies;   // strategies this scenario was designed for
    std::vector<std::string> events;       // event ids in play (empty: all)
    std::vector<ScenarioGoal> goals;
    std::vector<CalibrationPoint> calibration;
    std::string scoring;                   // how the debrief scores the scenario, in words
    std::array<FirstMove, kRoleCount> first_moves;  // per role, optional
    bool has_on_start = false, has_on_tick = false;
    SourceRef source;
};

struct StrategyDef {
    std::string id, name, description;
    std::vector<Role> roles;
    bool has_decide = false, has_on_event = false;
    SourceRef source;
    bool disabled = false;  // a script error disabled it; the role then does nothing
};

}  // namespace keystone
