-- The policies Bio Island's operator and government actually followed (Tang 2023, ch. 4),
-- timed in years since the scenario start so the strategy also runs in other scenarios.
-- 2011-07 = year 0, 2017 = ~5.5, 2020 = ~8.5, 2021 = ~9.5.

local strategy = library("strategy")
-- A policy is enacted once the budget covers its one-off cost and a year of its running cost
-- (strategy.try_enact's default reserve); an event gets the first listed answer the role can
-- pay for with RMB 10 million to spare (strategy.pick's default margin), else its default.

local PREFERENCES = {
  rival_park_undercuts = { "differentiate", "hold" },       -- compete on services, not price
  anchor_firm_relocates = { "backfill", "let_go" },
  star_scientist_returns = { "back_organizer", "build_institute" },
  pandemic_demand_surge = { "scale_up", "open_to_public" }, -- diagnostics firms scaled up in 2020
  investor_fraud_scandal = { "investigate" },
  national_strategy_upgrade = { "national_lab", "bank_it" },-- a national lab opened on the island in 2020
  talent_poaching = { "grow_own", "counter_package" },
  uk_china_bridge_mou = { "follow_up" },
  vc_winter = { "guiding_fund_steps_in", "wait" },
  regulatory_reform = { "pilot", "follow" },
  organizer_proposes_promotion_org = { "back_independent", "absorb" },
  real_estate_windfall = { "build_platform", "wait" },
  low_end_plant_offer = { "rd_only", "refuse" },
  -- Later events (not in the case study): what a park run on Bio Island's principles would do.
  second_order_spinoff_wave = { "keep_them_local", "let_them_go" },
  subsidiary_head_office_recall = { "local_mandate", "accept" },
  guiding_fund_scandal = { "reform_governance", "quiet_settlement" },
  hospital_trial_centre = { "clinical_partnership", "research_only" },  -- 36 clinical institutions by 2023
  returnee_founder_wave = { "soft_landing", "welcome" },
  rival_poaches_anchor = { "build_around_smes", "let_go" },
  price_war_substitutors = { "specialize", "stay_out" },
  provincial_policy_shift = { "invest_in_enablers", "accept" },
  industrial_land_shortage = { "upgrade_tenants", "wait" },
  international_conference_cancelled = { "go_virtual", "domestic_edition" },
  subsidy_audit = { "claw_back", "quiet_settlement" },
}

return {
  id = "historical",
  name = "Historical (Bio Island)",
  description = "What Bio Island did: strict screening and 'technology, capital, talent' from "
    .. "the start, forums and international bridges in the first year, no large incentive "
    .. "packages; a promotion organization and a national convention after about five years; "
    .. "training and users after about nine.",
  roles = { "operator", "government" },

  decide = function(role, act)
    local y = keystone.years()
    if role == "operator" then
      strategy.try_enact(act, role, "strict_screening")
      strategy.try_enact(act, role, "forums_and_workshops")
      strategy.try_enact(act, role, "incubator_and_platforms")
      strategy.try_enact(act, role, "international_bridge")            -- UK-China Bridge from 2011
      if y >= 4 then strategy.try_enact(act, role, "cxo_attraction") end
      if y >= 5 and act.active("forums_and_workshops") then   -- prerequisite
        strategy.try_enact(act, role, "promotion_organization")          -- the park company as Party C
      end
      if y >= 5.5 then strategy.try_enact(act, role, "industry_convention", "agglomeration") end  -- 2017
      if y >= 8.5 then strategy.try_enact(act, role, "training_centre") end      -- 2020
      if y >= 9.5 then strategy.try_enact(act, role, "user_station", "agglomeration") end  -- 2021
      -- New floor space only when the island is nearly full and money is left after services.
      if y >= 6 and keystone.metric("occupancy") > 0.9 and keystone.budget(role) > 150 then
        strategy.try_enact(act, role, "expansion", "agglomeration")
      end
    else
      if keystone.tick() <= 1 then
        -- The national high-tech-enterprise tax rate (15% instead of 25%) as a modest standing
        -- relief; no time-limited incentive packages.
        act.set_lever("tax_incentive", 0.15)
      end
      strategy.try_enact(act, role, "basic_research_funding")   -- technology
      strategy.try_enact(act, role, "guiding_fund")             -- capital
      strategy.try_enact(act, role, "talent_program")           -- talent
      if y >= 3.5 then strategy.try_enact(act, role, "ip_protection") end          -- IP court, end of 2014
      if y >= 5 then strategy.try_enact(act, role, "promotion_org_backing") end
      if y >= 6 then strategy.try_enact(act, role, "regulatory_pilot_zone") end
      if y >= 7 then strategy.try_enact(act, role, "entrepreneur_recognition") end
      if y >= 10 and act.active("promotion_org_backing") then   -- 2021 S&T law; prerequisite
        strategy.try_enact(act, role, "innovation_consortium", "cluster")
      end
    end
  end,

  on_event = function(role, event_id, choices)
    local prefs = PREFERENCES[event_id]
    if not prefs then return nil end
    return strategy.pick(role, choices, prefs)
  end,
}
