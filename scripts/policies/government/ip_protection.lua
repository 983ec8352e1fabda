-- IP courts and enforcement: the institution that makes sharing knowledge safe.
return {
  id = "ip_protection",
  name = "IP protection",
  role = "government",
  concept = "Innovation institutions; trust as a condition of knowledge exchange",
  description = "Set up a specialised IP court circuit and fast enforcement for the park, with "
    .. "a patent service desk that helps start-ups file and defend their rights.",
  mechanism = "Raises IP protection: institutes' transfer offices improve, so licences and academic "
    .. "spin-offs come more easily, and the trust the park's culture moves towards rises, which "
    .. "makes partners a little more willing in every kind of joint action. Partners who could "
    .. "take an idea and walk away break fewer deals (defection). A slow institution: "
    .. "both change over years.",
  cost = 4.0,
  monthly_cost = 0.2,
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { ip_protection = 0.6 },
}
