-- Quality over quantity in a subsidy region (MODEL sections 6 and 10): the strategy written for
-- the second-tier city. It refuses the race to the bottom, raises the entry bar above the usual
-- screening, and spends on what weak regions lack (services, matchmaking, managers, patient
-- capital) instead of on rent holidays. It plays either role. As the operator alone, next to a
-- passive government, it keeps tenant quality up but cannot stop the incentive-hunters the
-- government keeps attracting, nor the loss of trust that follows.

local strategy = library("strategy")
-- A policy is enacted once the budget covers its one-off cost and a year of its running cost
-- (strategy.try_enact's default reserve); an event gets the first listed answer on offer.

-- Event answers: never match a rival's bid, never take low-end plants, keep the money for
-- enablers. Listed in order of preference; the first available one is taken.
local PREFERENCES = {
  rival_park_undercuts = { "differentiate", "hold" },
  low_end_plant_offer = { "refuse", "rd_only" },
  national_strategy_upgrade = { "national_lab", "bank_it" },
  star_scientist_returns = { "back_organizer", "build_institute" },
  organizer_proposes_promotion_org = { "back_independent", "absorb" },
  investor_fraud_scandal = { "investigate" },
  vc_winter = { "guiding_fund_steps_in", "wait" },
  talent_poaching = { "grow_own", "let_market" },
  regulatory_reform = { "pilot", "follow" },
  anchor_firm_relocates = { "backfill", "let_go" },
  real_estate_windfall = { "build_platform", "wait" },
  uk_china_bridge_mou = { "follow_up", "file_it" },
  pandemic_demand_surge = { "scale_up", "business_as_usual" },
  subsidy_audit = { "claw_back", "quiet_settlement" },
  provincial_policy_shift = { "invest_in_enablers", "accept" },
  price_war_substitutors = { "specialize", "stay_out" },
  guiding_fund_scandal = { "reform_governance", "quiet_settlement" },
  returnee_founder_wave = { "soft_landing", "welcome" },
  hospital_trial_centre = { "clinical_partnership", "research_only" },
  industrial_land_shortage = { "upgrade_tenants", "wait" },
  second_order_spinoff_wave = { "keep_them_local", "let_them_go" },
  subsidiary_head_office_recall = { "local_mandate", "accept" },
  rival_poaches_anchor = { "build_around_smes", "let_go" },
  international_conference_cancelled = { "go_virtual", "cancel" },
}

return {
  id = "quality_first",
  name = "Quality first (subsidy region)",
  description = "Refuse the race to the bottom: a high entry bar, no rent or tax packages, "
    .. "and money for services, matchmaking, managers and professional capital instead. The "
    .. "park fills slowly and the figures look poor for years; the firms that come stay, trade "
    .. "with each other and attract better ones.",
  roles = { "operator", "government" },

  decide = function(role, act)
    local y = keystone.years()
    if role == "operator" then
      -- The entry bar on top of strict screening, steered twice a year by the share of
      -- high-quality firms: higher while the park's name for quality is at stake, lower once it
      -- is secure or when the park is nearly empty.
      local hq = keystone.metric("high_quality_share")
      local firms = keystone.metric("enterprises")
      if keystone.tick() % 6 == 1 then
        local dial = 0.15
        if hq < 0.42 then dial = 0.25 elseif hq > 0.5 or firms < 60 then dial = 0.0 end
        act.set_lever("screening", dial)
      end
      strategy.try_enact(act, role, "strict_screening")
      strategy.try_enact(act, role, "forums_and_workshops")
      strategy.try_enact(act, role, "incubator_and_platforms")
      strategy.try_enact(act, role, "cxo_attraction")
      -- The rest waits until rent income can carry it: a bankrupt operator drops its newest policy.
      local rich = keystone.budget(role) > 60
      if y >= 3 and rich then strategy.try_enact(act, role, "international_bridge") end
      if y >= 4 and rich and act.active("forums_and_workshops") then strategy.try_enact(act, role, "promotion_organization") end
      if y >= 6 and rich then strategy.try_enact(act, role, "training_centre") end
      if rich then strategy.try_enact(act, role, "industry_convention", "agglomeration") end
    else
      strategy.try_enact(act, role, "entrepreneur_recognition")
      strategy.try_enact(act, role, "guiding_fund")
      strategy.try_enact(act, role, "talent_program")
      strategy.try_enact(act, role, "ip_protection")
      if y >= 2 then strategy.try_enact(act, role, "promotion_org_backing") end
      if y >= 3 then strategy.try_enact(act, role, "basic_research_funding") end
      if y >= 6 then strategy.try_enact(act, role, "regulatory_pilot_zone") end
    end
  end,

  on_event = function(role, event_id, choices)
    return strategy.first_choice(choices, PREFERENCES[event_id])
  end,
}
