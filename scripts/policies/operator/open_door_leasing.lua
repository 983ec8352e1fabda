-- The opposite of screening: fill the floors with whoever pays.
return {
  id = "open_door_leasing",
  name = "Open-door leasing",
  role = "operator",
  concept = "Gresham's law (bad money drives out good); policy-driven tenants",
  description = "Drop the entry review and let the leasing team sign any tenant that pays, with "
    .. "an opening discount to speed things up. Occupancy targets are met quickly. "
    .. "Do not combine it with strict screening: the two pull in opposite directions.",
  mechanism = "Adds a rent discount and leaves the quality bar at its baseline, so occupancy and "
    .. "rent rise fast. Low-quality and incentive-hunting tenants pull the average down, and "
    .. "high-quality firms start to avoid or leave the park.",
  cost = 0.2,            -- marketing campaign
  monthly_cost = 0.05,   -- broker commissions; the waived rent itself shows up as lower rent revenue
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { rent_discount = 0.3 },
}
