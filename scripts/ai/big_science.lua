-- The naive science-city recipe (MODEL sections 6 and 10, seed 003): build laboratories and
-- bring in scientists, and trust that industry will follow. It is the "conceptual bias" of
-- supporting science and scientists only: no help for founders, managers, intermediaries or
-- capital, and an operator that builds floor space and facilities instead of services.

local COST = {
  basic_research_funding = { 20, 0.9 }, talent_program = { 8.0, 0.5 },
  ip_protection = { 4.0, 0.2 }, international_bridge = { 2.0, 0.3 },
  expansion = { 80, 0.2 }, anchor_headquarters_drive = { 3.0, 0.4 },
  headquarters_attraction = { 10, 0.3 },
}

local function try_enact(act, role, id)
  if act.active(id) then return end
  local c = COST[id]
  if keystone.budget(role) >= c[1] + 12 * c[2] then act.enact(id) end
end

local function has_choice(choices, want)
  for _, c in ipairs(choices) do
    if (type(c) == "table" and c.id or c) == want then return true end
  end
  return false
end

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
      try_enact(act, role, "international_bridge")
      if y >= 2 then try_enact(act, role, "anchor_headquarters_drive") end
      if keystone.stage() ~= "flocking" and keystone.metric("occupancy") > 0.85 then
        try_enact(act, role, "expansion")
      end
    else
      try_enact(act, role, "basic_research_funding")
      try_enact(act, role, "talent_program")
      if y >= 3 then try_enact(act, role, "ip_protection") end
      if y >= 5 then try_enact(act, role, "headquarters_attraction") end
    end
  end,

  on_event = function(role, event_id, choices)
    for _, want in ipairs(PREFERENCES[event_id] or {}) do
      if has_choice(choices, want) then return want end
    end
    return nil
  end,
}
