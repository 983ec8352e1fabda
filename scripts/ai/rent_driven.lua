-- An operator living on rent and land value (MODEL section 6, real-estate profit model; SF11):
-- hardware over software, any paying tenant, big names for stable rent.

local strategy = library("strategy")
-- Spends closer to the edge than the service-minded strategies: a policy is enacted once the
-- budget covers its one-off cost and six months (not a year) of its running cost.
local RESERVE_MONTHS = 6

return {
  id = "rent_driven",
  name = "Rent-driven operator",
  description = "A park company judged on rent income and occupancy: list rents above the "
    .. "city average, open doors for any paying tenant, a team chasing large firms, new "
    .. "buildings whenever the old ones fill, and almost nothing spent on services, forums "
    .. "or training.",
  roles = { "operator" },

  decide = function(role, act)
    if role ~= "operator" then return end
    if keystone.tick() <= 1 then
      act.set_lever("rent_level", 1.2)   -- premium list rent: the island is "prime property"
    end
    strategy.try_enact(act, role, "open_door_leasing", nil, RESERVE_MONTHS)
    if keystone.years() >= 1 then
      strategy.try_enact(act, role, "anchor_headquarters_drive", nil, RESERVE_MONTHS)
    end
    -- expansion needs a park past the flocking stage (its min_stage)
    local stage = keystone.stage()
    if stage ~= "flocking" and keystone.metric("occupancy") > 0.85 then
      strategy.try_enact(act, role, "expansion", nil, RESERVE_MONTHS)
    end
  end,

  on_event = function(role, event_id, choices)
    local prefs = {
      real_estate_windfall = "sell",
      anchor_firm_relocates = "counter_offer",
      uk_china_bridge_mou = "file_it",
      pandemic_demand_surge = "business_as_usual",
      industrial_land_shortage = "rezone",       -- more floor space to let
      price_war_substitutors = "stay_out",
      international_conference_cancelled = "cancel",
      second_order_spinoff_wave = "let_them_go",
    }
    local want = prefs[event_id]
    if want and strategy.has_choice(choices, want) then return want end
    return nil
  end,
}
