-- The naive science-city recipe (MODEL sections 6 and 10, seed 003): build laboratories and
-- bring in scientists, and trust that industry will follow. It is the "conceptual bias" of
-- supporting science and scientists only: no help for founders, managers, intermediaries or
-- capital, and an operator that builds floor space and facilities instead of services.

local strategy = library("strategy")
-- A policy is enacted once the budget covers its one-off cost and a year of its running cost
-- (strategy.try_enact's default reserve); an event gets the first listed answer on offer.

local PREFERENCES = {
  national_strategy_upgrade = { "national_lab" },          -- more labs, always
  star_scientist_returns = { "build_institute" },          -- a research director, not a bridge-builder
  organizer_proposes_promotion_org = { "absorb" },         -- keep it inside the administration
  regulatory_reform = { "follow" },
  vc_winter = { "wait" },
  talent_poaching = { "counter_package" },
  real_estate_windfall = { "build_platform" },             -- another facility
  uk_china_bridge_mou = { "file_it" },
  hospital_trial_centre = { "research_only" },
  returnee_founder_wave = { "welcome" },
  second_order_spinoff_wave = { "let_them_go" },
  provincial_policy_shift = { "more_labs" },
  international_conference_cancelled = { "cancel" },
}

return {
  id = "big_science",
  name = "Big science (labs first)",
  description = "Build national laboratories, large facilities and institutes, pay for "
    .. "scientists' housing and grants, and court large firms to fill the industrial plots. "
    .. "Nothing is spent on incubators, founders, managers, brokers or venture capital: "
    .. "industry is expected to follow the science by itself.",
  roles = { "operator", "government" },

  decide = function(role, act)
    local y = keystone.years()
    if role == "operator" then
      -- Facilities and floor space, international science links, big tenants.
      strategy.try_enact(act, role, "international_bridge")
      if y >= 2 then strategy.try_enact(act, role, "anchor_headquarters_drive") end
      if keystone.stage() ~= "flocking" and keystone.metric("occupancy") > 0.85 then
        strategy.try_enact(act, role, "expansion")
      end
    else
      strategy.try_enact(act, role, "basic_research_funding")
      strategy.try_enact(act, role, "talent_program")
      if y >= 3 then strategy.try_enact(act, role, "ip_protection") end
      if y >= 5 then strategy.try_enact(act, role, "headquarters_attraction") end
    end
  end,

  on_event = function(role, event_id, choices)
    return strategy.first_choice(choices, PREFERENCES[event_id])
  end,
}
