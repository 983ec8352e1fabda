// Every tunable number of the model. Values live in scripts/params.lua, each with its unit and a
// one-line reason; this list only names them. Loading fails if a name is missing or unknown.
#pragma once
#include <string>
#include <vector>

namespace keystone {

#define KEYSTONE_PARAMS(X)                                                                    \
    /* --- entry ----------------------------------------------------------------------- */   \
    X(entry_base_rate) X(entry_reputation_weight) X(entry_incentive_weight)                    \
    X(entry_cluster_weight) X(entry_services_weight) X(entry_follow_rate)                     \
    X(incentive_rent_weight) X(incentive_subsidy_weight) X(incentive_tax_weight)               \
    X(candidate_quality_base) X(candidate_quality_tech) X(candidate_quality_spread)            \
    X(policy_driven_quality_penalty) X(policy_driven_mindset_damping)                          \
    X(screening_bar_min) X(screening_bar_span)                                                 \
    X(gresham_avoid) X(gresham_quality_bar)                                                    \
    X(spinoff_academic_rate) X(spinoff_firm_rate) X(spinoff_local_settle)                      \
    X(subsidiary_share_local_capital) X(relocation_share_incentive)                            \
    X(large_entry_rate) X(mnc_entry_rate) X(anchor_chasing_large_boost)                        \
    X(units_startup) X(units_sme) X(units_large) X(units_mnc) X(expansion_units_per_month)               \
    X(building_land_share) X(floor_area_ratio) X(unit_floor_m2)     \
    X(returnee_share) X(foreign_share_openness)                                                \
    X(segment_entry_floor) X(large_entrant_quality_bonus) X(spinoff_quality_bonus)             \
    X(gresham_min_firms) X(mnc_foreign_factor) X(policy_driven_rd_factor)                      \
    X(rd_initial_spread) X(specialization_spread) X(seed_cash_established_factor)              \
    X(cash_quality_base) X(headcount_startup) X(headcount_sme) X(headcount_large)              \
    X(entrant_products_sme) X(entrant_products_large) X(entrant_trust_factor)                  \
    X(cluster_pull_base) X(incentive_mindset_base)                     \
    X(free_space_share) X(relocated_sme_share) X(spinoff_support_base)                         \
    X(spinoff_leaders_base) X(spinoff_settle_base) X(large_entry_ecosystem_base) X(ecosystem_ties_half) X(ecosystem_cross_half) X(ecosystem_providers_half)                \
    X(mnc_openness_base)                                                                       \
    /* --- exit ------------------------------------------------------------------------ */   \
    X(exit_base) X(exit_low_quality) X(exit_no_cash) X(exit_policy_driven)                     \
    X(exit_rival_weight) X(exit_gresham) X(exit_partner_shock)                 \
    X(partner_shock_months) X(partner_revenue_loss) X(subsidy_survival) X(anchor_reputation_hit)                       \
    X(anchor_attrition_factor)                                                                 \
    X(team_support) X(exit_rival_attraction) X(anchor_ripple_loss) X(anchor_ripple_reach)       \
    /* --- firms ----------------------------------------------------------------------- */   \
    X(seed_cash) X(established_age_months) X(established_margin_base) X(established_margin_quality) X(established_cash_months) X(burn_startup) X(burn_sme) X(burn_large) X(revenue_per_product)              \
    X(product_decay) X(growth_rate) X(growth_products_sme) X(growth_products_large)            \
    X(rd_industry_average) X(rd_initial_mean) X(rd_drift) X(rd_investor_pull)                                      \
    X(specialization_mean) X(specialization_cost_penalty) X(specialization_learning)                                      \
    X(mnc_revenue_factor) X(subsidy_burn_share) X(rd_quality_base)                             \
    X(growth_rate_large_factor) X(headcount_growth_sme) X(headcount_growth_large)              \
    X(complementor_specialization_min)                                                         \
    X(helix_revenue_gain) X(lock_in_decay) X(lock_in_external_share_full) X(lock_in_output_loss) X(learning_catch_up)                                \
    /* --- initial conditions ---------------------------------------------------------- */   \
    X(initial_openness_share) X(initial_entrepreneurial_share) X(initial_startup_share)        \
    X(anchored_large_products_factor) X(anchor_products_factor)                                \
    X(initial_large_cash_factor) X(initial_headcount_small) X(initial_knowledge_tech_base)     \
    /* --- joint actions --------------------------------------------------------------- */   \
    X(ja_attempt_rate) X(tie_lifetime_months) X(same_segment_partner) X(supply_to_big_buyers)                                                  \
    X(w_supply) X(w_recruitment) X(w_joint_rnd) X(w_licensing) X(w_investment) X(w_service)    \
    X(w_training) X(w_cross_industry) X(w_user) X(w_international) X(w_external_domestic)      \
    X(need_bonus) X(need_local_ties) X(need_market_products) X(match_same_segment_base) X(match_cross_segment_base)                 \
    X(substitutor_crowding) X(proximity_trust) X(subsidiary_local_penalty)                     \
    X(ability_base) X(ability_implicit) X(ability_services) X(ability_forums)                  \
    X(bureaucracy) X(trust_gain) X(trust_loss) X(trust_decay) X(trust_floor)                                  \
    X(forum_rate) X(hub_event_rate) X(hub_min_degree)                                          \
    X(consortium_rate) X(consortium_trust_min) X(consortium_size_min) X(consortium_size_max)   \
    X(consortium_transform_boost) X(consortium_months) X(consortium_convener_ability)          \
    X(tie_trust_gain) X(repeat_partner_share) X(partner_referral_share)                        \
    X(defection_base) X(defection_low_quality_weight) X(defection_policy_driven_weight)        \
    X(defection_ip_weight) X(defection_culture_weight) X(defection_trust_loss)                 \
    X(tacit_repeat_contacts) X(rnd_codified_share)                                             \
    X(match_cross_specialization_base) X(ability_quality_base) X(ability_quality_weight)       \
    X(license_absorptive_base) X(training_quality_gain) X(training_talent_gain)                \
    X(user_cocreation_knowledge) X(joint_rnd_without_institutes) X(licensing_rd_ratio_cap)     \
    X(investment_weight_with_cash) X(service_weight_base) X(international_openness_weight)     \
    X(international_foreign_origin_bonus) X(external_domestic_openness_base)                   \
    X(match_external_base) X(match_external_specialization) X(joint_rnd_institute_share)       \
    X(match_rnd_base) X(match_rnd_weight) X(match_rnd_ratio_cap) X(match_license_base)         \
    X(match_license_transfer_weight) X(match_license_rd_base) X(match_license_rd_weight)       \
    X(match_professional_quality) X(match_nonprofessional) X(match_service)                    \
    X(match_training) X(match_user_base) X(match_user_market_weight)                           \
    X(match_international_base) X(match_international_openness_weight)                         \
    X(match_international_quality_weight) X(hub_event_guests) X(match_hub_event)               \
    X(consortium_openness_min) X(consortium_implicit_cap)                                      \
    X(cross_segment_partner_tries)                                                             \
    /* --- knowledge and transformation ------------------------------------------------ */   \
    X(institute_output) X(institute_basic_research_boost) X(firm_output) X(output_scale_sme) X(output_scale_large) X(output_scale_mnc)                       \
    X(patents_per_license) X(transform_firm_base) X(transform_services) X(transform_capital)   \
    X(transform_talent) X(transform_regulatory) X(transform_bias_penalty)                      \
    X(transformation_window_months) X(patents_per_product) X(patents_per_knowledge_gain)      \
    X(patent_share_enterprise) X(patent_share_university) X(patent_ip_boost) X(patent_legal_boost) X(patent_stale_months) X(university_relevance_base) X(university_relevance_transfer) \
    X(provider_city_weight) X(provider_half_per_100) X(cro_speed_boost) X(development_quality_base)                      \
    X(development_self_margin) X(development_funding_unbacked) X(development_funding_platforms) X(development_funding_nonprofessional) X(development_capital_boost) X(project_failure) X(project_failure_quality_base) X(industrialize_rate)               \
    X(industrialize_startup_factor) X(industrialize_large_factor) X(industrialize_no_cdmo) X(industrialize_talent_weight) \
    X(industrial_products_gain)                                     \
    X(pipeline_drug) X(pipeline_stem) X(pipeline_precision) X(pipeline_device) X(pipeline_health) \
    X(regulatory_speedup) X(tacit_local_share) X(absorptive_capacity)                          \
    X(institute_knowledge_growth) X(shortage_output_loss) X(noninnovative_output_factor)       \
    X(service_recency_months) X(unserviced_pipeline_factor)                                    \
    /* --- finance --------------------------------------------------------------------- */   \
    X(fund_policy_rate) X(fund_quality_rate) X(fund_cluster_rate) X(fund_deals_wanted_per_month) X(fund_deal_memory_months)         \
    X(fund_professional_base) X(fund_subsidiary_deterrence) X(fund_capital)                    \
    X(investment_size) X(investment_need_cash) X(professional_rd_boost)                        \
    X(professional_quality_boost) X(nonprofessional_rd_cut) X(nonprofessional_quality_cut)     \
    X(government_capital_share)                                                                \
    X(fund_incentive_weight) X(fund_professional_policy_factor)                                \
    X(fund_professional_other_factor) X(fund_recycling_months) X(fund_patience_months) X(fund_exit_rate) \
    X(investment_size_established_factor)                                                      \
    /* --- talent ---------------------------------------------------------------------- */   \
    X(talent_inflow) X(talent_hiring_share) X(talent_churn) X(talent_program_boost) X(training_boost)                 \
    X(talent_need_per_person) X(talent_returnee_leading_share)                        \
    X(talent_need_startup_leading) X(talent_need_startup_core) X(talent_need_startup_supporting)   \
    X(talent_need_startup_blue_collar) X(talent_need_scaling_leading) X(talent_need_scaling_core)  \
    X(talent_need_scaling_supporting) X(talent_need_scaling_blue_collar)                                                                    \
    X(talent_pull_base) X(talent_mix_leading) X(talent_mix_core) X(talent_mix_supporting)      \
    X(talent_mix_blue_collar) X(talent_mix_returnee) X(talent_returnee_base)                   \
    /* --- enablers arriving ----------------------------------------------------------- */   \
    X(institute_rate) X(provider_rate) X(provider_in_park_services) X(organizer_rate)          \
    X(promotion_found_rate) X(promotion_trust_min) X(promotion_capacity)                       \
    X(institute_pace_base) X(institute_tech_base) X(institute_knowledge_min)                   \
    X(transfer_quality_base) X(transfer_quality_new_support) X(transfer_quality_spread)        \
    X(transfer_quality_support) X(transfer_quality_ip) X(provider_services_base)               \
    X(provider_city_base) X(provider_in_park_base) X(organizer_talent_program_weight)          \
     X(promotion_firms_served) X(promotion_capacity_floor)                        \
    X(promotion_capacity_months)                                                               \
    X(star_arrival_rate) X(star_talent_program_weight) X(star_reputation_base)                 \
    X(star_departure_rate) X(star_knowledge) X(star_spinoff_boost)                             \
    /* --- culture and reputation ------------------------------------------------------ */   \
    X(culture_months) X(reputation_months) X(reputation_convention) X(reputation_products)     \
    X(reputation_quality) X(reputation_external) X(reputation_external_share_full) X(reputation_scale) X(reputation_scale_half) X(implicit_trust_boost)                          \
    X(culture_trust_ip_weight) X(culture_trust_policy_penalty)                                 \
    X(culture_entrepreneurial_mindset_weight) X(culture_entrepreneurial_support_weight)        \
    X(culture_entrepreneurial_spinoff_weight) X(culture_innovation_innovative_weight)          \
    X(culture_innovation_transformation_weight) X(culture_innovation_implicit_weight)          \
    X(culture_innovation_policy_penalty) X(culture_team_base) X(culture_team_trust_weight)     \
    X(culture_learning_base) X(culture_learning_training_weight)                               \
    X(culture_learning_forums_weight) X(culture_openness_region_weight)                        \
    X(culture_openness_external_weight) X(culture_openness_bridge_weight)                      \
    X(culture_open_innovation_openness_weight) X(culture_helix_base)                           \
    X(reputation_products_signal_gain)                                                         \
    /* --- rivals and economy ---------------------------------------------------------- */   \
    X(rival_growth_response) X(rival_incentive_max) X(rival_decay)                             \
    X(rent_per_unit) X(tax_rate) X(tax_retained_share) X(service_revenue_share) X(government_base_income)            \
    X(operator_base_income)                                                                    \
    X(operator_upkeep_built_per_unit) X(operator_upkeep_used_per_unit) X(service_cost_per_firm)  \
    X(operator_equity_share) X(land_fee_per_unit) X(government_obligation_per_unit)            \
    X(subsidy_cost_per_firm) X(talent_cost_per_firm) X(research_cost_per_institute)            \
    X(debt_interest_monthly) X(debt_limit_income_months) X(debt_limit_floor)                   \
    X(reserve_months) X(surplus_remit_share)                                                   \
    X(rent_subsidy_share) X(rival_growth_entrants) X(rival_pressure_months)                    \
    X(rival_attractiveness_base) X(rival_maturity_per_year) X(rival_attractiveness_max)        \
    X(rival_failure_weight) X(rival_attractiveness_months)                                     \
    /* --- network measures ------------------------------------------------------------ */   \
    X(clustering_sample) X(clustering_every_months) X(centralized_above) X(decentralized_below) X(decentralized_min_ties)                           \
    X(clustering_pairs_per_node) X(hub_degree_multiple)                                                   \
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
