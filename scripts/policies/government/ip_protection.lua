-- IP courts and enforcement: the institution that makes sharing knowledge safe.
return {
  id = "ip_protection",
  name = "IP protection",
  role = "government",
  concept = "Innovation institutions; trust as a condition of knowledge exchange",
  description = "Set up a specialised IP court circuit and fast enforcement for the park, with "
    .. "a patent service desk that helps start-ups file and defend their rights.",
  mechanism = "Raises IP protection: firms and institutes share and license more readily "
    .. "and trust grows. A slow institution, it pays off through more licensing and joint R&D.",
  cost = 4.0,
  monthly_cost = 0.2,
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { ip_protection = 0.6 },
}
