-- A bioprocess training centre co-founded with an industry partner (Bio Island, 2020).
return {
  id = "training_centre",
  name = "Bioprocess training centre",
  role = "operator",
  concept = "Talent as a core enabler; high-tech blue-collar and process skills; learning culture",
  description = "Set up a training centre with an equipment maker and a foreign training "
    .. "institute, running hands-on courses in cell culture, purification, quality and GMP for "
    .. "technicians and managers of tenant firms.",
  mechanism = "Raises training: more supporting staff and high-tech blue-collar workers flow in, easing "
    .. "the talent shortage that slows firms' growth and research, and tenants sign training "
    .. "contracts with providers that make them a little more capable within months. It also "
    .. "lifts the learning-culture indicator, which moves over years.",
  cost = 15,             -- pilot-scale training line, shared with the partner
  monthly_cost = 0.3,    -- trainers and consumables net of course fees
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { training = 0.7 },
}
