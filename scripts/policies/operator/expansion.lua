-- New floor space. On a small island this is expensive and slow; upgrading tenants is the alternative.
return {
  id = "expansion",
  name = "Build new floor space",
  role = "operator",
  concept = "Space as a constraint: a full park grows by upgrading tenants or by expanding",
  description = "Build a new phase of labs, offices and pilot plants. Construction runs for "
    .. "three years; the space comes on stream gradually.",
  mechanism = "Raises expansion, which adds capacity while the policy runs. More room admits "
    .. "more firms, but it costs heavily and, without screening, invites the hardware-first "
    .. "real-estate model.",
  cost = 80,             -- land preparation and construction of one phase
  monthly_cost = 0.2,    -- project management during construction
  duration_months = 36,  -- one construction phase
  prerequisites = {},
  min_stage = "agglomeration",
  effects = { expansion = 0.6 },
}
