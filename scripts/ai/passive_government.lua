-- A subsidy-seeking, reactive local government (MODEL section 10: high pace-setting on paper,
-- low uptake; section 11: political survival is not innovation).

local strategy = library("strategy")
-- Spends closer to the edge than the service-minded strategies: a policy is enacted once the
-- budget covers its one-off cost and six months (not a year) of its running cost.
local RESERVE_MONTHS = 6

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
      strategy.try_enact(act, role, "tax_incentive", nil, RESERVE_MONTHS)
      strategy.try_enact(act, role, "rent_subsidy", nil, RESERVE_MONTHS)
    end
    -- Firms leaving: keep them alive.
    if y >= 1 and keystone.metric("firm_change_24m") < 0 then
      strategy.try_enact(act, role, "survival_subsidies", nil, RESERVE_MONTHS)
    end
    -- Output-value targets: chase big names once the park has a little to show.
    if y >= 2 then strategy.try_enact(act, role, "headquarters_attraction", nil, RESERVE_MONTHS) end
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
    if want and strategy.has_choice(choices, want) then return want end
    return nil
  end,
}
