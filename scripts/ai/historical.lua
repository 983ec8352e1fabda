-- The policies Bio Island's operator and government actually followed (Tang 2023, ch. 4),
-- timed in years since the scenario start so the strategy also runs in other scenarios.
-- 2011-07 = year 0, 2017 = ~5.5, 2020 = ~8.5, 2021 = ~9.5.

-- One-off and monthly costs (RMB million), copied from scripts/policies/*; used for the
-- budget check until the API exposes policy definitions.
local COST = {
  strict_screening = { 0.5, 0.1 },  forums_and_workshops = { 1.0, 0.3 },
  incubator_and_platforms = { 15, 0.7 }, international_bridge = { 2.0, 0.3 },
  cxo_attraction = { 2.0, 0.25 },   promotion_organization = { 5.0, 0.35 },
  industry_convention = { 8.0, 0.4 }, training_centre = { 15, 0.3 },
  user_station = { 3.0, 0.15 },     expansion = { 80, 0.2 },
  basic_research_funding = { 20, 0.9 }, talent_program = { 8.0, 0.5 },
  guiding_fund = { 50, 0.3 },       ip_protection = { 4.0, 0.2 },
  promotion_org_backing = { 3.0, 0.25 }, regulatory_pilot_zone = { 5.0, 0.2 },
  entrepreneur_recognition = { 1.0, 0.15 }, innovation_consortium = { 10, 0.3 },
}
local RESERVE_MONTHS = 12   -- keep a year of the policy's running cost in hand

local STAGE_RANK = { flocking = 0, agglomeration = 1, cluster = 2, coi = 3, decline = 1, renewal = 1 }

local function stage_at_least(name)
  return (STAGE_RANK[keystone.stage()] or 0) >= STAGE_RANK[name]
end

local function try_enact(act, role, id, min_stage)
  if act.active(id) then return end
  if min_stage and not stage_at_least(min_stage) then return end
  local c = COST[id]
  if keystone.budget(role) >= c[1] + RESERVE_MONTHS * c[2] then act.enact(id) end
end

-- choices may be a list of ids or of choice tables; return the first preferred one we can pay.
local function pick(role, choices, prefs)
  for _, want in ipairs(prefs) do
    for _, c in ipairs(choices) do
      local id = type(c) == "table" and c.id or c
      local cost = type(c) == "table" and (c.cost or 0) or 0
      if id == want and keystone.budget(role) >= cost + 10 then return want end
    end
  end
  return nil  -- let the event's default choice stand
end

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
      try_enact(act, role, "strict_screening")
      try_enact(act, role, "forums_and_workshops")
      try_enact(act, role, "incubator_and_platforms")
      try_enact(act, role, "international_bridge")            -- UK-China Bridge from 2011
      if y >= 4 then try_enact(act, role, "cxo_attraction") end
      if y >= 5 and act.active("forums_and_workshops") then   -- prerequisite
        try_enact(act, role, "promotion_organization")          -- the park company as Party C
      end
      if y >= 5.5 then try_enact(act, role, "industry_convention", "agglomeration") end  -- 2017
      if y >= 8.5 then try_enact(act, role, "training_centre") end      -- 2020
      if y >= 9.5 then try_enact(act, role, "user_station", "agglomeration") end  -- 2021
      -- New floor space only when the island is nearly full and money is left after services.
      if y >= 6 and keystone.metric("occupancy") > 0.9 and keystone.budget(role) > 150 then
        try_enact(act, role, "expansion", "agglomeration")
      end
    else
      if keystone.tick() <= 1 then
        -- The national high-tech-enterprise tax rate (15% instead of 25%) as a modest standing
        -- relief; no time-limited incentive packages.
        act.set_lever("tax_incentive", 0.15)
      end
      try_enact(act, role, "basic_research_funding")   -- technology
      try_enact(act, role, "guiding_fund")             -- capital
      try_enact(act, role, "talent_program")           -- talent
      if y >= 3.5 then try_enact(act, role, "ip_protection") end          -- IP court, end of 2014
      if y >= 5 then try_enact(act, role, "promotion_org_backing") end
      if y >= 6 then try_enact(act, role, "regulatory_pilot_zone") end
      if y >= 7 then try_enact(act, role, "entrepreneur_recognition") end
      if y >= 10 and act.active("promotion_org_backing") then   -- 2021 S&T law; prerequisite
        try_enact(act, role, "innovation_consortium", "cluster")
      end
    end
  end,

  on_event = function(role, event_id, choices)
    local prefs = PREFERENCES[event_id]
    if not prefs then return nil end
    return pick(role, choices, prefs)
  end,
}
