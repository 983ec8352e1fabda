// The lever-to-rule table, written from the rule code and checked against it by
// tests/engine/lever_registry_test.cpp. When a rule starts or stops reading a lever, that test
// names the line to add or remove here.
#include "sim/lever_registry.h"

#include <sstream>

namespace keystone {

namespace {
thread_local int t_current_rule = -1;                 // int(Rule), or -1 outside step_world
thread_local LeverTrace* t_lever_trace = nullptr;     // null unless a test or the docs traces
}  // namespace

void note_lever_read(Lever lever) {
    if (t_lever_trace && t_current_rule >= 0) t_lever_trace->levers_read[size_t(t_current_rule)] |= uint64_t(1) << int(lever);
}

RuleScope::RuleScope(Rule rule) : previous_(t_current_rule) { t_current_rule = int(rule); }
RuleScope::~RuleScope() { t_current_rule = previous_; }

LeverTracing::LeverTracing(LeverTrace* trace) : previous_(t_lever_trace) { t_lever_trace = trace; }
LeverTracing::~LeverTracing() { t_lever_trace = previous_; }

namespace {

// The three incentive levers reach a rule together through incentive_level() (rules_common.cpp).
const std::vector<RuleFamily> kFamilies = {
    {Rule::entry, "entry", "candidates arrive, are screened and admitted; spin-offs; large firms and multinationals",
     {{Lever::expansion, "adds floor space every month"},
      {Lever::rent_discount, "part of the incentive that pulls policy-driven candidates; each entrant remembers it"},
      {Lever::rent_subsidy, "part of the incentive that pulls policy-driven candidates; each entrant remembers it"},
      {Lever::tax_incentive, "part of the incentive that pulls policy-driven candidates; each entrant remembers it"},
      {Lever::services, "pulls more candidates to the park"},
      {Lever::screening, "raises the quality a candidate needs to be admitted"},
      {Lever::talent_program, "raises the share of entrants founded by returnees"},
      {Lever::entrepreneur_support, "raises academic spin-offs from institutes"},
      {Lever::anchor_chasing, "multiplies the arrivals of large firms and multinationals"},
      {Lever::convention, "raises the arrivals of multinationals"}}},
    {Rule::exit, "exit", "attrition, incentive-chasers leaving, good firms drawn to a more attractive rival, shocks when a partner or an anchor leaves",
     {{Lever::rent_discount, "part of the incentive: a policy-driven tenant leaves when it falls below what it came for"},
      {Lever::rent_subsidy, "part of the incentive: a policy-driven tenant leaves when it falls below what it came for"},
      {Lever::tax_incentive, "part of the incentive: a policy-driven tenant leaves when it falls below what it came for"},
      {Lever::subsidies, "lowers every tenant's chance of leaving"}}},
    {Rule::talent, "talent", "talent pools fed by reputation, programmes and training; the talent shortage",
     {{Lever::talent_program, "multiplies the inflow of every kind of talent"},
      {Lever::training, "multiplies the inflow of supporting and blue-collar talent"}}},
    {Rule::funds, "funds", "investment funds arriving for policy, project quality or the fund cluster, and leaving when they find no deals",
     {{Lever::guiding_fund, "raises the arrivals of funds drawn by policy"},
      {Lever::rent_discount, "part of the incentive that draws policy-driven funds"},
      {Lever::rent_subsidy, "part of the incentive that draws policy-driven funds"},
      {Lever::tax_incentive, "part of the incentive that draws policy-driven funds"}}},
    {Rule::enablers, "enablers", "institutes and their star scientists, service providers, innovation organizers and promotion organizations arriving",
     {{Lever::basic_research, "sets how often a research institute arrives and draws star scientists to institutes"},
      {Lever::entrepreneur_support, "raises the technology-transfer quality of new and existing institutes"},
      {Lever::ip_protection, "raises the technology-transfer quality institutes move towards"},
      {Lever::services, "raises provider arrivals and the share that settle in the park"},
      {Lever::cxo_attraction, "raises the chance that an innovation organizer joins"},
      {Lever::talent_program, "raises the chance that an innovation organizer joins and draws star scientists to institutes"},
      {Lever::promotion_org_support, "allows a promotion organization to be founded and sets its capacity"}}},
    {Rule::joint_actions, "joint_actions", "firms seek partners (willingness x ability); forums, hubs and consortia",
     {{Lever::services, "raises the weight of service contracts and the park's ability to carry out joint actions"},
      {Lever::training, "sets the weight of joint training"},
      {Lever::user_engagement, "sets the weight of user co-creation; users join consortia when it is above zero"},
      {Lever::international_bridge, "raises the weight of international joint actions"},
      {Lever::forums, "sets how many operator-run forum sessions happen each month"},
      {Lever::ip_protection, "deters partners from breaking a joint action (defection)"}}},
    {Rule::knowledge, "knowledge", "the innovation pipeline: research outputs, patents, projects, products launched and made at scale",
     {{Lever::basic_research, "raises institutes' output; unmatched by support for entrepreneurs it biases against transformation"},
      {Lever::regulatory_pilot, "speeds development projects and raises the chance a firm takes its patents into development"},
      {Lever::ip_protection, "raises the share of research outputs that become patents"},
      {Lever::entrepreneur_support, "offsets the bias of basic research against transformation"},
      {Lever::services, "offsets the bias of basic research against transformation; incubators and platforms pay for part of the development of firms without profit or investors"}}},
    {Rule::firms, "firms", "tenants' cash, revenue (users' fit), products (ageing faster in a closed, concentrated park), learning and growth in size",
     {{Lever::subsidies, "pays part of every tenant's monthly burn"}}},
    {Rule::economy, "economy", "rent, tax, service and equity income, running costs and debt interest, the roles' budgets, rival parks' incentives and attractiveness",
     {{Lever::rent_level, "sets the rent per unit of floor space"},
      {Lever::rent_discount, "waives a share of the rent the operator collects"},
      {Lever::rent_subsidy, "the government pays part of the rent from its budget"},
      {Lever::tax_incentive, "waives a share of the tax the government collects"},
      {Lever::services, "gives the operator service fees on output and equity returns on startups, and costs it per firm served"},
      {Lever::guiding_fund, "sets the government capital reported as funding_government, paid from the government's budget"},
      {Lever::subsidies, "costs the government per firm"},
      {Lever::talent_program, "costs the government grants per firm"},
      {Lever::basic_research, "costs the government grants per research institute"}}},
    {Rule::measure, "measure", "network and park measures (reads no lever)", {}},
    {Rule::culture, "culture", "trust, the cultures and the park's reputation move slowly towards targets",
     {{Lever::ip_protection, "raises the trust the park's culture moves towards"},
      {Lever::entrepreneur_support, "raises the entrepreneurial culture the park moves towards"},
      {Lever::training, "raises the learning culture the park moves towards"},
      {Lever::forums, "raises the learning culture the park moves towards"},
      {Lever::international_bridge, "raises the openness the park moves towards"},
      {Lever::user_engagement, "sets the quadruple-helix culture the park moves towards"},
      {Lever::convention, "raises the reputation the park moves towards"}}},
    {Rule::stages, "stages", "stage conditions with hysteresis (reads no lever)", {}},
};

}  // namespace

const std::vector<RuleFamily>& rule_families() { return kFamilies; }

const char* rule_id(Rule rule) { return kFamilies[size_t(rule)].id; }

bool rule_from_id(const std::string& id, Rule* out) {
    for (const auto& family : kFamilies)
        if (id == family.id) { *out = family.rule; return true; }
    return false;
}

std::vector<Rule> rules_reading(Lever lever) {
    std::vector<Rule> rules;
    for (const auto& family : kFamilies)
        for (const auto& use : family.reads)
            if (use.lever == lever) { rules.push_back(family.rule); break; }
    return rules;
}

std::vector<Lever> levers_read_by(Rule rule) {
    std::vector<Lever> levers;
    for (const auto& use : kFamilies[size_t(rule)].reads) levers.push_back(use.lever);
    return levers;
}

namespace {
// A count or a share of firms is moved by arrivals and departures; a tie measure by the joint
// actions that make ties (and, per firm, by the firms it divides by); a culture by its rule.
const std::vector<MetricSources> kMetricSources = {
    {"enterprises", {Rule::entry, Rule::exit}},
    {"firm_ties_per_firm", {Rule::joint_actions, Rule::entry, Rule::exit}},
    {"reputation", {Rule::culture}},
    {"cross_segment_ties_per_firm", {Rule::joint_actions, Rule::entry, Rule::exit}},
    {"service_providers", {Rule::enablers}},
    {"complementor_share", {Rule::entry, Rule::exit}},
    {"external_tie_share", {Rule::joint_actions}},
    {"implicit_enablers", {Rule::enablers}},
    {"transformation_rate", {Rule::knowledge}},
    {"innovation_culture", {Rule::culture}},
    {"university_industry_ties", {Rule::joint_actions, Rule::enablers}},
    {"diversity", {Rule::entry, Rule::exit}},
    {"firm_growth_24m", {Rule::entry, Rule::exit}},
};
}  // namespace

const std::vector<MetricSources>& metric_sources() { return kMetricSources; }

std::vector<Rule> rules_moving(const std::string& metric) {
    for (const auto& sources : kMetricSources)
        if (metric == sources.metric) return sources.rules;
    return {};
}

std::vector<Lever> levers_moving(const std::string& metric) {
    std::array<bool, kLeverCount> seen{};
    for (Rule rule : rules_moving(metric))
        for (Lever lever : levers_read_by(rule)) seen[size_t(lever)] = true;
    std::vector<Lever> levers;
    for (int l = 0; l < kLeverCount; ++l)
        if (seen[size_t(l)]) levers.push_back(Lever(l));
    return levers;
}

LeverTrace declared_lever_reads() {
    LeverTrace trace;
    for (const auto& family : kFamilies)
        for (const auto& use : family.reads) trace.levers_read[size_t(family.rule)] |= uint64_t(1) << int(use.lever);
    return trace;
}

std::string describe_trace_difference(const LeverTrace& declared, const LeverTrace& traced) {
    std::ostringstream out;
    for (int r = 0; r < kRuleCount; ++r)
        for (int l = 0; l < kLeverCount; ++l) {
            const uint64_t bit = uint64_t(1) << l;
            const bool is_declared = declared.levers_read[size_t(r)] & bit, is_traced = traced.levers_read[size_t(r)] & bit;
            if (is_traced && !is_declared)
                out << "rule '" << rule_id(Rule(r)) << "' reads lever '" << lever_name(Lever(l))
                    << "' but the table does not say so: add {Lever::" << lever_name(Lever(l))
                    << ", \"...\"} to its reads in engine/sim/lever_registry.cpp\n";
            else if (is_declared && !is_traced)
                out << "rule '" << rule_id(Rule(r)) << "' is declared to read lever '" << lever_name(Lever(l))
                    << "' but never read it: remove it from its reads in engine/sim/lever_registry.cpp"
                    << " (or make the test reach the read)\n";
        }
    return out.str();
}

}  // namespace keystone
