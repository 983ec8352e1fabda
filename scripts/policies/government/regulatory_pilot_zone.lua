-- Regulatory pilot zone: faster approvals and trial rules tested first in the park.
return {
  id = "regulatory_pilot_zone",
  name = "Regulatory pilot zone",
  role = "government",
  concept = "Entrepreneurial government as regulator; institutional innovation",
  description = "Win the right to test new approval rules in the park: priority review, an "
    .. "on-site office of the medical products administration, easier import of research "
    .. "materials and clinical-trial reforms.",
  mechanism = "Raises regulatory pilot: every firm's pipeline moves faster and more of its research "
    .. "outputs are commercialized. The time saved is greatest where the road is longest, in "
    .. "drugs and cell therapies. It works only on what firms are already developing.",
  cost = 5.0,            -- application, on-site office
  monthly_cost = 0.2,
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { regulatory_pilot = 0.7 },
}
