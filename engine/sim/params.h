// Every tunable number of the model. Values live in scripts/params.lua, each with its unit and a
// one-line reason; this list only names them. Loading fails if a name is missing or unknown.
#pragma once
#include <string>
#include <vector>

namespace keystone {

#define KEYSTONE_PARAMS(X)                                                                    \
    /* --- entry ----------------------------------------------------------------------- */   \
    X(entry_base_rate) X(entry_reputation_weight) X(entry_incentive_weight)                    \
    X(entry_cluster_weight) X(entry_services_weight) X(entry_cluster_half)                     \
    X(incentive_rent_weight) X(incentive_subsidy_weight) X(incentive_tax_weight)               \
    X(candidate_quality_base) X(candidate_quality_tech) X(candidate_quality_spread)            \
    X(policy_driven_quality_penalty) X(policy_driven_mindset_damping)                          \
    X(screening_bar_min) X(screening_bar_span)                                                 \
    X(gresham_avoid) X(gresham_quality_bar)                                                    \
    X(spinoff_academic_rate) X(spinoff_firm_rate) X(spinoff_local_settle)                      \
    X(subsidiary_share_local_capital) X(relocation_share_incentive)                            \
    X(large_entry_rate) X(mnc_entry_rate) X(mnc_market_size) X(anchor_chasing_large_boost)                        \
    X(units_startup) X(units_sme) X(units_large) X(units_mnc) X(expansion_units_per_month)     \
    X(returnee_share) X(foreign_share_openness)                                                \
    /* --- exit ------------------------------------------------------------------------ */   \
    X(exit_base) X(exit_low_quality) X(exit_no_cash) X(exit_policy_driven)                     \
    X(exit_rival_weight) X(exit_gresham) X(exit_decline) X(exit_partner_shock)                 \
    X(partner_shock_months) X(partner_revenue_loss) X(subsidy_survival) X(anchor_reputation_hit)                       \
    /* --- firms ----------------------------------------------------------------------- */   \
    X(seed_cash) X(burn_startup) X(burn_sme) X(burn_large) X(revenue_per_product)              \
    X(product_decay) X(growth_rate) X(growth_products_sme) X(growth_products_large)            \
    X(rd_industry_average) X(rd_initial_mean) X(rd_drift)                                      \
    X(specialization_mean) X(specialization_cost_penalty) X(specialization_learning)                                      \
    /* --- joint actions --------------------------------------------------------------- */   \
    X(ja_attempt_rate) X(tie_lifetime_months) X(same_segment_partner) X(supply_to_big_buyers)                                                  \
    X(w_supply) X(w_recruitment) X(w_joint_rnd) X(w_licensing) X(w_investment) X(w_service)    \
    X(w_training) X(w_cross_industry) X(w_user) X(w_international) X(w_external_domestic)      \
    X(need_stage_bonus) X(match_same_segment_base) X(match_cross_segment_base)                 \
    X(substitutor_crowding) X(proximity_trust) X(subsidiary_local_penalty)                     \
    X(ability_base) X(ability_implicit) X(ability_services) X(ability_forums)                  \
    X(bureaucracy) X(trust_gain) X(trust_loss) X(trust_decay)                                  \
    X(forum_rate) X(hub_event_rate) X(hub_min_degree)                                          \
    X(consortium_rate) X(consortium_trust_min) X(consortium_size_min) X(consortium_size_max)   \
    X(consortium_transform_boost) X(consortium_months)                                         \
    /* --- knowledge and transformation ------------------------------------------------ */   \
    X(institute_output) X(institute_basic_research_boost) X(firm_output) X(output_scale_sme) X(output_scale_large) X(output_scale_mnc)                       \
    X(outputs_per_license) X(transform_firm_base) X(transform_services) X(transform_capital)   \
    X(transform_talent) X(transform_regulatory) X(transform_bias_penalty)                      \
    X(transformation_window_months) X(outputs_per_product)                                     \
    X(pipeline_drug) X(pipeline_stem) X(pipeline_precision) X(pipeline_device) X(pipeline_health) \
    X(regulatory_speedup) X(tacit_local_share) X(absorptive_capacity)                          \
    /* --- finance --------------------------------------------------------------------- */   \
    X(fund_policy_rate) X(fund_quality_rate) X(fund_cluster_rate) X(fund_saturation_per_firm)         \
    X(fund_professional_base) X(fund_subsidiary_deterrence) X(fund_capital)                    \
    X(investment_size) X(investment_need_cash) X(professional_rd_boost)                        \
    X(professional_quality_boost) X(nonprofessional_rd_cut) X(nonprofessional_quality_cut)     \
    X(government_capital_share)                                                                \
    /* --- talent ---------------------------------------------------------------------- */   \
    X(talent_inflow) X(talent_churn) X(talent_program_boost) X(training_boost)                 \
    X(talent_need_per_unit)                                                                    \
    /* --- enablers arriving ----------------------------------------------------------- */   \
    X(institute_rate) X(provider_rate) X(provider_in_park_services) X(organizer_rate)          \
    X(promotion_found_rate) X(promotion_trust_min) X(promotion_capacity)                       \
    /* --- culture and reputation ------------------------------------------------------ */   \
    X(culture_months) X(reputation_months) X(reputation_convention) X(reputation_products)     \
    X(reputation_quality) X(reputation_stage) X(reputation_scale) X(implicit_trust_boost)                          \
    /* --- rivals and economy ---------------------------------------------------------- */   \
    X(rival_growth_response) X(rival_incentive_max) X(rival_decay)                             \
    X(rent_per_unit) X(tax_rate) X(service_revenue_share) X(government_base_income)            \
    X(operator_base_income)                                                                    \
    /* --- network measures ------------------------------------------------------------ */   \
    X(clustering_sample) X(clustering_every_months) X(centralized_above) X(decentralized_below) X(decentralized_min_ties)                           \
    /* --- stage conditions ------------------------------------------------------------ */   \
    X(stage_hold_ticks) X(fallback_hold_ticks) X(quality_high_bar)                             \
    X(agglomeration_enterprises) X(agglomeration_firm_ties) X(agglomeration_reputation)        \
    X(cluster_cross_segment) X(cluster_providers) X(cluster_complementors) X(cluster_enterprises) \
    X(coi_external_share) X(coi_implicit) X(coi_transformation) X(coi_innovation_culture)      \
    X(coi_university_industry)                                                                 \
    X(decline_external_max) X(decline_diversity_max) X(decline_shrink) X(decline_hold_ticks)   \
    X(renewal_external_min) X(renewal_diversity_min) X(renewal_hold_ticks)

struct Params {
#define KEYSTONE_PARAM_FIELD(name) double name = 0.0;
    KEYSTONE_PARAMS(KEYSTONE_PARAM_FIELD)
#undef KEYSTONE_PARAM_FIELD
};

// Name-indexed access for the loader and the docs.
std::vector<std::string> param_names();
double* param_slot(Params& params, const std::string& name);  // nullptr if unknown

}  // namespace keystone
