-- A subsidy-seeking, reactive local government (MODEL section 10: high pace-setting on paper,
-- low uptake; section 11: political survival is not innovation).

local COST = {
  tax_incentive = { 0.5, 0.1 }, rent_subsidy = { 1.0, 0.6 }, survival_subsidies = { 0, 1.0 },
  headquarters_attraction = { 10, 0.3 },
}

local function try_enact(act, role, id)
  if act.active(id) then return end
  local c = COST[id]
  if keystone.budget(role) >= c[1] + 6 * c[2] then act.enact(id) end
end

local function has_choice(choices, want)
  for _, c in ipairs(choices) do
    if (type(c) == "table" and c.id or c) == want then return true end
  end
  return false
end

return {
  id = "passive_government",
  name = "Passive, subsidy-seeking government",
  description = "A government that reacts to bad numbers instead of building enablers: tax "
    .. "and rent incentives whenever the park looks empty, subsidies whenever firms leave, and "
    .. "headquarters deals to lift output value. No research, talent or IP policy.",
  roles = { "government" },

  decide = function(role, act)
    if role ~= "government" then return end
    local y = keystone.years()
    -- Empty floors: reach for incentives again (and again, while the budget lasts).
    if keystone.metric("occupancy") < 0.7 then
      try_enact(act, role, "tax_incentive")
      try_enact(act, role, "rent_subsidy")
    end
    -- Firms leaving: keep them alive.
    if y >= 1 and keystone.metric("firm_change_24m") < 0 then
      try_enact(act, role, "survival_subsidies")
    end
    -- Output-value targets: chase big names once the park has a little to show.
    if y >= 2 then try_enact(act, role, "headquarters_attraction") end
  end,

  on_event = function(role, event_id, choices)
    local prefs = {
      rival_park_undercuts = "match",
      anchor_firm_relocates = "counter_offer",
      star_scientist_returns = "decline",
      investor_fraud_scandal = "bail_out",
      national_strategy_upgrade = "incentive_quota",
      talent_poaching = "counter_package",
      vc_winter = "bridge_subsidies",
      regulatory_reform = "follow",
      organizer_proposes_promotion_org = "absorb",
      low_end_plant_offer = "welcome",
      rival_poaches_anchor = "match_offer",
      provincial_policy_shift = "bid_back",
      subsidiary_head_office_recall = "counter_subsidy",
      subsidy_audit = "quiet_settlement",
      guiding_fund_scandal = "quiet_settlement",
      hospital_trial_centre = "decline",
      returnee_founder_wave = "welcome",
    }
    local want = prefs[event_id]
    if want and has_choice(choices, want) then return want end
    return nil
  end,
}
