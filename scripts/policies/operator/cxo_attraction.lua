-- Attracting entrepreneurial managers: the people who turn a lab result into a company.
return {
  id = "cxo_attraction",
  name = "Executive and organizer attraction",
  role = "operator",
  concept = "Innovation organizers (keystone figures); implicit enablers",
  description = "Run a headhunting and soft-landing programme for experienced executives and for the rare "
    .. "bridge-builders who connect founders, clinicians, investors and officials: housing help, "
    .. "school places, introductions to founders who need them.",
  mechanism = "Raises the monthly chance that an innovation organizer, a bridging, integrating figure, "
    .. "settles in the park; the chance also grows with reputation and entrepreneurial culture. "
    .. "An organizer lifts trust and the ability to act jointly and makes consortia possible. "
    .. "The executives themselves are not modelled: they do not speed firms' commercialization. "
    .. "Slow and uncertain, but cheap.",
  cost = 2.0,
  monthly_cost = 0.25,   -- headhunting fees, relocation help
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { cxo_attraction = 0.6 },
}
