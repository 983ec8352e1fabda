-- International bridge programmes (Bio Island's UK-China Bridge open-innovation workshops, 2011-).
return {
  id = "international_bridge",
  name = "International bridge programme",
  role = "operator",
  concept = "International exchange and open innovation; protection against the closed container",
  description = "Sign a bridge agreement with a foreign life-science cluster and host a themed "
    .. "open-innovation workshop every year, bringing foreign spin-offs, clinicians and investors "
    .. "to meet local firms. Follow up the memoranda of cooperation that come out of it.",
  mechanism = "Raises the international bridge: tenants seek deals with partners abroad more often, "
    .. "each bringing outside knowledge into a firm's pipeline in proportion to its own R&D, and "
    .. "openness grows, which makes such deals match better and brings more returnee talent. "
    .. "External ties are a condition of the last upgrade, keep a mature park out of the "
    .. "closed-container trap and add to reputation. Results build over years.",
  cost = 2.0,            -- agreement, first delegation
  monthly_cost = 0.3,    -- annual workshop, delegations, follow-up staff
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { international_bridge = 0.7 },
}
