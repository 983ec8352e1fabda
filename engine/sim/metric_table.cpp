// The table of named measures (see metric_table.h).
#include "sim/metric_table.h"

#include <string_view>
#include <unordered_map>

namespace keystone {

namespace {
double firm_growth_24m(const World& w) {
    const int before = w.metrics.enterprises - w.metrics.firm_change_24m;
    return before > 0 ? double(w.metrics.firm_change_24m) / before : 0.0;
}
// Cumulative pipeline counts: index 0 enterprise, 1 university, 2 both.
double share(const std::array<double, 2>& part, const std::array<double, 2>& whole, int index) {
    const double num = index == 2 ? part[0] + part[1] : part[size_t(index)];
    const double den = index == 2 ? whole[0] + whole[1] : whole[size_t(index)];
    return den > 0 ? num / den : 0.0;
}

template <Limit L>
double limit_cut(const World& w) { return w.metrics.limit_cut[int(L)]; }

template <TalentKind K>
double talent_shortage(const World& w) { return w.metrics.talent_shortage_by_kind[int(K)]; }

double binding_limits(const World& w) {
    int count = 0;
    for (double cut : w.metrics.limit_cut) count += cut >= kLimitBindsAt ? 1 : 0;
    return count;
}
}  // namespace

const std::vector<MetricInfo>& metric_table() {
    static const std::vector<MetricInfo> table = {
        {"enterprises", "enterprises in the park", [](const World& w) { return double(w.metrics.enterprises); }},
        {"multinationals", "multinational (Fortune 500 class) tenants", [](const World& w) { return double(w.metrics.multinationals); }},
        {"large_firms", "large domestic tenants", [](const World& w) { return double(w.metrics.large_firms); }},
        {"smes", "small and medium tenants", [](const World& w) { return double(w.metrics.smes); }},
        {"startups", "startup tenants", [](const World& w) { return double(w.metrics.startups); }},
        {"star_scientists", "institutes hosting a star scientist", [](const World& w) { return double(w.metrics.star_scientists); }},
        {"research_institutes", "universities, research institutes and labs", [](const World& w) { return double(w.metrics.research_institutes); }},
        {"service_providers", "professional service providers serving the park (in park or home city)", [](const World& w) { return double(w.metrics.service_providers); }},
        {"providers_in_park", "service providers located inside the park", [](const World& w) { return double(w.metrics.providers_in_park); }},
        {"investment_funds", "investment funds active in the park", [](const World& w) { return double(w.metrics.investment_funds); }},
        {"professional_funds", "funds run by professional, industry-literate investors", [](const World& w) { return double(w.metrics.professional_funds); }},
        {"organizers", "innovation organizers (keystone figures)", [](const World& w) { return double(w.metrics.organizers); }},
        {"promotion_orgs", "cluster-promotion organizations", [](const World& w) { return double(w.metrics.promotion_orgs); }},
        {"implicit_enablers", "innovation organizers plus promotion organizations", [](const World& w) { return w.metrics.implicit_enablers; }},
        {"policy_driven_firms", "tenants that came only for incentives", [](const World& w) { return double(w.metrics.policy_driven_firms); }},
        {"high_quality_share", "share of tenants above the quality bar", [](const World& w) { return w.metrics.high_quality_share; }},
        {"mean_quality", "mean tenant quality (0..1)", [](const World& w) { return w.metrics.mean_quality; }},
        {"innovative_share", "share of tenants with R&D above the industry average", [](const World& w) { return w.metrics.innovative_share; }},
        {"mean_rd_intensity", "mean R&D intensity of tenants", [](const World& w) { return w.metrics.mean_rd_intensity; }},
        {"occupancy", "used floor space / capacity", [](const World& w) { return w.metrics.occupancy; }},
        {"transformation_rate", "commercialized share: patents launched as products / research outputs, both over the last five years", [](const World& w) { return w.metrics.transformation_rate; }},
        {"industrialization_rate", "industrialized share: patents in products made at scale / research outputs, both over the last five years", [](const World& w) { return w.metrics.industrialization_rate; }},
        {"patents", "patents filed since the game started (enterprises and universities)", [](const World& w) { return w.metrics.patents_total[0] + w.metrics.patents_total[1]; }},
        {"patents_enterprise", "patents filed by enterprises since the game started", [](const World& w) { return w.metrics.patents_total[0]; }},
        {"patents_university", "patents filed by universities and institutes since the game started", [](const World& w) { return w.metrics.patents_total[1]; }},
        {"products_launched", "products launched since the game started (commercialized)", [](const World& w) { return w.metrics.products_launched_total; }},
        {"products_industrialized", "products made at scale since the game started (industrialized)", [](const World& w) { return w.metrics.products_industrialized_total; }},
        {"patent_industrialization_rate", "share of patents filed since the start that are in products made at scale", [](const World& w) { return share(w.metrics.industrialized_total, w.metrics.patents_total, 2); }},
        {"enterprise_patent_industrialization", "share of enterprise patents filed since the start that are in products made at scale", [](const World& w) { return share(w.metrics.industrialized_total, w.metrics.patents_total, 0); }},
        {"university_patent_industrialization", "share of university patents filed since the start that are in products made at scale", [](const World& w) { return share(w.metrics.industrialized_total, w.metrics.patents_total, 1); }},
        {"research_outputs", "research outputs this month (a continuous flow, so fractional, not whole items)", [](const World& w) { return w.metrics.research_outputs; }},
        {"enterprise_outputs", "research outputs of enterprises this month", [](const World& w) { return w.metrics.enterprise_outputs; }},
        {"output_value", "tenants' revenue, RMB million per month", [](const World& w) { return w.metrics.output_value; }},
        {"tax_revenue", "tax collected, RMB million per month", [](const World& w) { return w.metrics.tax_revenue; }},
        {"rent_revenue", "rent collected, RMB million per month", [](const World& w) { return w.metrics.rent_revenue; }},
        {"ties", "active joint-action ties", [](const World& w) { return double(w.metrics.ties); }},
        {"firm_ties_per_firm", "enterprise interaction: firm-to-firm ties per firm", [](const World& w) { return w.metrics.firm_ties_per_firm; }},
        {"cross_segment_share", "share of firm-to-firm ties that cross segments", [](const World& w) { return w.metrics.cross_segment_share; }},
        {"cross_segment_ties_per_firm", "industrial interaction: cross-segment ties per firm", [](const World& w) { return w.metrics.cross_segment_ties_per_firm; }},
        {"external_tie_share", "share of ties with other clusters at home and abroad", [](const World& w) { return w.metrics.external_tie_share; }},
        {"university_industry_ties", "institute-enterprise ties per institute", [](const World& w) { return w.metrics.university_industry_ties; }},
        {"density", "network density", [](const World& w) { return w.metrics.density; }},
        {"clustering", "clustering coefficient (sampled)", [](const World& w) { return w.metrics.clustering; }},
        {"centralization", "degree centralization (1 = one hub does all matchmaking)", [](const World& w) { return w.metrics.centralization; }},
        {"network_form", "network form from the degree structure: 0 centralized, 1 polycentric, 2 decentralized", [](const World& w) { return double(int(w.metrics.centralization_label)); }},
        {"diversity", "segment diversity (normalized entropy)", [](const World& w) { return w.metrics.diversity; }},
        {"complementor_share", "share of specialized complementors among tenants", [](const World& w) { return w.metrics.complementor_share; }},
        {"anchor_dependence", "revenue share of the largest tenant", [](const World& w) { return w.metrics.anchor_dependence; }},
        {"mean_joint_action_size", "mean number of enablers per joint action this month", [](const World& w) { return w.metrics.mean_joint_action_size; }},
        {"joint_actions", "joint actions formed this month", [](const World& w) { return w.metrics.joint_actions_this_tick; }},
        {"defections", "partners who broke a joint action (and the tie) this month", [](const World& w) { return double(w.metrics.defections_this_tick); }},
        {"repeat_tie_share", "share of ties with repeated contact (two or more joint actions)", [](const World& w) { return w.metrics.repeat_tie_share; }},
        {"mean_tie_trust", "mean trust between the two ends of a tie", [](const World& w) { return w.metrics.mean_tie_trust; }},
        {"talent_shortage", "unmet talent demand (0..1)", [](const World& w) { return w.metrics.talent_shortage; }},
        {"shortage_leading", "unmet demand for leading talent: managers and founders (0..1)", talent_shortage<TalentKind::Leading>},
        {"shortage_core", "unmet demand for core technical talent (0..1)", talent_shortage<TalentKind::Core>},
        {"shortage_supporting", "unmet demand for supporting staff (0..1)", talent_shortage<TalentKind::Supporting>},
        {"shortage_blue_collar", "unmet demand for high-tech blue-collar workers (0..1)", talent_shortage<TalentKind::BlueCollar>},
        {"reputation", "reputation of the park (0..1)", [](const World& w) { return w.metrics.reputation; }},
        {"survival", "tenants now / peak tenants: political survival, not innovation", [](const World& w) { return w.metrics.survival; }},
        {"firm_change_24m", "tenants now minus 24 months ago", [](const World& w) { return double(w.metrics.firm_change_24m); }},
        {"firm_growth_24m", "relative change in tenants over 24 months", firm_growth_24m},
        {"trust", "park-wide trust (culture)", [](const World& w) { return w.culture.trust; }},
        {"innovation_culture", "innovation culture", [](const World& w) { return w.culture.innovation; }},
        {"entrepreneurial_culture", "entrepreneurial culture", [](const World& w) { return w.culture.entrepreneurial; }},
        {"learning_culture", "learning culture", [](const World& w) { return w.culture.learning; }},
        {"team_culture", "team culture", [](const World& w) { return w.culture.team; }},
        {"openness", "international openness (culture)", [](const World& w) { return w.culture.openness; }},
        {"open_innovation", "paradigm: closed (0) to open innovation (1)", [](const World& w) { return w.culture.open_innovation; }},
        {"quadruple_helix", "paradigm: users as the fourth helix (0..1)", [](const World& w) { return w.culture.quadruple_helix; }},
        {"binding_limits", "limits that cut at least half of the flow they bound this month (see limit_*)", binding_limits},
#define KEYSTONE_LIMIT_METRIC(name, text) {"limit_" #name, "share cut this month: " text, limit_cut<Limit::name>},
        KEYSTONE_LIMITS(KEYSTONE_LIMIT_METRIC)
#undef KEYSTONE_LIMIT_METRIC
    };
    return table;
}

namespace {
// Stage conditions, goals and batch indicators read metrics by name every month: a hashed index
// over the table instead of a scan with string compares. Built once; the table never changes.
const MetricInfo* find_metric(const std::string& name) {
    static const std::unordered_map<std::string_view, const MetricInfo*> by_name = [] {
        std::unordered_map<std::string_view, const MetricInfo*> index;
        for (const auto& info : metric_table()) index.emplace(info.name, &info);  // the first of a name wins
        return index;
    }();
    const auto found = by_name.find(name);
    return found == by_name.end() ? nullptr : found->second;
}
}  // namespace

bool metric_exists(const std::string& name) { return find_metric(name) != nullptr; }

bool read_metric(const World& world, const std::string& name, double* out) {
    const MetricInfo* info = find_metric(name);
    if (!info) return false;
    *out = info->read(world);
    return true;
}

bool metric_in_rmb(const std::string& name) {
    const MetricInfo* info = find_metric(name);
    return info && std::string(info->description).find("RMB million") != std::string::npos;
}

}  // namespace keystone
