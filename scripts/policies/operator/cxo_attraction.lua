-- Attracting entrepreneurial managers: the people who turn a lab result into a company.
return {
  id = "cxo_attraction",
  name = "Executive and organizer attraction",
  role = "operator",
  concept = "Entrepreneurial talent; innovation organizers (keystone figures); counters conceptual bias",
  description = "Run a headhunting and soft-landing programme for experienced CEOs, CFOs, "
    .. "business-development and regulatory leads: housing help, school places, introductions "
    .. "to founders who need them.",
  mechanism = "Raises CXO attraction: science-led start-ups gain managers, which speeds "
    .. "commercialization, and the chance that a bridging, integrating figure settles in the "
    .. "park rises. Slow and uncertain, but cheap.",
  cost = 2.0,
  monthly_cost = 0.25,   -- headhunting fees, relocation help
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { cxo_attraction = 0.6 },
}
