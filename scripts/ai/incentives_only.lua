-- The counterfactual: a park that competes on incentives alone (MODEL section 6, SF1 and SF2).
-- Incentives run for 36 months and are NOT renewed, as in most real parks; no screening,
-- no forums, no services beyond property management.

local strategy = library("strategy")
-- Spends closer to the edge than the service-minded strategies: a policy is enacted once the
-- budget covers its one-off cost and six months (not a year) of its running cost.
local RESERVE_MONTHS = 6

return {
  id = "incentives_only",
  name = "Incentives only",
  description = "Fill the park with rent and tax incentives and open doors: no screening, no "
    .. "forums, no platforms. The incentives run for three years and are not renewed; when "
    .. "firms start to leave, the government pays survival subsidies.",
  roles = { "operator", "government" },

  decide = function(role, act)
    local y = keystone.years()
    if role == "operator" then
      strategy.try_enact(act, role, "open_door_leasing", nil, RESERVE_MONTHS)
      if y < 3 then   -- one 36-month round only
        strategy.try_enact(act, role, "rent_incentive", nil, RESERVE_MONTHS)
      end
    else
      if y < 3 then
        strategy.try_enact(act, role, "tax_incentive", nil, RESERVE_MONTHS)
        strategy.try_enact(act, role, "rent_subsidy", nil, RESERVE_MONTHS)
      end
      -- Reactive: once the exodus starts, keep firms alive with cash.
      if y >= 3 and keystone.metric("firm_change_24m") < 0 then
        strategy.try_enact(act, role, "survival_subsidies", nil, RESERVE_MONTHS)
      end
    end
  end,

  on_event = function(role, event_id, choices)
    local y = keystone.years()
    local prefs = {
      rival_park_undercuts = y < 3 and "match" or "hold",   -- no more incentive money after year 3
      anchor_firm_relocates = "counter_offer",
      national_strategy_upgrade = "incentive_quota",
      vc_winter = "bridge_subsidies",
      investor_fraud_scandal = "bail_out",
      talent_poaching = "counter_package",
      low_end_plant_offer = "welcome",
      real_estate_windfall = "sell",
      rival_poaches_anchor = "match_offer",
      provincial_policy_shift = "bid_back",
      subsidiary_head_office_recall = "counter_subsidy",
      price_war_substitutors = "subsidize",
      subsidy_audit = "quiet_settlement",
      guiding_fund_scandal = "quiet_settlement",
      industrial_land_shortage = "rezone",
      international_conference_cancelled = "cancel",
      second_order_spinoff_wave = "let_them_go",
      returnee_founder_wave = "ignore",          -- no talent policy: money for firms, not people
    }
    local want = prefs[event_id]
    if want and strategy.has_choice(choices, want) then return want end
    return nil
  end,
}
