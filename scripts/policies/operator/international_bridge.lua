-- International bridge programmes (Bio Island's UK-China Bridge open-innovation workshops, 2011-).
return {
  id = "international_bridge",
  name = "International bridge programme",
  role = "operator",
  concept = "International exchange and open innovation; protection against the closed container",
  description = "Sign a bridge agreement with a foreign life-science cluster and host a themed "
    .. "open-innovation workshop every year, bringing foreign spin-offs, clinicians and investors "
    .. "to meet local firms. Follow up the memoranda of cooperation that come out of it.",
  mechanism = "Raises the international bridge lever, which creates external ties, licences "
    .. "and joint ventures and lifts openness. External connectivity is a key to the last "
    .. "upgrade and keeps a mature cluster from closing in on itself; results take years.",
  cost = 2.0,            -- agreement, first delegation
  monthly_cost = 0.3,    -- annual workshop, delegations, follow-up staff
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { international_bridge = 0.7 },
}
