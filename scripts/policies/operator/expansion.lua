-- New floor space. On a small island this is expensive and slow; a higher bar for freed space is the alternative.
return {
  id = "expansion",
  name = "Build new floor space",
  role = "operator",
  concept = "Space as a constraint: a full park grows by expanding or by refilling the room that "
    .. "leavers free",
  description = "Build a new phase of labs, offices and pilot plants. Construction runs for "
    .. "three years; the space comes on stream gradually.",
  mechanism = "Raises expansion: floor space is added every month while construction runs, so more "
    .. "candidates apply and find room. It costs heavily and does nothing about who comes: with "
    .. "a low entry bar the new room fills with weak tenants.",
  cost = 80,             -- land preparation and construction of one phase
  monthly_cost = 0.2,    -- project management during construction
  duration_months = 36,  -- one construction phase
  prerequisites = {},
  min_stage = "agglomeration",
  effects = { expansion = 0.6 },
}
