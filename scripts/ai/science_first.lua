-- Turning a science city into an industry (MODEL sections 4, 6 and 10): the strategy written for
-- the science city. The knowledge is already there, so the money goes to what converts it:
-- technology transfer and founders (entrepreneur recognition), services and incubators,
-- managers (CXO attraction), professional capital (guiding fund), faster approvals, and users.

local strategy = library("strategy")
-- A policy is enacted once the budget covers its one-off cost and a year of its running cost
-- (strategy.try_enact's default reserve); an event gets the first listed answer on offer.

local PREFERENCES = {
  star_scientist_returns = { "back_organizer", "build_institute" },  -- a bridge-builder, not another lab
  national_strategy_upgrade = { "bank_it", "national_lab" },         -- enough labs already
  organizer_proposes_promotion_org = { "back_independent", "absorb" },
  regulatory_reform = { "pilot", "follow" },
  vc_winter = { "guiding_fund_steps_in", "wait" },
  talent_poaching = { "grow_own", "counter_package" },
  investor_fraud_scandal = { "investigate" },
  rival_park_undercuts = { "differentiate", "hold" },
  low_end_plant_offer = { "rd_only", "refuse" },
  real_estate_windfall = { "build_platform", "wait" },
  uk_china_bridge_mou = { "follow_up", "file_it" },
  pandemic_demand_surge = { "open_to_public", "scale_up" },
  anchor_firm_relocates = { "backfill", "let_go" },
  hospital_trial_centre = { "clinical_partnership", "research_only" },
  returnee_founder_wave = { "soft_landing", "welcome" },
  second_order_spinoff_wave = { "keep_them_local", "let_them_go" },
  provincial_policy_shift = { "invest_in_enablers", "accept" },
  guiding_fund_scandal = { "reform_governance", "quiet_settlement" },
  subsidiary_head_office_recall = { "local_mandate", "accept" },
  international_conference_cancelled = { "go_virtual", "cancel" },
  price_war_substitutors = { "specialize", "stay_out" },
  industrial_land_shortage = { "upgrade_tenants", "wait" },
  rival_poaches_anchor = { "build_around_smes", "let_go" },
  subsidy_audit = { "claw_back", "quiet_settlement" },
}

return {
  id = "science_first",
  name = "Science first, then industry",
  description = "For a place rich in science and poor in firms: turn results into companies. "
    .. "Recognize founders and technology brokers, open an incubator with shared platforms, "
    .. "bring in experienced managers, let a guiding fund draw professional investors, pilot "
    .. "faster approvals and open the labs to clinicians and users. No new laboratories "
    .. "until the existing ones have somewhere to send their results.",
  roles = { "operator", "government" },

  decide = function(role, act)
    local y = keystone.years()
    if role == "operator" then
      strategy.try_enact(act, role, "incubator_and_platforms")
      strategy.try_enact(act, role, "cxo_attraction")
      strategy.try_enact(act, role, "forums_and_workshops")
      strategy.try_enact(act, role, "strict_screening")
      if y >= 1 then strategy.try_enact(act, role, "international_bridge") end
      if y >= 3 and act.active("forums_and_workshops") then strategy.try_enact(act, role, "promotion_organization") end
      strategy.try_enact(act, role, "user_station", "agglomeration")
      strategy.try_enact(act, role, "industry_convention", "agglomeration")
      if y >= 5 then strategy.try_enact(act, role, "training_centre") end
      if keystone.metric("occupancy") > 0.9 and keystone.budget(role) > 150 then
        strategy.try_enact(act, role, "expansion", "agglomeration")
      end
    else
      strategy.try_enact(act, role, "entrepreneur_recognition")
      strategy.try_enact(act, role, "guiding_fund")
      strategy.try_enact(act, role, "regulatory_pilot_zone")
      strategy.try_enact(act, role, "ip_protection")
      strategy.try_enact(act, role, "promotion_org_backing")
      strategy.try_enact(act, role, "talent_program")
      if act.active("promotion_org_backing") then strategy.try_enact(act, role, "innovation_consortium", "cluster") end
    end
  end,

  on_event = function(role, event_id, choices)
    return strategy.first_choice(choices, PREFERENCES[event_id])
  end,
}
