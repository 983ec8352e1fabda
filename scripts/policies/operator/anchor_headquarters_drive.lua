-- The manufacturing-park habit: chase big names for output value and tax.
return {
  id = "anchor_headquarters_drive",
  name = "Anchor and headquarters drive",
  role = "operator",
  concept = "Lock-in and path dependence; the manufacturing-park mindset",
  description = "Put the investment-promotion team on courting large firms and listed companies "
    .. "to move headquarters or big plants into the park, with made-to-measure space and "
    .. "packages. Output value and tax figures rise quickly when one signs.",
  mechanism = "Raises anchor chasing and pulls staff away from SME services. Large tenants "
    .. "lift output value, but the park grows dependent on them and is hit hard if one leaves; "
    .. "small innovative firms get less attention.",
  cost = 3.0,
  monthly_cost = 0.4,    -- a dedicated key-account team and packages
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { anchor_chasing = 0.7, services = -0.1 },  -- attention taken away from SME services
}
