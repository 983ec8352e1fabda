-- Public smart-health station and showrooms (Bio Island, 2021): the users' helix.
return {
  id = "user_station",
  name = "Smart-health user station",
  role = "operator",
  concept = "Users as an enabler; quadruple helix (government, industry, academia, users)",
  description = "Open a public station where residents and clinicians can try tenants' new "
    .. "diagnostics, devices and health products, and a feedback channel that routes what they "
    .. "say back to the makers.",
  mechanism = "Raises user engagement: tenants seek co-creation with users, above all those with "
    .. "products on the market, and each success brings the firm's next product a little closer. "
    .. "Users also join consortia, and the quadruple-helix indicator rises. It pays off once the "
    .. "park has products to show.",
  cost = 3.0,            -- fit-out of the station
  monthly_cost = 0.15,   -- staff and running costs
  duration_months = nil,
  prerequisites = {},
  min_stage = "agglomeration",  -- users matter once there are products to try
  effects = { user_engagement = 0.7 },
}
