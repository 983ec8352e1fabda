-- Renewing a locked-in park (MODEL sections 5 and 6: renewal needs new paths, new external links
-- and institutional change): the operator strategy written for the locked-in park. It opens the
-- closed container (bridges, follow-up of every memorandum, a convention), builds the brokers a
-- mature park lacks (forums, a promotion organization, managers), supports cross-segment work
-- and users, and stops courting big tenants. It plays the operator only; with a government
-- that also changes course (entrepreneur recognition, talent, professional capital) it works
-- faster, but it is written to cope with a passive one.

local strategy = library("strategy")
-- A policy is enacted once the budget covers its one-off cost and a year of its running cost
-- (strategy.try_enact's default reserve); an event gets the first listed answer on offer.

local PREFERENCES = {
  uk_china_bridge_mou = { "soft_landing", "follow_up" },      -- every memorandum is a way out
  anchor_firm_relocates = { "backfill", "let_go" },           -- do not pay to keep the old path
  real_estate_windfall = { "build_platform", "wait" },
  pandemic_demand_surge = { "open_to_public", "scale_up" },   -- a new segment's chance
  industrial_land_shortage = { "upgrade_tenants", "wait" },
  price_war_substitutors = { "specialize", "stay_out" },
  international_conference_cancelled = { "go_virtual", "cancel" },
  second_order_spinoff_wave = { "keep_them_local", "let_them_go" },
}

return {
  id = "renewal_operator",
  name = "Renewal operator",
  description = "For a mature park that has closed in on itself: open it to other clusters "
    .. "at home and abroad, follow up every memorandum, host a convention across segments, "
    .. "found a promotion organization to broker new projects and then leave matchmaking to "
    .. "it, bring in managers and users, build room for newcomers, and stop chasing big "
    .. "tenants. The money goes into brokers and links instead of facades; new paths open.",
  roles = { "operator" },

  decide = function(role, act)
    if role ~= "operator" then return end
    local y = keystone.years()
    strategy.try_enact(act, role, "international_bridge")
    strategy.try_enact(act, role, "cxo_attraction")
    -- Forums first, to found a promotion organization out of them; once it brokers for the
    -- whole park, the operator's own matchmaking (which only thickens the local web) stops.
    if keystone.metric("promotion_orgs") < 1 then
      strategy.try_enact(act, role, "forums_and_workshops")
    elseif act.active("forums_and_workshops") then
      act.repeal("forums_and_workshops")
    end
    if act.active("forums_and_workshops") then strategy.try_enact(act, role, "promotion_organization") end
    strategy.try_enact(act, role, "industry_convention", "agglomeration")
    strategy.try_enact(act, role, "incubator_and_platforms")
    if y >= 2 then strategy.try_enact(act, role, "user_station", "agglomeration") end
    if y >= 5 then strategy.try_enact(act, role, "training_centre") end
    -- A full park cannot take new kinds of firms: build room for them.
    if keystone.metric("occupancy") > 0.9 and keystone.budget(role) > 150 then
      strategy.try_enact(act, role, "expansion", "agglomeration")
    end
  end,

  on_event = function(role, event_id, choices)
    return strategy.first_choice(choices, PREFERENCES[event_id])
  end,
}
