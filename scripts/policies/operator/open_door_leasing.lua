-- The opposite of screening: fill the floors with whoever pays.
return {
  id = "open_door_leasing",
  name = "Open-door leasing",
  role = "operator",
  concept = "Gresham's law (bad money drives out good); policy-driven tenants",
  description = "Tell the leasing team to hit the occupancy target: sign whoever clears the usual review "
    .. "and offer a standing opening discount to speed things up. Strict screening turns away "
    .. "much of the interest it creates.",
  mechanism = "Adds a standing rent discount and leaves the entry bar where it is: the park fills fast "
    .. "while rent per unit falls. The discount draws incentive-seekers, who are weaker and do "
    .. "less research on average; once the park's average quality drops low enough, good "
    .. "candidates stay away and good tenants leave (Gresham's law). The incentive-seekers stay "
    .. "while the discount lasts and no rival pays more.",
  cost = 0.2,            -- marketing campaign
  monthly_cost = 0.05,   -- broker commissions; the waived rent itself shows up as lower rent revenue
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { rent_discount = 0.3 },
}
