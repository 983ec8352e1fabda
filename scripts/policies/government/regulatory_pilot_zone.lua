-- Regulatory pilot zone: faster approvals and trial rules tested first in the park.
return {
  id = "regulatory_pilot_zone",
  name = "Regulatory pilot zone",
  role = "government",
  concept = "Entrepreneurial government as regulator; institutional innovation",
  description = "Win the right to test new approval rules in the park: priority review, an "
    .. "on-site office of the medical products administration, easier import of research "
    .. "materials and clinical-trial reforms.",
  mechanism = "Raises regulatory pilot, which shortens the path from pipeline to market and "
    .. "lifts the transformation rate, most of all in drugs and cell therapies. It does nothing "
    .. "for a park without products in the pipeline.",
  cost = 5.0,            -- application, on-site office
  monthly_cost = 0.2,
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { regulatory_pilot = 0.7 },
}
