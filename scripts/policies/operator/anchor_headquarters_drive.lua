-- The manufacturing-park habit: chase big names for output value and tax.
return {
  id = "anchor_headquarters_drive",
  name = "Anchor and headquarters drive",
  role = "operator",
  concept = "Lock-in and path dependence; the manufacturing-park mindset",
  description = "Put the investment-promotion team on courting large firms and listed companies "
    .. "to move headquarters or big plants into the park, with made-to-measure space and "
    .. "packages. Output value and tax figures rise quickly when one signs.",
  mechanism = "Raises anchor chasing and takes a little from services. Large firms and multinationals "
    .. "arrive more often, as far as reputation and the ecosystem allow, and lift output value; "
    .. "they come as subsidiaries that deal with head offices more than with neighbours and put "
    .. "off venture funds. The park leans on a few big buyers and is hit hard if one leaves, and "
    .. "thinner services mean fewer applicants, providers and service contracts.",
  cost = 3.0,
  monthly_cost = 0.4,    -- a dedicated key-account team and packages
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { anchor_chasing = 0.7, services = -0.1 },  -- attention taken away from SME services
}
