-- Turning a science city into an industry (MODEL sections 4, 6 and 10): the strategy written for
-- the science city. The knowledge is already there, so the money goes to what converts it:
-- technology transfer and founders (entrepreneur recognition), services and incubators,
-- managers (CXO attraction), professional capital (guiding fund), faster approvals, and users.

local COST = {
  incubator_and_platforms = { 15, 0.7 }, cxo_attraction = { 2.0, 0.25 },
  forums_and_workshops = { 1.0, 0.3 }, strict_screening = { 0.5, 0.1 },
  international_bridge = { 2.0, 0.3 }, promotion_organization = { 5.0, 0.35 },
  industry_convention = { 8.0, 0.4 }, user_station = { 3.0, 0.15 },
  training_centre = { 15, 0.3 }, expansion = { 80, 0.2 },
  entrepreneur_recognition = { 1.0, 0.15 }, guiding_fund = { 50, 0.3 },
  ip_protection = { 4.0, 0.2 }, regulatory_pilot_zone = { 5.0, 0.2 },
  talent_program = { 8.0, 0.5 }, promotion_org_backing = { 3.0, 0.25 },
  innovation_consortium = { 10, 0.3 }, basic_research_funding = { 20, 0.9 },
}
local RESERVE_MONTHS = 12

local STAGE_RANK = { flocking = 0, agglomeration = 1, cluster = 2, coi = 3, decline = 1, renewal = 1 }

local function try_enact(act, role, id, min_stage)
  if act.active(id) then return end
  if min_stage and (STAGE_RANK[keystone.stage()] or 0) < STAGE_RANK[min_stage] then return end
  local c = COST[id]
  if keystone.budget(role) >= c[1] + RESERVE_MONTHS * c[2] then act.enact(id) end
end

local function has_choice(choices, want)
  for _, c in ipairs(choices) do
    if (type(c) == "table" and c.id or c) == want then return true end
  end
  return false
end

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
      try_enact(act, role, "incubator_and_platforms")
      try_enact(act, role, "cxo_attraction")
      try_enact(act, role, "forums_and_workshops")
      try_enact(act, role, "strict_screening")
      if y >= 1 then try_enact(act, role, "international_bridge") end
      if y >= 3 and act.active("forums_and_workshops") then try_enact(act, role, "promotion_organization") end
      try_enact(act, role, "user_station", "agglomeration")
      try_enact(act, role, "industry_convention", "agglomeration")
      if y >= 5 then try_enact(act, role, "training_centre") end
      if keystone.metric("occupancy") > 0.9 and keystone.budget(role) > 150 then
        try_enact(act, role, "expansion", "agglomeration")
      end
    else
      try_enact(act, role, "entrepreneur_recognition")
      try_enact(act, role, "guiding_fund")
      try_enact(act, role, "regulatory_pilot_zone")
      try_enact(act, role, "ip_protection")
      try_enact(act, role, "promotion_org_backing")
      try_enact(act, role, "talent_program")
      if act.active("promotion_org_backing") then try_enact(act, role, "innovation_consortium", "cluster") end
    end
  end,

  on_event = function(role, event_id, choices)
    for _, want in ipairs(PREFERENCES[event_id] or {}) do
      if has_choice(choices, want) then return want end
    end
    return nil
  end,
}
